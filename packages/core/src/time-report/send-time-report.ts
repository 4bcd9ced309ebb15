import type { Clock } from '../env/clock.js';
import type { Action, Order, User } from '../host/index.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { HostOrders } from '../send/host-orders.js';
import { isUncertainFailure } from '../send/write-once.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';

/** Dependencies of {@link sendTimeReport}. */
export interface TimeReportDeps {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  hostOrders: HostOrders;
  clock: Clock;
  settings: () => Promise<IntegrationSettings>;
}

/** An action that could not be reported, with a message a user can act on. */
export interface TimeReportIssue {
  actionKey: string;
  userId: string | undefined;
  code: 'missing_employment_number' | 'unknown_employee' | 'missing_user' | 'hours_changed';
  message: string;
}

/** What one time report did. */
export interface TimeReportResult {
  /** Attendance transactions written now. */
  created: number;
  /** Actions reported earlier (left alone). */
  alreadyReported: number;
  issues: TimeReportIssue[];
}

interface Reported {
  state: 'pending' | 'done';
  id?: string;
  employeeId: string;
  date: string;
  hours: number;
}

/** The stable key of an action on an order: its id, else date, user and position. */
export function actionKey(action: Action, index: number): string {
  return action.id ?? `${action.date}:${action.userId ?? '-'}:${index}`;
}

/**
 * Setting 33: the order's actions with hours become Fortnox attendance transactions (cause
 * code from `timeReportCauseCode`, the user's cost center) for users with an employment
 * number. Idempotent: each action is reported once (a marker is stored before the write,
 * and after an uncertain failure the employee's transactions are searched before writing
 * again). Users without employment number get a clear issue; the rest is still reported.
 *
 * @example const { created, issues } = await sendTimeReport(deps, 'o1')
 */
export async function sendTimeReport(
  deps: TimeReportDeps,
  orderId: string,
): Promise<TimeReportResult> {
  const settings = await deps.settings();
  if (!settings.sendTimeReport) {
    throw new WorkflowError(
      'feature_disabled',
      'Sending time reports is turned off ("Skicka tidsrapport").',
      {
        field: 'sendTimeReport',
      },
    );
  }
  const order = await deps.hostOrders.findById(orderId);
  if (!order) throw new WorkflowError('not_found', `Order ${orderId} was not found.`);
  const result: TimeReportResult = { created: 0, alreadyReported: 0, issues: [] };
  const claimed = new Set<string>();
  for (const [i, action] of order.actions.entries()) {
    if (!action.hours || action.hours <= 0) continue;
    const key = actionKey(action, i);
    const user = action.userId ? await deps.hostOrders.findUser(action.userId) : undefined;
    const issue = await checkUser(deps, order, action, key, user);
    if (issue || !user?.employmentNumber) {
      if (issue) result.issues.push(issue);
      continue;
    }
    const outcome = await reportAction(
      deps,
      order,
      key,
      action,
      user,
      settings.timeReportCauseCode,
      claimed,
    );
    if (outcome === 'created') result.created++;
    else if (outcome === 'done') result.alreadyReported++;
    else result.issues.push(outcome);
  }
  return result;
}

async function checkUser(
  deps: TimeReportDeps,
  order: Order,
  action: Action,
  key: string,
  user: User | undefined,
): Promise<TimeReportIssue | undefined> {
  const what = `${action.hours} h on ${action.date} (order ${order.number})`;
  if (!user) {
    return {
      actionKey: key,
      userId: action.userId,
      code: 'missing_user',
      message: `The action with ${what} has no technician, so it was not reported.`,
    };
  }
  if (!user.employmentNumber) {
    return {
      actionKey: key,
      userId: user.id,
      code: 'missing_employment_number',
      message: `${user.name} has no employment number, so ${what} was not sent to Fortnox. Add the employment number (Fortnox employee id) to the user and send again.`,
    };
  }
  if (!(await deps.gateway.getEmployee(user.employmentNumber))) {
    return {
      actionKey: key,
      userId: user.id,
      code: 'unknown_employee',
      message: `${user.name}'s employment number ${user.employmentNumber} is not an employee in Fortnox, so ${what} was not sent.`,
    };
  }
  return undefined;
}

async function reportAction(
  deps: TimeReportDeps,
  order: Order,
  key: string,
  action: Action,
  user: User,
  causeCode: string,
  claimed: Set<string>,
): Promise<'created' | 'done' | TimeReportIssue> {
  const cursor = `time:${order.id}:${key}`;
  const raw = await deps.store.getCursor(deps.connectionId, cursor);
  const previous = raw ? (JSON.parse(raw) as Reported) : undefined;
  const employeeId = user.employmentNumber as string;
  const hours = action.hours ?? 0;
  const mark = (r: Reported) => deps.store.setCursor(deps.connectionId, cursor, JSON.stringify(r));
  if (previous?.state === 'done') {
    if (previous.id) claimed.add(previous.id);
    if (previous.hours === hours) return 'done';
    return {
      actionKey: key,
      userId: user.id,
      code: 'hours_changed',
      message: `${user.name}'s ${action.date} was reported with ${previous.hours} h; it now has ${hours} h. Correct the attendance in Fortnox.`,
    };
  }
  if (previous?.state === 'pending') {
    const found = (await deps.gateway.listAttendance(employeeId)).find(
      (t) =>
        t.Date === action.date &&
        t.CauseCode === causeCode &&
        t.Hours === hours &&
        !(t.id && claimed.has(t.id)),
    );
    if (found) {
      if (found.id) claimed.add(found.id);
      await mark({ state: 'done', id: found.id, employeeId, date: action.date, hours });
      return 'done';
    }
  }
  await mark({ state: 'pending', employeeId, date: action.date, hours });
  try {
    const written = await deps.gateway.createAttendance({
      EmployeeId: employeeId,
      CauseCode: causeCode,
      Date: action.date,
      Hours: hours,
      ...(user.costCenter ? { CostCenter: user.costCenter } : {}),
    });
    if (written.id) claimed.add(written.id);
    await mark({ state: 'done', id: written.id, employeeId, date: action.date, hours });
    return 'created';
  } catch (error) {
    // The marker stays `pending` after an uncertain failure: the next report searches first.
    if (!isUncertainFailure(error)) await deps.store.setCursor(deps.connectionId, cursor, '');
    throw error;
  }
}
