import type { FortnoxAttendanceTransactionWrite as AttendanceTransactionInput } from '../fortnox/resources/attendance-transactions.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { isUncertainFailure } from '../send/write-once.js';
import type { PlannedTime } from './plan-time-report.js';
import type { StoredTime, WrittenTime } from './time-report-record.js';

/** What {@link reconcileTime} needs: Fortnox, and a way to persist a marker mid-way. */
export interface ReconcileContext {
  gateway: Pick<
    FortnoxGateway,
    'listAttendance' | 'createAttendance' | 'updateAttendance' | 'deleteAttendance'
  >;
  causeCode: string;
  /** Transaction ids the order's other actions own (never adopted twice). */
  claimed: Set<string>;
  /** Persists the action's entry before a write whose answer could be lost. */
  save(entry: StoredTime | undefined): Promise<void>;
}

/** What one action's reconciliation did, and its entry afterwards (`undefined`: none). */
export interface ReconcileOutcome {
  outcome: 'created' | 'updated' | 'deleted' | 'unchanged';
  entry: StoredTime | undefined;
}

const same = (a: WrittenTime, b: WrittenTime) =>
  a.employeeId === b.employeeId &&
  a.causeCode === b.causeCode &&
  a.date === b.date &&
  a.hours === b.hours &&
  (a.costCenter ?? '') === (b.costCenter ?? '');

const body = (t: WrittenTime): AttendanceTransactionInput => ({
  EmployeeId: t.employeeId,
  CauseCode: t.causeCode,
  Date: t.date,
  Hours: t.hours,
  ...(t.costCenter ? { CostCenter: t.costCenter } : {}),
});

/**
 * Brings one action's attendance transaction in Fortnox to what the order says now
 * (decisions/122): creates it once, updates it (`PUT`) when the hours, date or cost center
 * changed, deletes it when the action is gone or has no hours, and replaces it when the
 * technician changed. A create whose answer was lost is looked up first and adopted.
 * Throws Fortnox's errors; the caller records them on the action.
 */
export async function reconcileTime(
  ctx: ReconcileContext,
  planned: PlannedTime | undefined,
  stored: StoredTime | undefined,
): Promise<ReconcileOutcome> {
  let written = stored?.written;
  let adopted = false;
  if (stored?.uncertain) {
    written = (await adopt(ctx, stored.uncertain)) ?? written;
    adopted = written !== stored.written;
  }
  if (!planned) {
    if (written?.id) {
      await ctx.gateway.deleteAttendance(written.id);
      return { outcome: 'deleted', entry: undefined };
    }
    return { outcome: 'unchanged', entry: undefined };
  }
  const who = { userId: planned.userId, userName: planned.userName };
  const target: WrittenTime = {
    employeeId: planned.employeeId,
    causeCode: ctx.causeCode,
    date: planned.date,
    hours: planned.hours,
    ...(planned.costCenter ? { costCenter: planned.costCenter } : {}),
  };
  if (written && same(written, target)) {
    return { outcome: adopted ? 'created' : 'unchanged', entry: { ...who, written } };
  }
  if (written?.id && written.employeeId === target.employeeId) {
    const updated = await ctx.gateway.updateAttendance(written.id, body(target));
    // Deleted in Fortnox by hand: written again below.
    if (updated)
      return { outcome: 'updated', entry: { ...who, written: { ...target, id: written.id } } };
  } else if (written?.id) {
    await ctx.gateway.deleteAttendance(written.id);
  }
  return { outcome: 'created', entry: { ...who, written: await create(ctx, who, target) } };
}

async function create(
  ctx: ReconcileContext,
  who: Pick<StoredTime, 'userId' | 'userName'>,
  target: WrittenTime,
): Promise<WrittenTime> {
  await ctx.save({ ...who, uncertain: target });
  try {
    const result = await ctx.gateway.createAttendance(body(target));
    if (result.id) ctx.claimed.add(result.id);
    return { ...target, ...(result.id ? { id: result.id } : {}) };
  } catch (error) {
    // Certainly not written: nothing to look up next time.
    if (!isUncertainFailure(error)) await ctx.save({ ...who });
    throw error;
  }
}

// The employee's transaction with the same date, cause code and hours that no other action
// of the order owns (decisions/065: a hand-typed twin could be adopted, never duplicated).
async function adopt(ctx: ReconcileContext, wanted: WrittenTime): Promise<WrittenTime | undefined> {
  const found = (await ctx.gateway.listAttendance(wanted.employeeId)).find(
    (t) =>
      t.Date === wanted.date &&
      t.CauseCode === wanted.causeCode &&
      t.Hours === wanted.hours &&
      !(t.id && ctx.claimed.has(t.id)),
  );
  if (!found) return undefined;
  if (found.id) ctx.claimed.add(found.id);
  return { ...wanted, ...(found.id ? { id: found.id } : {}) };
}
