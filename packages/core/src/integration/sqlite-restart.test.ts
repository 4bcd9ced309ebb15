import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStateStore } from '../store/sqlite/index.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { type Harness, startHarness } from './emulator-harness.test-support.js';
import { oneReadyWorkOrder } from './host-fixture.test-support.js';

let h: Harness;
let dir: string;
afterEach(() => {
  h?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an integration on SQLite after a process restart', { timeout: 30_000 }, () => {
  it('is still connected, knows what it sent, and marks the order invoiced on the next poll', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fortnox-kit-'));
    const path = join(dir, 'state.db');
    const encryptionKey = generateEncryptionKey();
    const first = createSqliteStateStore({ database: path, encryptionKey });
    h = await startHarness({
      store: first,
      ...oneReadyWorkOrder(),
      settings: { setPricesOnRows: true },
    });
    const { result } = await h.integration.sendOrder('o1');
    await h.integration.pollInvoiceStatus();
    h.integration.stop();
    await first.close();

    const second = createSqliteStateStore({ database: path, encryptionKey });
    const restarted = h.restart(second);
    expect((await restarted.getConnectionState()).status).toBe('connected');
    expect((await restarted.getOrderStatus('o1')).reference?.documentNumber).toBe(
      result.documentNumber,
    );

    const invoice = await restarted.client.orders.createInvoice(result.documentNumber);
    h.clock.advance(90_000);
    h.emulator.control.actAsUser(h.tenantId).sendInvoice(String(invoice.DocumentNumber));
    h.clock.advance(60_000);
    const changes = await restarted.pollInvoiceStatus();
    expect(changes.map((c) => c.current.state)).toEqual(['sent']);
    expect((await h.hostOrders.findById('o1'))?.invoiced).toBe(true);
    await second.close();
  });
});
