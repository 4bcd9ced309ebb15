import type { TimeReport } from '@fortnox-kit/core/contract';
import { useState } from 'react';
import type { FortnoxBackendError } from '../client/fortnox-backend-error.js';
import { toBackendError } from '../client/resource.js';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useResource } from './use-resource.js';

/** What {@link useFortnoxTimeReport} returns. */
export interface FortnoxTimeReportHook {
  report: TimeReport | undefined;
  loading: boolean;
  loadError: FortnoxBackendError | undefined;
  sending: boolean;
  /** The last send of the time report was refused as a whole (e.g. an unknown cause code). */
  sendError: FortnoxBackendError | undefined;
  /** Sends the time report, or corrects Fortnox after the order's hours changed. */
  send(): Promise<void>;
  reload(): Promise<void>;
}

/**
 * One order's time report (setting 33), shared with the order's send: after "Skicka till
 * Fortnox" it shows what the send reported.
 *
 * @example const { report, send } = useFortnoxTimeReport(order.id)
 */
export function useFortnoxTimeReport(orderId: string): FortnoxTimeReportHook {
  const { client } = useFortnoxContext();
  const resource = client.timeReport(orderId);
  const state = useResource(resource);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<FortnoxBackendError>();

  async function send() {
    setSending(true);
    setSendError(undefined);
    try {
      resource.set(await client.api.sendTimeReport(orderId));
    } catch (error) {
      setSendError(toBackendError(error));
      // The refusal is recorded as the last run: show the lines as they stand.
      await resource.load();
    } finally {
      setSending(false);
    }
  }

  return {
    report: state.data,
    loading: !state.data && !state.error,
    loadError: state.error,
    sending,
    sendError,
    send,
    reload: () => resource.load(),
  };
}
