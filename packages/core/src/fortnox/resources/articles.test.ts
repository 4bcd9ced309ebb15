import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../../client/client-fixture.test-support.js';
import { type FortnoxApiError, isFortnoxApiError } from '../../errors/fortnox-api-error.js';

const f = useClientFixture({ size: 4 });

describe('articles.delete', () => {
  it('rejects with Fortnox’s 400 and message, sent once, while an invoice row uses the article', async () => {
    const article = await f.client.articles.create({ Description: 'Använd' });
    const invoice = await f.client.invoices.create({
      CustomerNumber: '1',
      InvoiceRows: [{ ArticleNumber: article.ArticleNumber, DeliveredQuantity: 1, Price: 50 }],
    });
    const error = (await f.client.articles
      .delete(article.ArticleNumber)
      .catch((e: unknown) => e)) as FortnoxApiError;
    expect(isFortnoxApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 2001392 });
    expect(error.fortnoxMessage).toContain(`faktura ${invoice.DocumentNumber}`);
    expect(f.apiRequests().filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });
});
