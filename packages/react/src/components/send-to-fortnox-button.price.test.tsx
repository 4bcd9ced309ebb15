import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFortnoxHandler } from '../../../core/src/handler/create-fortnox-handler.js';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../../../core/src/integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../../../core/src/integration/host-fixture.test-support.js';
import { FortnoxProvider } from '../fortnox-provider.js';
import { enabledButton, recordingBrowser } from '../testing/with-fake-backend.js';
import { SendToFortnoxButton } from './send-to-fortnox-button.js';

// The real core handler over the Fortnox emulator, default settings: no price on the rows
// and none synced to Fortnox, so the invoice would say 0 (issue 20).
let h: Harness;
afterEach(() => h?.close());

async function renderOnEmulator(locale: 'sv' | 'en') {
  h = await startHarness({
    transport: 'direct',
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    orders: [readyWorkOrder('o1')],
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

async function sendAndReadWarnings(label: string) {
  const user = userEvent.setup({ delay: null });
  await user.click(await enabledButton(label));
  await screen.findByRole('link', { name: /^Fortnox order \d+$/ }, { timeout: 10_000 });
  return within(screen.getByRole('status'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('SendToFortnoxButton with rows that have no price', { timeout: 30_000 }, () => {
  it('says in Swedish that the rows come out at 0 kr and how prices reach Fortnox', async () => {
    await renderOnEmulator('sv');
    const items = await sendAndReadWarnings('Skicka till Fortnox');
    const warning = items.find((t) => t?.startsWith('Artikel FILTER-10 saknar pris'));
    expect(warning).toContain('så raderna blir 0 kr');
    expect(warning).toContain('slå på "Sätt priser på orderrader"');
  });

  it('says the same in English with locale en', async () => {
    await renderOnEmulator('en');
    const items = await sendAndReadWarnings('Send to Fortnox');
    const warning = items.find((t) => t?.startsWith('Article FILTER-10 has no price'));
    expect(warning).toContain('so its rows come out at 0');
    expect(warning).toContain('Prices reach Fortnox in three ways');
  });
});
