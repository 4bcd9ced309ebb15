import type { TimeReport, TimeReportLine } from '../handler/time-report-contract.js';
import type { Order, User } from '../host/index.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { HostOrders } from '../send/host-orders.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';
import { planTimeReport } from './plan-time-report.js';
import { loadTimeReport, type StoredTime, type StoredTimeReport } from './time-report-record.js';

/** The order and its technicians, read from the host (this tenant only). */
export async function loadOrderForTimeReport(
  hostOrders: HostOrders,
  orderId: string,
): Promise<{ order: Order; users: Map<string, User> }> {
  const order = await hostOrders.findById(orderId);
  if (!order) throw new WorkflowError('not_found', `Order ${orderId} was not found.`);
  const users = new Map<string, User>();
  for (const id of new Set(order.actions.flatMap((a) => (a.userId ? [a.userId] : [])))) {
    const user = await hostOrders.findUser(id);
    if (user) users.set(id, user);
  }
  return { order, users };
}

/** What {@link buildTimeReportView} combines. */
export interface TimeReportViewInput {
  orderId: string;
  order: Order;
  users: ReadonlyMap<string, User>;
  settings: IntegrationSettings;
  record: StoredTimeReport;
}

/**
 * Per action (user and date): what the order says, what Fortnox has, and what failed. Pure:
 * the lines come from the order now and the stored record, without asking Fortnox.
 */
export function buildTimeReportView(input: TimeReportViewInput): TimeReport {
  const { orderId, order, users, settings, record } = input;
  const plan = planTimeReport(order, users, settings);
  const lines: TimeReportLine[] = [];
  const seen = new Set<string>();
  for (const p of plan.planned) {
    seen.add(p.actionKey);
    const stored = record.actions[p.actionKey];
    const line = { actionKey: p.actionKey, userId: p.userId, userName: p.userName };
    lines.push({ ...line, date: p.date, hours: p.hours, ...stateOf(stored, p) });
  }
  for (const u of plan.unreportable) {
    seen.add(u.actionKey);
    const problem = { code: u.code, message: u.userMessage.en, userMessage: u.userMessage };
    lines.push({
      actionKey: u.actionKey,
      userId: u.userId ?? null,
      userName: u.userName ?? null,
      date: u.date,
      hours: u.hours,
      reportedHours: record.actions[u.actionKey]?.written?.hours ?? null,
      state: 'not_reportable',
      problem,
    });
  }
  for (const [key, stored] of Object.entries(record.actions)) {
    if (seen.has(key) || !(stored.written || stored.uncertain || stored.problem)) continue;
    const date = stored.written?.date ?? stored.uncertain?.date ?? '';
    const base = { actionKey: key, userId: stored.userId, userName: stored.userName, date };
    const state = stored.problem ? 'failed' : 'removed';
    const reportedHours = stored.written?.hours ?? null;
    lines.push({ ...base, hours: 0, reportedHours, state, problem: stored.problem ?? null });
  }
  lines.sort(
    (a, b) => a.date.localeCompare(b.date) || (a.userName ?? '').localeCompare(b.userName ?? ''),
  );
  const run = record.lastRun;
  return {
    orderId,
    enabled: settings.sendTimeReport,
    causeCode: settings.timeReportCauseCode,
    lines,
    lastRun: run
      ? {
          ...run,
          at: new Date(run.at).toISOString(),
          result: run.error ? 'failed' : run.failed > 0 ? 'partial' : 'ok',
        }
      : null,
  };
}

function stateOf(
  stored: StoredTime | undefined,
  p: { date: string; hours: number },
): Pick<TimeReportLine, 'state' | 'reportedHours' | 'problem'> {
  const reportedHours = stored?.written?.hours ?? null;
  const problem = stored?.problem ?? null;
  if (stored?.uncertain) return { state: 'uncertain', reportedHours, problem };
  if (problem) return { state: 'failed', reportedHours, problem };
  const written = stored?.written;
  if (!written) return { state: 'not_reported', reportedHours, problem };
  const same = written.hours === p.hours && written.date === p.date;
  return { state: same ? 'reported' : 'changed', reportedHours, problem };
}

/**
 * `GET /orders/:orderId/time-report`: the order's time report as it stands, from the host's
 * order and the kit's record (no Fortnox request).
 */
export async function readTimeReport(
  deps: {
    connectionId: string;
    store: StateStore;
    hostOrders: HostOrders;
    settings: () => Promise<IntegrationSettings>;
  },
  orderId: string,
): Promise<TimeReport> {
  const settings = await deps.settings();
  const { order, users } = await loadOrderForTimeReport(deps.hostOrders, orderId);
  const record = await loadTimeReport(deps, orderId);
  return buildTimeReportView({ orderId, order, users, settings, record });
}
