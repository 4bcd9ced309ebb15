import { sendTimeReport } from '../../time-report/send-time-report.js';
import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The time report member of the facade. */
export type TimeReportPart = Pick<Integration, 'sendTimeReport'>;

/** Builds {@link TimeReportPart}: the order's attendance transactions, when connected. */
export function createTimeReportPart(context: IntegrationContext): TimeReportPart {
  return {
    async sendTimeReport(orderId, user) {
      await context.requireConnected();
      return sendTimeReport(context.workflowDeps(user), orderId);
    },
  };
}
