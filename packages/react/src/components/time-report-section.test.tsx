import { render, screen, waitFor, within } from '@testing-library/react';
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
import { enabledButton, recordingBrowser } from '../testing/with-real-backend.js';
import { SendToFortnoxButton } from './send-to-fortnox-button.js';
import { TimeReportSection } from './time-report-section.js';

// The real core handler over the Fortnox emulator, called in-process (no fake backend).
let h: Harness;
afterEach(() => h?.close());

const annas = { id: 'a1', date: '2026-01-05', userId: 'u1', description: 'Filterbyte', hours: 2 };
const olles = {
  id: 'a2',
  date: '2026-01-06',
  userId: 'u2',
  description: 'Provkörning',
  hours: 1.5,
};
const actions = [annas, olles];

async function renderOnEmulator(locale: 'sv' | 'en', settings = {}) {
  h = await startHarness({
    transport: 'direct',
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    users: [
      { id: 'u1', name: 'Anna Berg', employmentNumber: '1' },
      { id: 'u2', name: 'Olle Ek' },
    ],
    orders: [readyWorkOrder('o1', { actions })],
    settings: { sendTimeReport: true, ...settings },
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
      <TimeReportSection orderId="o1" />
    </FortnoxProvider>,
  );
  return userEvent.setup({ delay: null });
}

const rowOf = (name: string) => screen.getByRole('cell', { name }).closest('tr') as HTMLElement;

describe('TimeReportSection on the real handler', { timeout: 30_000 }, () => {
  it('sends the time report and shows per technician and date what was reported and what was not', async () => {
    const user = await renderOnEmulator('sv');
    await user.click(await enabledButton('Skicka tidsrapport'));
    await waitFor(() => expect(within(rowOf('Anna Berg')).getByText('Rapporterad')).toBeVisible());
    expect(within(rowOf('Anna Berg')).getByText('2026-01-05')).toBeVisible();
    expect(within(rowOf('Olle Ek')).getByText('Kan inte rapporteras')).toBeVisible();
    expect(
      within(rowOf('Olle Ek')).getByText(/Olle Ek saknar giltigt anställningsnummer/),
    ).toBeVisible();
    expect(screen.getByText(/^Senast skickad .+: klar$/)).toBeVisible();
  });

  it('corrects the hours in Fortnox when they changed after reporting', async () => {
    const user = await renderOnEmulator('sv');
    await user.click(await enabledButton('Skicka tidsrapport'));
    await waitFor(() => expect(within(rowOf('Anna Berg')).getByText('Rapporterad')).toBeVisible());
    h.hostOrders.put(readyWorkOrder('o1', { actions: [{ ...annas, hours: 3 }, olles] }));
    await user.click(await enabledButton('Skicka tidsrapport'));
    await waitFor(() => expect(within(rowOf('Anna Berg')).getByText('3 h')).toBeVisible());
    expect(within(rowOf('Anna Berg')).getByText('Rapporterad')).toBeVisible();
    const inFortnox = [...h.emulator.db.tenant(h.tenantId).attendanceTransactions.values()].filter(
      (t) => t.EmployeeId === '1' && t.Date === '2026-01-05' && t.CauseCode === 'TID',
    );
    expect(inFortnox.map((t) => t.Hours)).toContain(3);
    expect(inFortnox.map((t) => t.Hours)).not.toContain(2);
  });

  it('shows a refused cause code in English, and the send says the order went but its time report failed', async () => {
    const user = await renderOnEmulator('en', { timeReportCauseCode: 'XYZ' });
    await user.click(await enabledButton('Send to Fortnox'));
    await screen.findByRole('link', { name: /^Fortnox order \d+$/ }, { timeout: 10_000 });
    expect(
      await screen.findByText(
        'The order was sent, but its time report failed in whole or in part. See Time report.',
      ),
    ).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The time report was not sent: A code is missing in Fortnox: Cause code "XYZ" does not exist in Fortnox',
    );
    expect(within(rowOf('Anna Berg')).getByText('Not sent')).toBeVisible();
  });
});
