import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFortnoxHandler } from '../../../core/src/handler/create-fortnox-handler.js';
import {
  type Harness,
  type HarnessOptions,
  HOST_TENANT,
  startHarness,
} from '../../../core/src/integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../../../core/src/integration/host-fixture.test-support.js';
import { FortnoxProvider } from '../fortnox-provider.js';
import { enabledButton, recordingBrowser } from '../testing/with-real-backend.js';
import { SendToFortnoxButton } from './send-to-fortnox-button.js';

// The real core handler over the Fortnox emulator, called in-process (no fake backend).
let h: Harness;
afterEach(() => h?.close());

// A hidden article and a replaced character: two mapping warnings. `options` replaces them.
async function renderOnEmulator(locale: 'sv' | 'en', options: HarnessOptions = {}) {
  h = await startHarness({
    transport: 'direct',
    settings: { excludeHiddenArticles: true },
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE, { ...FILTER_ARTICLE, id: 'a2', articleNumber: 'HIDDEN-1' }],
    orders: [
      readyWorkOrder('o1', {
        articleRows: [
          { articleNumber: 'FILTER-10', quantity: 1, description: 'Filter <nytt>' },
          { articleNumber: 'HIDDEN-1', quantity: 1, hidden: true },
        ],
      }),
    ],
    ...options,
  });
  const handler = createFortnoxHandler(h.integration, {
    basePath: '/api/fortnox',
    authorize: () => ({ id: 'u1', tenantId: HOST_TENANT, isAdmin: false }),
  });
  render(
    <FortnoxProvider
      baseUrl="http://app.test/api/fortnox"
      transport={handler}
      locale={locale}
      browser={recordingBrowser().actions}
    >
      <SendToFortnoxButton orderId="o1" pollMs={0} />
    </FortnoxProvider>,
  );
}

describe('SendToFortnoxButton on the real handler', { timeout: 30_000 }, () => {
  it('shows the mapping’s warnings in Swedish after a successful send', async () => {
    await renderOnEmulator('sv');
    const user = userEvent.setup({ delay: null });
    await user.click(await enabledButton('Skicka till Fortnox'));
    await screen.findByRole('link', { name: /^Fortnox order \d+$/ }, { timeout: 10_000 });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Skickad, med dessa ändringar för att passa Fortnox:');
    const items = within(status)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain(
      'Artikelrad 2: den dolda artikeln HIDDEN-1 lämnades utanför (inställning 15).',
    );
    expect(items.some((t) => t?.includes('tecken som Fortnox inte tar emot'))).toBe(true);
  });

  it('shows the same warnings in English with locale en', async () => {
    await renderOnEmulator('en');
    const user = userEvent.setup({ delay: null });
    await user.click(await enabledButton('Send to Fortnox'));
    await screen.findByRole('link', { name: /^Fortnox order \d+$/ }, { timeout: 10_000 });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Sent, with these changes to fit Fortnox:');
    expect(within(status).getByText(/hidden article HIDDEN-1 was left out/)).toBeVisible();
  });
});

async function sendAndReadWarnings(label: string) {
  const user = userEvent.setup({ delay: null });
  await user.click(await enabledButton(label));
  await screen.findByRole('link', { name: /^Fortnox order \d+$/ }, { timeout: 10_000 });
  return within(screen.getByRole('status'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

// Default settings: no price on the rows and none synced to Fortnox, so the document would
// come out at 0 (issue 20).
describe('SendToFortnoxButton with rows that have no price', { timeout: 30_000 }, () => {
  const unpriced = { settings: {}, articles: [FILTER_ARTICLE], orders: [readyWorkOrder('o1')] };

  it('says in Swedish that the rows come out at 0 kr and how prices reach Fortnox', async () => {
    await renderOnEmulator('sv', unpriced);
    const items = await sendAndReadWarnings('Skicka till Fortnox');
    const warning = items.find((t) => t?.startsWith('Artikel FILTER-10 saknar pris'));
    expect(warning).toContain('så raderna blir 0 kr');
    expect(warning).toContain('slå på "Sätt priser på orderrader"');
  });

  it('says the same in English with locale en', async () => {
    await renderOnEmulator('en', unpriced);
    const items = await sendAndReadWarnings('Send to Fortnox');
    const warning = items.find((t) => t?.startsWith('Article FILTER-10 has no price'));
    expect(warning).toContain('so its rows come out at 0');
    expect(warning).toContain('Prices reach Fortnox in three ways');
  });
});
