import { afterEach, describe, expect, it } from 'vitest';
import type { Customer } from '../host/index.js';
import { type Harness, startHarness } from './emulator-harness.test-support.js';

let h: Harness | undefined;
afterEach(() => h?.close());

const FIFTY = Array.from({ length: 50 }, (_, i) => ({
  id: `c-${i + 1}`,
  name: `Kund ${i + 1} AB`,
}));

describe('notifyHostChange', () => {
  it('writes 50 customers changed in one burst to Fortnox with at most 51 requests and no 429', async () => {
    h = await startHarness({ customers: FIFTY, settings: { syncUpdatedCustomers: true } });
    const linked = await Promise.all(FIFTY.map((c) => h?.registers.customers.findById(c.id)));
    const numbers = linked.map((c) => (c as Customer).fortnoxCustomerNumber);
    expect(numbers.every((n) => typeof n === 'string')).toBe(true);
    h.clock.advance(3_600_000);
    h.emulator.control.clearRequests();
    for (const customer of linked as Customer[]) {
      await h.registers.customers.upsert({ ...customer, name: `${customer.name} (ändrad)` });
      h.integration.notifyHostChange('customers', [customer.id]);
    }
    await h.integration.hostChanges.idle();
    const log = h.emulator.control.requests({ tenantId: h.tenantId });
    const api = log.filter((r) => r.path.startsWith('/3/'));
    expect(api.length).toBeLessThanOrEqual(51);
    expect(api.filter((r) => r.method === 'PUT')).toHaveLength(50);
    expect(log.filter((r) => r.status === 429)).toEqual([]);
    // Fortnox's limit: 25 requests in any 5 seconds (emulator time).
    const times = api.map((r) => r.time);
    const busiest = Math.max(
      ...times.map((t) => times.filter((u) => u >= t && u < t + 5000).length),
    );
    expect(busiest).toBeLessThanOrEqual(25);
    const tenant = h.emulator.db.tenant(h.tenantId);
    for (const [i, number] of numbers.entries()) {
      expect(tenant.customers.get(number as string)?.Name).toBe(`Kund ${i + 1} AB (ändrad)`);
    }
  });

  it('coalesces repeated ids of one burst into one delta run', async () => {
    h = await startHarness({
      customers: FIFTY.slice(0, 2),
      settings: { syncUpdatedCustomers: true },
    });
    const runsBefore = (await h.integration.getSyncStatus()).runs.length;
    const receipts = [
      h.integration.notifyHostChange('customers', ['c-1']),
      h.integration.notifyHostChange('customers', ['c-1', 'c-2']),
    ];
    expect(receipts.map((r) => r.pending)).toEqual([1, 2]);
    await h.integration.hostChanges.idle();
    const runs = (await h.integration.getSyncStatus()).runs;
    expect(runs.length - runsBefore).toBe(1);
  });
});
