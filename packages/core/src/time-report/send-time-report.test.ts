import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { CUSTOMER, FILTER_ARTICLE } from '../integration/host-fixture.test-support.js';

const users = [
  { id: 'u1', name: 'Anna Berg', employmentNumber: '1', costCenter: 'SERV' },
  { id: 'u2', name: 'Olle Ek' },
];
const order = {
  id: 'o1',
  kind: 'service' as const,
  number: 'SO-1',
  customerId: 'c1',
  orderDate: '2026-01-05',
  readyForInvoicing: true,
  articleRows: [{ articleNumber: 'FILTER-10', quantity: 1 }],
  actions: [
    { id: 'act1', date: '2026-01-05', userId: 'u1', description: 'Byte av filter', hours: 2 },
    { id: 'act2', date: '2026-01-06', userId: 'u2', description: 'Provkörning', hours: 1.5 },
    { id: 'act3', date: '2026-01-06', userId: 'u1', description: 'Resa', hours: 0 },
  ],
};

let h: Harness;
afterEach(() => h?.close());

const attendanceOf = (harness: Harness, employeeId: string) =>
  [...harness.emulator.db.tenant(harness.tenantId).attendanceTransactions.values()].filter(
    (t) =>
      t.EmployeeId === employeeId &&
      t.Date >= '2026-01-05' &&
      t.Date <= '2026-01-06' &&
      t.Hours === 2,
  );

/** The service order above, its users, and setting 33 on. */
const startWithTimeReport = () =>
  startHarness({
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    orders: [order],
    users,
    settings: { sendTimeReport: true },
  });

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('sendTimeReport (setting 33)', { timeout: 30_000 }, () => {
  it('reports actions with hours for users with an employment number, and explains the others', async () => {
    h = await startWithTimeReport();
    const before = attendanceOf(h, '1').length;
    const result = await h.integration.sendTimeReport('o1');
    expect(result.created).toBe(1);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'missing_employment_number',
        userId: 'u2',
        message: expect.stringContaining('Olle Ek has no employment number'),
      }),
    ]);
    const written = attendanceOf(h, '1');
    expect(written.length).toBe(before + 1);
    expect(written.at(-1)).toMatchObject({
      CauseCode: 'TID',
      Date: '2026-01-05',
      CostCenter: 'SERV',
    });
  });

  it('is idempotent: a second report writes nothing', async () => {
    h = await startWithTimeReport();
    await h.integration.sendTimeReport('o1');
    const count = h.emulator.db.tenant(h.tenantId).attendanceTransactions.size;
    const again = await h.integration.sendTimeReport('o1');
    expect(again).toMatchObject({ created: 0, alreadyReported: 1 });
    expect(h.emulator.db.tenant(h.tenantId).attendanceTransactions.size).toBe(count);
  });

  it('never writes a second transaction when hours change after reporting, and says so', async () => {
    h = await startWithTimeReport();
    await h.integration.sendTimeReport('o1');
    const count = h.emulator.db.tenant(h.tenantId).attendanceTransactions.size;
    h.hostOrders.put({
      ...order,
      actions: order.actions.map((a) => (a.id === 'act1' ? { ...a, hours: 3 } : a)),
    });
    const again = await h.integration.sendTimeReport('o1');
    expect(again.issues.map((i) => i.code)).toContain('hours_changed');
    expect(h.emulator.db.tenant(h.tenantId).attendanceTransactions.size).toBe(count);
  });

  it('finds a transaction whose answer was lost instead of writing it twice', async () => {
    h = await startWithTimeReport();
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/attendancetransactions',
      count: 1,
      timeoutAfterCommit: true,
    });
    const count = h.emulator.db.tenant(h.tenantId).attendanceTransactions.size;
    await expect(h.integration.sendTimeReport('o1')).rejects.toThrow();
    const again = await h.integration.sendTimeReport('o1');
    expect(again).toMatchObject({ created: 0, alreadyReported: 1 });
    expect(h.emulator.db.tenant(h.tenantId).attendanceTransactions.size).toBe(count + 1);
  });

  it('goes with the order when it is sent, and is refused when the setting is off', async () => {
    h = await startWithTimeReport();
    const { timeReport } = await h.integration.sendOrder('o1');
    expect(timeReport?.created).toBe(1);
    await h.integration.putSettings({ sendTimeReport: false });
    await expect(h.integration.sendTimeReport('o1')).rejects.toMatchObject({
      code: 'feature_disabled',
    });
  });
});
