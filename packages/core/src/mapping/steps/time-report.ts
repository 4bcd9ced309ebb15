import type { FortnoxAttendanceTransactionInput } from '../../fortnox/documents/attendance.js';
import { FORTNOX_IDENTIFIER_PATTERN, FORTNOX_LIMITS } from '../../fortnox/text-rules.js';
import type { Order } from '../../host/order.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import type { WarningList } from '../warnings.js';

function isEmployeeId(id: string): boolean {
  return id.length <= FORTNOX_LIMITS.employeeId && FORTNOX_IDENTIFIER_PATTERN.test(id);
}

/**
 * Setting 33: one attendance transaction per action with hours, for the technician's
 * employment number, on the cause code `timeReportCauseCode` (decisions/027). Technicians
 * without an employment number are skipped with a warning.
 */
export function buildTimeReport(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): FortnoxAttendanceTransactionInput[] {
  if (!settings.sendTimeReport) return [];
  const entries: FortnoxAttendanceTransactionInput[] = [];
  order.actions.forEach((action, i) => {
    if (!action.hours || !action.userId) return;
    const user = context.users.get(action.userId);
    const employeeId = user?.employmentNumber?.trim();
    if (!employeeId || !isEmployeeId(employeeId)) {
      warnings.add(
        'employment-number-missing',
        `actions[${i}]`,
        `${user?.name ?? action.userId} has no valid employment number; ${action.hours} h not reported`,
      );
      return;
    }
    const entry: FortnoxAttendanceTransactionInput = {
      EmployeeId: employeeId,
      CauseCode: settings.timeReportCauseCode,
      Date: action.date,
      Hours: action.hours,
    };
    if (settings.costCenter) entry.CostCenter = settings.costCenter;
    entries.push(entry);
  });
  return entries;
}
