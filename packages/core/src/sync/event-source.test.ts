import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FortnoxEmulator } from '../emulator.test-support.js';
import { createChangeTrigger } from './change-trigger.js';
import { createSyncHarness } from './emulator-harness.test-support.js';
import {
  createFortnoxEventSource,
  type FortnoxTopicEvent,
  type WebSocketLike,
} from './event-source.js';
import { createSyncScheduler } from './sync-scheduler.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** A WebSocket onto the emulator's topics session (Node 20 has no global WebSocket). */
function emulatorSockets(emulator: FortnoxEmulator) {
  const open: Array<{ drop(): void; redeliverLast(): void }> = [];
  const connect = (): WebSocketLike => {
    const listeners = new Map<string, Array<(event: { data: unknown }) => void>>();
    const emit = (type: string, data?: unknown) => {
      for (const l of listeners.get(type) ?? []) l({ data });
    };
    let last: string | undefined;
    let closed = false;
    const session = emulator.openTopicsSession((data) => {
      if (JSON.parse(data).topic) last = data;
      setImmediate(() => !closed && emit('message', data));
    });
    const close = () => {
      if (closed) return;
      closed = true;
      session.close();
      emit('close');
    };
    open.push({ drop: close, redeliverLast: () => last && emit('message', last) });
    setImmediate(() => emit('open'));
    return {
      send: (data) => session.handle(data),
      close,
      addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
        listeners.set(type, [...(listeners.get(type) ?? []), listener]);
      },
    } as WebSocketLike;
  };
  return { connect, open };
}

describe('Fortnox WebSocket change source', () => {
  it('syncs a customer changed in Fortnox at once: one list and one read', async () => {
    const h = createSyncHarness(server, { customers: 5, settings: { syncUpdatedCustomers: true } });
    await h.engine.run({ trigger: 'connect' });
    const app = h.emulator.registerClient();
    const { accessToken } = h.emulator.issueTokens({
      clientId: app.clientId,
      tenantId: h.tenantId,
    });
    const scheduler = createSyncScheduler({
      engine: h.engine,
      store: h.store,
      connectionId: 'conn-1',
      clock: h.clock,
    });
    const trigger = createChangeTrigger({ scheduler, clock: h.clock, debounceMs: 1000 });
    const sockets = emulatorSockets(h.emulator);
    const events = createFortnoxEventSource({
      store: h.store,
      scope: 'conn-1',
      clientSecret: app.clientSecret,
      accessToken: async () => accessToken,
      connect: sockets.connect,
      clock: h.clock,
      onEvent: (e) => trigger.changed(e.topic as 'customers'),
    });
    events.start();
    await vi.waitFor(() => expect(events.status).toBe('live'));
    h.clock.advance(60_000);
    h.emulator.control.clearRequests();
    h.user.updateCustomer('2', { Name: 'Direkt AB' });
    await vi.waitFor(async () =>
      expect((await h.host.customers.findByNumber('2'))?.name).toBe('Direkt AB'),
    );
    await trigger.idle();
    expect(scheduler.getSnapshot().lastRun?.trigger).toBe('event');
    expect(h.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /3/customers',
      'GET /3/customers/2',
    ]);
    events.stop();
  });

  it('ignores a duplicate delivery and replays what happened during an outage from the stored offset', async () => {
    const h = createSyncHarness(server, { customers: 5 });
    const app = h.emulator.registerClient();
    const { accessToken } = h.emulator.issueTokens({
      clientId: app.clientId,
      tenantId: h.tenantId,
    });
    const sockets = emulatorSockets(h.emulator);
    const seen: FortnoxTopicEvent[] = [];
    const events = createFortnoxEventSource({
      store: h.store,
      scope: 'conn-1',
      clientSecret: app.clientSecret,
      accessToken: async () => accessToken,
      connect: sockets.connect,
      clock: h.clock,
      reconnectDelayMs: 5000,
      onEvent: (e) => {
        seen.push(e);
      },
    });
    events.start();
    await vi.waitFor(() => expect(events.status).toBe('live'));
    h.user.updateCustomer('1', { Name: 'Ett AB' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    sockets.open[0]?.redeliverLast();
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toHaveLength(1);
    const offset = await h.store.getEventOffset('conn-1', 'customers');
    expect(offset).toBe(seen[0]?.offset);

    sockets.open[0]?.drop();
    expect(events.status).toBe('down');
    h.user.updateCustomer('2', { Name: 'Två AB' });
    h.user.updateCustomer('3', { Name: 'Tre AB' });
    h.clock.advance(5000);
    await vi.waitFor(() => expect(events.status).toBe('live'));
    await vi.waitFor(() => expect(seen.map((e) => e.entityId)).toEqual(['1', '2', '3']));
    events.stop();
    expect(events.status).toBe('stopped');
  });
});
