import { readTimeReport } from '../../time-report/read-time-report.js';
import { sendTimeReport } from '../../time-report/send-time-report.js';
import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The time report members of the facade (setting 33, decisions/122). */
export type TimeReportPart = Pick<Integration, 'sendTimeReport' | 'getTimeReport'>;

/** Builds {@link TimeReportPart}: the order's attendance transactions, when connected. */
export function createTimeReportPart(context: IntegrationContext): TimeReportPart {
  const { options, holder } = context;
  return {
    async sendTimeReport(orderId, user) {
      await context.requireConnected();
      return sendTimeReport(
        { ...context.workflowDeps(user), holder, leaseMs: options.leaseMs },
        orderId,
      );
    },
    getTimeReport: (orderId, user) => readTimeReport(context.workflowDeps(user), orderId),
  };
}
