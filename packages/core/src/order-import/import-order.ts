import { FortnoxArticle } from '../fortnox/resources/articles.js';
import { FortnoxCustomer } from '../fortnox/resources/customers.js';
import type { FortnoxDocumentRow as FortnoxDocumentRowRead } from '../fortnox/resources/document-schemas.js';
import type { FortnoxOrder as FortnoxOrderRead } from '../fortnox/resources/orders.js';
import { formatFortnoxDate } from '../fortnox/schemas/date-format.js';
import type { ArticleRow } from '../host/index.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { articleFromFortnox } from '../register-mapping/article-from-fortnox.js';
import { customerFromFortnox } from '../register-mapping/customer-from-fortnox.js';
import type { WorkflowDeps } from '../send/send-deps.js';
import { decidePriceFromFortnox } from '../sync/article-fields.js';

/** Dependencies of {@link importOrder}: those every workflow shares. */
export type ImportOrderDeps = WorkflowDeps;

/** The host order an import created. */
export interface ImportedOrder {
  orderId: string;
  orderNumber: string;
  documentNumber: string;
}

/**
 * "Hämta order" (setting 35): creates a host sales order from an order made in Fortnox.
 * The customer and the articles are looked up in the host registers (by link or number)
 * and created there when missing; the new order carries the Fortnox order as its
 * integration reference, so sending it later updates that same order.
 *
 * @example const { orderId } = await importOrder(deps, '42')
 */
export async function importOrder(
  deps: ImportOrderDeps,
  fortnoxOrderNumber: string,
): Promise<ImportedOrder> {
  const settings = await deps.settings();
  if (!settings.createOrderFromReference) {
    throw new WorkflowError(
      'feature_disabled',
      'Creating orders from a Fortnox reference is turned off ("Skapa order från referens").',
      { field: 'createOrderFromReference' },
    );
  }
  const documentNumber = fortnoxOrderNumber.trim();
  const existing = await deps.hostOrders.findByIntegrationReference({
    target: 'order',
    documentNumber,
  });
  if (existing) {
    throw new WorkflowError(
      'already_imported',
      `Fortnox order ${documentNumber} is already order ${existing.number}.`,
    );
  }
  const source = await deps.gateway.getOrder(documentNumber);
  if (!source) {
    throw new WorkflowError(
      'fortnox_order_not_found',
      `There is no order ${documentNumber} in Fortnox.`,
      {
        field: 'fortnoxOrderNumber',
      },
    );
  }
  const customerId = await hostCustomerId(deps, source);
  const rows = source.OrderRows ?? [];
  for (const row of rows) if (row.ArticleNumber) await ensureHostArticle(deps, row.ArticleNumber);
  const texts = rows.filter((r) => !r.ArticleNumber && r.Description).map((r) => r.Description);
  const order = await deps.hostOrders.create({
    kind: 'sales',
    customerId,
    orderDate: source.OrderDate ?? formatFortnoxDate(deps.clock.now()),
    deliveryDate: source.DeliveryDate,
    customerOrderNumber: source.YourOrderNumber,
    description: [source.Remarks, ...texts].filter(Boolean).join('\n') || undefined,
    articleRows: rows.flatMap(toArticleRow),
    integrationReference: { target: 'order', documentNumber },
  });
  return { orderId: order.id, orderNumber: order.number, documentNumber };
}

function toArticleRow(row: FortnoxDocumentRowRead): ArticleRow[] {
  if (!row.ArticleNumber) return [];
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return [
    {
      articleNumber: row.ArticleNumber,
      description: row.Description,
      quantity: num(row.DeliveredQuantity) ?? num(row.OrderedQuantity) ?? 0,
      unitPrice: num(row.Price),
      unit: row.Unit,
    },
  ];
}

async function hostCustomerId(deps: ImportOrderDeps, source: FortnoxOrderRead): Promise<string> {
  const number = source.CustomerNumber;
  if (!number)
    throw new WorkflowError(
      'fortnox_error',
      `Fortnox order ${source.DocumentNumber} has no customer.`,
    );
  const link = await deps.store.getLinkByFortnoxNumber(deps.connectionId, 'customers', number);
  if (link) return link.hostId;
  const customer =
    (await deps.registers.customers.findByNumber(number)) ??
    (await deps.registers.customers.upsert(
      customerFromFortnox(
        // A customer Fortnox no longer has is named as the order names it.
        (await deps.gateway.getCustomer(number)) ??
          FortnoxCustomer.parse({ CustomerNumber: number, Name: source.CustomerName }),
        undefined,
        undefined,
      ),
    ));
  await deps.store.putLinks([
    {
      connectionId: deps.connectionId,
      register: 'customers',
      hostId: customer.id,
      fortnoxNumber: number,
      syncedAt: deps.clock.now(),
    },
  ]);
  return customer.id;
}

async function ensureHostArticle(deps: ImportOrderDeps, articleNumber: string): Promise<void> {
  if (await deps.registers.articles.findByNumber(articleNumber)) return;
  const fortnox =
    (await deps.gateway.getArticle(articleNumber)) ??
    FortnoxArticle.parse({ ArticleNumber: articleNumber });
  // The import takes Fortnox's price whatever setting 23 says (it did before the mappers were
  // one); an empty or 0 price is no price (decisions/042).
  const price = decidePriceFromFortnox(fortnox, { syncPrices: true, noPriceArticle: false });
  const article = await deps.registers.articles.upsert(
    articleFromFortnox(fortnox, undefined, price),
  );
  await deps.store.putLinks([
    {
      connectionId: deps.connectionId,
      register: 'articles',
      hostId: article.id,
      fortnoxNumber: articleNumber,
      syncedAt: deps.clock.now(),
    },
  ]);
}
