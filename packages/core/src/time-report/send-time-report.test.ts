import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { CUSTOMER, FILTER_ARTICLE } from '../integration/host-fixture.test-support.js';

const users = [
  { id: 'u1', name: 'Anna Berg', employmentNumber: '1', costCenter: 'SERV' },
  { id: 'u2', name: 'Olle Ek' },
  { id: 'u3', name: 'Kim Ny', employmentNumber: '999' },
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
type HostOrder = typeof order;

let h: Harness;
afterEach(() => h?.close());

/** The attendance transactions of order o1's days (the seed has others). */
const attendance = (harness: Harness) =>
  [...harness.emulator.db.tenant(harness.tenantId).attendanceTransactions.values()].filter(
    (t) => t.EmployeeId === '1' && t.Date >= '2026-01-05' && t.Date <= '2026-01-08',
  );
const writes = (harness: Harness) =>
  harness.emulator.control.requests().filter((r) => r.method !== 'GET');
const withActions = (actions: HostOrder['actions']) => ({ ...order, actions });

const startWithTimeReport = async (settings = {}) => {
  h = await startHarness({
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    orders: [order],
    users,
    settings: { sendTimeReport: true, ...settings },
  });
  // The seed's own transactions for employee 1 on these days would blur the counts.
  for (const t of attendance(h))
    h.emulator.db.tenant(h.tenantId).attendanceTransactions.delete(t.id);
  return h;
};

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('sendTimeReport (setting 33)', { timeout: 30_000 }, () => {
  it('reports actions with hours and lists per user and date the ones it could not send', async () => {
    await startWithTimeReport();
    const report = await h.integration.sendTimeReport('o1');
    expect(report.lastRun).toMatchObject({ result: 'ok', created: 1, failed: 0 });
    expect(report.lines).toEqual([
      expect.objectContaining({ userName: 'Anna Berg', date: '2026-01-05', state: 'reported' }),
      expect.objectContaining({
        userName: 'Olle Ek',
        date: '2026-01-06',
        state: 'not_reportable',
        problem: expect.objectContaining({
          code: 'missing_employment_number',
          userMessage: expect.objectContaining({ sv: expect.stringContaining('Olle Ek saknar') }),
        }),
      }),
    ]);
    expect(attendance(h)).toEqual([
      expect.objectContaining({
        CauseCode: 'TID',
        Date: '2026-01-05',
        Hours: 2,
        CostCenter: 'SERV',
      }),
    ]);
  });

  it('writes nothing when the order has not changed since the last report', async () => {
    await startWithTimeReport();
    await h.integration.sendTimeReport('o1');
    const before = writes(h).length;
    const again = await h.integration.sendTimeReport('o1');
    expect(again.lastRun).toMatchObject({ created: 0, unchanged: 1 });
    expect(writes(h).length).toBe(before);
  });

  it('corrects the transaction in Fortnox when the hours change after reporting', async () => {
    await startWithTimeReport();
    await h.integration.sendTimeReport('o1');
    const [first] = attendance(h);
    h.hostOrders.put(
      withActions(order.actions.map((a) => (a.id === 'act1' ? { ...a, hours: 3.5 } : a))),
    );
    const pending = await h.integration.getTimeReport('o1');
    expect(pending.lines[0]).toMatchObject({ state: 'changed', hours: 3.5, reportedHours: 2 });
    const corrected = await h.integration.sendTimeReport('o1');
    expect(corrected.lastRun).toMatchObject({ updated: 1, created: 0 });
    expect(corrected.lines[0]).toMatchObject({ state: 'reported', reportedHours: 3.5 });
    expect(attendance(h)).toEqual([expect.objectContaining({ id: first?.id, Hours: 3.5 })]);
  });

  it('deletes the transaction in Fortnox when the action is removed from the order', async () => {
    await startWithTimeReport();
    await h.integration.sendTimeReport('o1');
    h.hostOrders.put(withActions(order.actions.filter((a) => a.id !== 'act1')));
    expect((await h.integration.getTimeReport('o1')).lines[0]).toMatchObject({ state: 'removed' });
    const after = await h.integration.sendTimeReport('o1');
    expect(after.lastRun).toMatchObject({ deleted: 1 });
    expect(attendance(h)).toEqual([]);
  });

  it('leaves the reported time in Fortnox when the technician loses the employment number, and says why', async () => {
    await startWithTimeReport();
    await h.integration.sendTimeReport('o1');
    h.hostOrders.put(
      withActions(order.actions.map((a) => (a.id === 'act1' ? { ...a, userId: 'u2' } : a))),
    );
    const report = await h.integration.sendTimeReport('o1');
    expect(report.lastRun).toMatchObject({ deleted: 0, failed: 0 });
    expect(report.lines.find((l) => l.actionKey === 'act1')).toMatchObject({
      state: 'not_reportable',
      reportedHours: 2,
    });
    expect(attendance(h)).toHaveLength(1);
  });

  it('refuses an unknown cause code before writing anything, in Swedish and English', async () => {
    await startWithTimeReport({ timeReportCauseCode: 'XYZ' });
    const before = writes(h).length;
    const error = await h.integration.sendTimeReport('o1').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'missing_fortnox_code',
      field: 'timeReportCauseCode',
      userMessage: {
        sv: expect.stringContaining('Orsakskoden "XYZ" finns inte i Fortnox'),
        en: expect.stringContaining('Cause code "XYZ" does not exist in Fortnox'),
      },
    });
    expect(writes(h).length).toBe(before);
    const shown = await h.integration.getTimeReport('o1');
    expect(shown.lastRun).toMatchObject({
      result: 'failed',
      error: { code: 'missing_fortnox_code' },
    });
  });

  it('records an employment number that is no Fortnox employee on its line and still reports the others', async () => {
    await startWithTimeReport();
    h.hostOrders.put(
      withActions([
        ...order.actions,
        { id: 'act4', date: '2026-01-07', userId: 'u3', description: 'Service', hours: 1 },
      ]),
    );
    const report = await h.integration.sendTimeReport('o1');
    expect(report.lastRun).toMatchObject({ result: 'partial', created: 1, failed: 1 });
    expect(report.lines.find((l) => l.userName === 'Kim Ny')).toMatchObject({
      state: 'failed',
      problem: { code: 'unknown_employee' },
    });
    expect(await h.integration.getTimeReport('o1')).toEqual(report);
  });

  it('writes one transaction when a second report starts while the first is writing', async () => {
    await startWithTimeReport();
    // Fortnox takes its time with the first create: the second report starts meanwhile.
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/attendancetransactions',
      count: 1,
      latencyMs: 2_000,
    });
    const first = h.integration.sendTimeReport('o1');
    await vi.waitFor(() => expect(writes(h).length).toBeGreaterThan(0), { interval: 1 });
    const second = h.integration.sendTimeReport('o1');
    const both = await Promise.all([first, second]);
    // Each call returns the report as recorded when it ends: which run it shows depends on
    // when that read lands, so only the set of runs is fixed, one writing and one not.
    expect(both.map((r) => r.lastRun?.created).sort()).toEqual([0, 1]);
    expect(attendance(h)).toHaveLength(1);
  });

  it('finds a transaction whose answer was lost instead of writing it twice', async () => {
    await startWithTimeReport();
    h.emulator.control.injectFault({
      method: 'POST',
      path: '/3/attendancetransactions',
      count: 1,
      timeoutAfterCommit: true,
    });
    const first = await h.integration.sendTimeReport('o1');
    expect(first.lines[0]).toMatchObject({ state: 'uncertain' });
    const again = await h.integration.sendTimeReport('o1');
    expect(again.lastRun).toMatchObject({ created: 1, failed: 0 });
    expect(again.lines[0]).toMatchObject({ state: 'reported' });
    expect(attendance(h)).toHaveLength(1);
  });

  it('lets the order be sent when its time report fails, and says the time report failed', async () => {
    await startWithTimeReport({ timeReportCauseCode: 'XYZ' });
    const { result, timeReport } = await h.integration.sendOrder('o1');
    expect(result.documentNumber).toBeTruthy();
    expect(timeReport?.lastRun).toMatchObject({
      result: 'failed',
      error: { code: 'missing_fortnox_code' },
    });
    await h.integration.putSettings({ sendTimeReport: false });
    await expect(h.integration.sendTimeReport('o1')).rejects.toMatchObject({
      code: 'feature_disabled',
    });
  });
});
