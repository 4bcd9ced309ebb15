import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import {
  type RealBackend,
  type RealBackendOptions,
  startRealBackend,
} from '../../../../stories/src/real-backend.js';
import {
  articles,
  customers,
  HOLD_MS,
  holdTheNextCustomerRead,
  ORDER,
  workOrder,
} from '../../../../stories/src/story-data.js';
import { FortnoxProvider } from '../fortnox-provider.js';
import { FortnoxSyncStatus } from './fortnox-sync-status.js';
import { SendToFortnoxButton } from './send-to-fortnox-button.js';

// Real Chromium, real service worker: the event stream and fetch go through the browser's
// own networking, as in a host app (jsdom uses Node's fetch instead). Behind the worker is
// the real handler over the emulator, in the page.
let backend: RealBackend | undefined;
const worker = setupWorker(
  http.all('*/api/fortnox/*', ({ request }) => {
    if (!backend) throw new Error('No backend started.');
    return backend.handle(request);
  }),
);
const host: RealBackendOptions = { customers, articles, orders: [workOrder()] };

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterEach(() => backend?.close());
afterAll(() => worker.stop());

describe('in Chromium through a service worker', () => {
  it('follows a sync over server-sent events until it finishes', async () => {
    // A customer a user added in Fortnox, whose read the emulator holds: the run stays open.
    backend = await startRealBackend({ ...host, setup: holdTheNextCustomerRead });
    render(
      <FortnoxProvider>
        <FortnoxSyncStatus />
      </FortnoxProvider>,
    );
    await page.getByRole('button', { name: 'Synk' }).click();
    await expect.element(page.getByText(/^Kunder: \d+ av \d+$/)).toBeVisible();
    backend.clock.advance(HOLD_MS);
    await expect.element(page.getByText(/Senaste synk: .*, klar$/)).toBeVisible();
  });

  it('sends an order with the keyboard and announces the integration reference', async () => {
    backend = await startRealBackend(host);
    render(
      <FortnoxProvider>
        <SendToFortnoxButton orderId={ORDER} />
      </FortnoxProvider>,
    );
    const button = page.getByRole('button', { name: 'Skicka till Fortnox' });
    await expect.element(button).toBeEnabled();
    (button.element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('status')).toHaveTextContent(/Fortnox order \d+/);
    const { reference } = await backend.integration.getOrderStatus(ORDER);
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(`Fortnox order ${reference?.documentNumber}`);
  });
});
