import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createFakeBackend, notSentOrder } from '../../../../stories/fake-backend/index.js';
import { FortnoxProvider } from '../fortnox-provider.js';
import { FortnoxSyncStatus } from './fortnox-sync-status.js';
import { SendToFortnoxButton } from './send-to-fortnox-button.js';

// Real Chromium, real service worker: the event stream and fetch go through the browser's
// own networking, as in a host app (jsdom uses Node's fetch instead).
const backend = createFakeBackend({
  syncStepMs: 40,
  sendDelayMs: 0,
  state: { orders: new Map([['AO-7', notSentOrder('AO-7')]]) },
});
const worker = setupWorker(http.all('*/api/fortnox/*', ({ request }) => backend.handle(request)));

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());

describe('in Chromium through a service worker', () => {
  it('follows a sync over server-sent events until it finishes', async () => {
    render(
      <FortnoxProvider>
        <FortnoxSyncStatus />
      </FortnoxProvider>,
    );
    await page.getByRole('button', { name: 'Synk' }).click();
    await expect.element(page.getByText(/Artiklar: \d+ av 40/)).toBeVisible();
    await expect.element(page.getByText(/Senaste synk: .*, klar$/)).toBeVisible();
  });

  it('sends an order with the keyboard and announces the integration reference', async () => {
    render(
      <FortnoxProvider>
        <SendToFortnoxButton orderId="AO-7" />
      </FortnoxProvider>,
    );
    const button = page.getByRole('button', { name: 'Skicka till Fortnox' });
    await expect.element(button).toBeEnabled();
    (button.element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent('Fortnox order 512');
  });
});
