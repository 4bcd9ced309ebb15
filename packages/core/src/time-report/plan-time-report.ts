import { FORTNOX_IDENTIFIER_PATTERN, FORTNOX_LIMITS } from '../fortnox/text-rules.js';
import type { Action, Order, User } from '../host/index.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';

/** One action's time as it should stand in Fortnox: one attendance transaction. */
export interface PlannedTime {
  actionKey: string;
  userId: string;
  userName: string;
  employeeId: string;
  date: string;
  hours: number;
  costCenter: string | undefined;
}

/** An action with hours that cannot be reported, and why (in the user's words). */
export interface UnreportableTime {
  actionKey: string;
  userId: string | undefined;
  userName: string | undefined;
  date: string;
  hours: number;
  code: 'missing_user' | 'missing_employment_number';
  userMessage: { sv: string; en: string };
}

/** What {@link planTimeReport} returns. */
export interface TimeReportPlan {
  planned: PlannedTime[];
  unreportable: UnreportableTime[];
}

/** The stable key of an action on an order: its id, else date, user and position. */
export function actionKey(action: Action, index: number): string {
  return action.id ?? `${action.date}:${action.userId ?? '-'}:${index}`;
}

const isCode = (code: string | undefined, max: number): code is string =>
  !!code && code.length <= max && FORTNOX_IDENTIFIER_PATTERN.test(code);

/**
 * The one cost-center rule of a time report (decisions/120): the user's own cost center
 * (where the host books the user's work) when it is a valid Fortnox code, else the order's
 * cost center from setting 21, else none (Fortnox then uses the employee's).
 */
export function timeReportCostCenter(
  user: User,
  settings: Pick<IntegrationSettings, 'costCenter'>,
): string | undefined {
  const own = user.costCenter?.trim();
  if (isCode(own, FORTNOX_LIMITS.costCenterCode)) return own;
  return settings.costCenter || undefined;
}

/**
 * Setting 33, pure: each action with hours becomes the attendance transaction it should be
 * in Fortnox (the technician's employment number, the action's date and hours, the cost
 * center of {@link timeReportCostCenter}). Actions without technician or employment number
 * are listed as unreportable with a sentence naming the person, hours and date. Actions on
 * the same day are not merged (Fortnox takes several registrations a day; decisions/027).
 *
 * @example const { planned, unreportable } = planTimeReport(order, usersById, settings)
 */
export function planTimeReport(
  order: Order,
  users: ReadonlyMap<string, User>,
  settings: Pick<IntegrationSettings, 'costCenter'>,
): TimeReportPlan {
  const plan: TimeReportPlan = { planned: [], unreportable: [] };
  order.actions.forEach((action, i) => {
    const hours = action.hours ?? 0;
    if (hours <= 0) return;
    const key = actionKey(action, i);
    const user = action.userId ? users.get(action.userId) : undefined;
    const employeeId = user?.employmentNumber?.trim();
    if (user && isCode(employeeId, FORTNOX_LIMITS.employeeId)) {
      const costCenter = timeReportCostCenter(user, settings);
      const base = { actionKey: key, userId: user.id, userName: user.name, employeeId };
      plan.planned.push({ ...base, date: action.date, hours, costCenter });
      return;
    }
    plan.unreportable.push(unreportable(order, action, key, hours, user));
  });
  return plan;
}

function unreportable(
  order: Order,
  action: Action,
  key: string,
  hours: number,
  user: User | undefined,
): UnreportableTime {
  const base = { actionKey: key, userId: action.userId, date: action.date, hours };
  const when = `${hours} h ${action.date}`;
  if (!user) {
    return {
      ...base,
      userName: undefined,
      code: 'missing_user',
      userMessage: {
        sv: `Åtgärden med ${when} (order ${order.number}) har ingen tekniker och rapporterades inte.`,
        en: `The action with ${when} (order ${order.number}) has no technician and was not reported.`,
      },
    };
  }
  return {
    ...base,
    userName: user.name,
    code: 'missing_employment_number',
    userMessage: {
      sv: `${user.name} saknar giltigt anställningsnummer, så ${when} skickades inte. Lägg in anställningsnumret (Fortnox anställnings-id) på användaren och skicka igen.`,
      en: `${user.name} has no valid employment number, so ${when} was not sent. Add the employment number (Fortnox employee id) to the user and send again.`,
    },
  };
}
