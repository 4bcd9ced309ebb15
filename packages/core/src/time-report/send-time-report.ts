import type { Clock } from '../env/clock.js';
import type { TimeReport } from '../handler/time-report-contract.js';
import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { HostOrders } from '../send/host-orders.js';
import { toErrorInfo } from '../send/last-send-error.js';
import { withOrderLock } from '../send/order-lock.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';
import { checkCauseCode } from './cause-codes.js';
import { type PlannedTime, planTimeReport, type TimeReportPlan } from './plan-time-report.js';
import { buildTimeReportView, loadOrderForTimeReport } from './read-time-report.js';
import { reconcileTime } from './reconcile-time.js';
import {
  loadTimeReport,
  type StoredRun,
  type StoredTime,
  type StoredTimeReport,
  saveTimeReport,
} from './time-report-record.js';

/** Dependencies of {@link sendTimeReport}. */
export interface TimeReportDeps {
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  hostOrders: HostOrders;
  clock: Clock;
  settings: () => Promise<IntegrationSettings>;
  /** This process's lease holder id: the report holds the order's send lock. */
  holder: string;
  leaseMs?: number;
}

type Counts = Omit<StoredRun, 'at' | 'error'>;

/**
 * Setting 33: makes Fortnox's attendance transactions match the order's actions now. The
 * cause code is checked first (nothing is written with a code Fortnox refuses). Each action
 * with hours is created once, corrected (`PUT`) when its hours or date changed, deleted
 * when it is gone; a technician without employment number, or one who is not a Fortnox
 * employee, is listed with the reason. A Fortnox refusal of one action is recorded on that
 * action and the others still go; a refusal of the whole report is recorded as the last run
 * and thrown. Nothing is swallowed: the returned report shows every line's state.
 *
 * @example const report = await sendTimeReport(deps, 'o1') // report.lines, report.lastRun
 */
export async function sendTimeReport(deps: TimeReportDeps, orderId: string): Promise<TimeReport> {
  const settings = await deps.settings();
  if (!settings.sendTimeReport) {
    throw new WorkflowError(
      'feature_disabled',
      'Sending time reports is turned off ("Skicka tidsrapport").',
      { field: 'sendTimeReport' },
    );
  }
  // One writer per order: a second click (or a send of the order) waits for this one.
  return withOrderLock(deps, orderId, () => report(deps, settings, orderId));
}

async function report(
  deps: TimeReportDeps,
  settings: IntegrationSettings,
  orderId: string,
): Promise<TimeReport> {
  const { order, users } = await loadOrderForTimeReport(deps.hostOrders, orderId);
  const record = await loadTimeReport(deps, orderId);
  const counts: Counts = { created: 0, updated: 0, deleted: 0, unchanged: 0, failed: 0 };
  try {
    checkCauseCode(settings.timeReportCauseCode);
    const plan = planTimeReport(order, users, settings);
    await reportAll(deps, orderId, record, plan, settings.timeReportCauseCode, counts);
    record.lastRun = { at: deps.clock.now(), ...counts, error: null };
  } catch (error) {
    record.lastRun = { at: deps.clock.now(), ...counts, error: problemOf(error) };
    await saveTimeReport(deps, orderId, record);
    throw error;
  }
  await saveTimeReport(deps, orderId, record);
  return buildTimeReportView({ orderId, order, users, settings, record });
}

async function reportAll(
  deps: TimeReportDeps,
  orderId: string,
  record: StoredTimeReport,
  plan: TimeReportPlan,
  causeCode: string,
  counts: Counts,
): Promise<void> {
  const byKey = new Map(plan.planned.map((p) => [p.actionKey, p]));
  // An action that lost its technician or employment number keeps what Fortnox has: the
  // line says why it cannot be reported; only a removed action (or 0 h) deletes.
  const kept = new Set(plan.unreportable.map((u) => u.actionKey));
  const claimed = new Set(
    Object.values(record.actions).flatMap((a) => (a.written?.id ? [a.written.id] : [])),
  );
  const employees = new Map<string, Promise<boolean>>();
  const isEmployee = (id: string) => {
    if (!employees.has(id)) employees.set(id, deps.gateway.getEmployee(id).then(Boolean));
    return employees.get(id) as Promise<boolean>;
  };
  const keys = new Set(
    [...byKey.keys(), ...Object.keys(record.actions)].filter((k) => !kept.has(k)),
  );
  for (const key of keys) {
    const planned = byKey.get(key);
    const save = async (entry: StoredTime | undefined) => {
      if (entry) record.actions[key] = entry;
      else delete record.actions[key];
      await saveTimeReport(deps, orderId, record);
    };
    const stored = record.actions[key];
    try {
      if (planned && !(await isEmployee(planned.employeeId))) {
        await save({ ...stored, ...who(planned), problem: unknownEmployee(planned) });
        counts.failed++;
        continue;
      }
      const ctx = { gateway: deps.gateway, causeCode, claimed, save };
      const { outcome, entry } = await reconcileTime(ctx, planned, stored);
      await save(entry);
      counts[outcome]++;
    } catch (error) {
      // On the entry as it stands after the failure (an uncertain create keeps its marker).
      const current = record.actions[key] ?? (planned ? who(planned) : undefined);
      if (current) await save({ ...current, problem: problemOf(error) });
      counts.failed++;
    }
  }
}

const who = (p: PlannedTime) => ({ userId: p.userId, userName: p.userName });

function unknownEmployee(p: PlannedTime) {
  const what = `${p.hours} h ${p.date}`;
  return {
    code: 'unknown_employee',
    message: `${p.userName}'s employment number ${p.employeeId} is not an employee in Fortnox, so ${what} was not sent.`,
    userMessage: {
      sv: `${p.userName}s anställningsnummer ${p.employeeId} finns inte som anställd i Fortnox, så ${what} skickades inte. Rätta anställningsnumret eller lägg upp den anställda i Fortnox och skicka igen.`,
      en: `${p.userName}'s employment number ${p.employeeId} is not an employee in Fortnox, so ${what} was not sent. Correct the employment number or add the employee in Fortnox and send again.`,
    },
  };
}

function problemOf(error: unknown) {
  const { code, message, userMessage } = toErrorInfo(error);
  return { code, message, ...(userMessage ? { userMessage } : {}) };
}
