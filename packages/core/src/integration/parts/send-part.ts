import type { TimeReport } from '../../handler/time-report-contract.js';
import type { HandlerUser } from '../../host-registers/host-scope.js';
import { mapOrder } from '../../mapping/map-order.js';
import type { SendDeps } from '../../send/send-deps.js';
import { sendOrder } from '../../send/send-order.js';
import { readTimeReport } from '../../time-report/read-time-report.js';
import { sendTimeReport } from '../../time-report/send-time-report.js';
import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The send member of the facade ("Skicka till Fortnox"). */
export type SendPart = Pick<Integration, 'sendOrder'>;

/** How sending reads the order's status back. */
export type SendFollowUps = Pick<Integration, 'getOrderStatus'>;

/** Builds {@link SendPart}: send, follow the document, then the time report when setting 33 is on. */
export function createSendPart(context: IntegrationContext, followUps: SendFollowUps): SendPart {
  const { options, tracker, settings, holder } = context;
  const sendDeps = async (user?: HandlerUser | null): Promise<SendDeps> => ({
    ...context.workflowDeps(user),
    mapOrder,
    usesSubgroups: ((await options.subgroups?.()) ?? null) !== null,
    holder,
    leaseMs: options.leaseMs,
  });
  return {
    async sendOrder(orderId, user) {
      await context.requireConnected();
      const result = await sendOrder(await sendDeps(user), orderId);
      await tracker.track(orderId, {
        target: result.target,
        documentNumber: result.documentNumber,
      });
      // A new Fortnox order has no invoice yet: read back only when there is one to show.
      if (result.invoiceNumber || result.updated) await tracker.refresh(orderId);
      let timeReport: TimeReport | null = null;
      if ((await settings()).sendTimeReport) {
        // Recorded by the workflow, then read back: the send succeeded, its time report did not.
        const timeDeps = { ...context.workflowDeps(user), holder, leaseMs: options.leaseMs };
        timeReport = await sendTimeReport(timeDeps, orderId).catch((error) => {
          options.logger?.warn?.(`fortnox-kit time report of ${orderId} failed: ${String(error)}`);
          return readTimeReport(context.workflowDeps(user), orderId);
        });
      }
      return { status: await followUps.getOrderStatus(orderId, user), result, timeReport };
    },
  };
}
