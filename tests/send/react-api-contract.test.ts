import { afterEach, describe, expect, it } from 'vitest';
import { createFortnoxHandler } from '../../packages/core/src/handler/create-fortnox-handler.js';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../../packages/core/src/integration/emulator-harness.test-support.js';
import { oneReadyWorkOrder } from '../../packages/core/src/integration/host-fixture.test-support.js';
import {
  createFortnoxApi,
  type SyncStreamEvent,
} from '../../packages/react/src/client/fortnox-api.js';

/**
 * The React components' API client (packages/react) against the real core handler, in one
 * process: every response of createFortnoxHandler must parse with the contract schemas the
 * components use, and errors must arrive as the contract's codes.
 */
let h: Harness;
afterEach(() => h?.close());

async function setup(isAdmin: boolean) {
  h = await startHarness({
    ...oneReadyWorkOrder(),
    settings: { createOrderFromReference: true },
  });
  const handler = createFortnoxHandler(h.integration, {
    basePath: '/api/fortnox',
    authorize: () => ({ id: 'u1', tenantId: HOST_TENANT, isAdmin }),
  });
  return createFortnoxApi({ baseUrl: 'http://app.test/api/fortnox', transport: handler });
}

describe('React API client ⇄ core handler', { timeout: 30_000 }, () => {
  it('reads connection, settings and sync status, sends an order and follows a sync', async () => {
    const api = await setup(true);
    expect((await api.getConnection()).status).toBe('connected');
    // Priced rows (setPricesOnRows): no `no-price` warning, so the send's warnings are empty.
    const saved = await api.putSettings({ markInvoicedOnSend: true, setPricesOnRows: true });
    expect(saved.settings.markInvoicedOnSend).toBe(true);
    const { warnings, ...sent } = await api.sendOrder('o1');
    expect(sent).toMatchObject({ state: 'invoiced', reference: { target: 'order' } });
    expect(warnings).toEqual([]);
    expect(await api.getOrderStatus('o1')).toEqual(sent);
    const confirmation = await api.download('confirmationPdf', 'o1');
    expect(confirmation.type).toBe('application/pdf');

    const events: SyncStreamEvent['event'][] = [];
    const stop = new AbortController();
    const following = api.followSync((e) => {
      events.push(e.event);
      if (e.event === 'finished') stop.abort();
    }, stop.signal);
    await api.startSync();
    await following.catch(() => undefined);
    expect(events[0]).toBe('status');
    expect(events).toContain('finished');
    expect((await api.getSyncStatus()).runs.length).toBeGreaterThan(1);
  });

  it('turns refusals into the contract codes the components translate', async () => {
    const api = await setup(false);
    await expect(api.putSettings({ markInvoicedOnSend: true })).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    await expect(api.download('invoicePdf', 'o1')).rejects.toMatchObject({
      code: 'invoice_not_found',
    });
    await expect(api.importOrder('99999')).rejects.toMatchObject({
      code: 'fortnox_order_not_found',
    });
    await expect(api.getOrderStatus('nope')).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});
