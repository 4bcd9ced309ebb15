import type { OrderStatus, SendWarning, TimeReport } from '@fortnox-kit/core/contract';
import { useEffect, useState } from 'react';
import type { BackendErrorDetail, FortnoxBackendError } from '../client/fortnox-backend-error.js';
import { toBackendError } from '../client/resource.js';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useResource } from './use-resource.js';

/** What {@link useFortnoxOrder} returns. */
export interface FortnoxOrderHook {
  status: OrderStatus | undefined;
  loading: boolean;
  /** Loading the status failed. */
  loadError: FortnoxBackendError | undefined;
  sending: boolean;
  /** The last send failed (also after a reload: the backend keeps `lastError`). */
  sendError: BackendErrorDetail | undefined;
  /** What the mapping changed in the last successful send of this page (empty until then). */
  warnings: readonly SendWarning[];
  /** Setting 33: the time report the last successful send of this page answered. */
  timeReport: TimeReport | undefined;
  send(): Promise<void>;
  reload(): Promise<void>;
  /** Opens the invoice PDF (`invoice`) or the integration reference's document (`confirmation`). */
  open(document: 'invoice' | 'confirmation'): Promise<void>;
  opening: 'invoice' | 'confirmation' | null;
  openError: FortnoxBackendError | undefined;
}

/** Options of {@link useFortnoxOrder}. */
export interface FortnoxOrderOptions {
  /** While sent but not invoiced, re-read the status this often. 0 = never. @default 30000 */
  pollMs?: number;
}

/** One order's Fortnox state and actions, shared by every component showing that order. */
export function useFortnoxOrder(
  orderId: string,
  options: FortnoxOrderOptions = {},
): FortnoxOrderHook {
  const { client, browser } = useFortnoxContext();
  const pollMs = options.pollMs ?? 30_000;
  const resource = client.order(orderId);
  const state = useResource(resource);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<FortnoxBackendError>();
  const [warnings, setWarnings] = useState<readonly SendWarning[]>([]);
  const [timeReport, setTimeReport] = useState<TimeReport>();
  const [opening, setOpening] = useState<'invoice' | 'confirmation' | null>(null);
  const [openError, setOpenError] = useState<FortnoxBackendError>();
  const waiting = state.data?.state === 'sent';

  useEffect(() => {
    if (!waiting || pollMs <= 0) return;
    const stop = new AbortController();
    void (async () => {
      while (!stop.signal.aborted) {
        await client.clock.sleep(pollMs, stop.signal).catch(() => undefined);
        if (!stop.signal.aborted) await resource.load();
      }
    })();
    return () => stop.abort();
  }, [waiting, pollMs, client, resource]);

  async function send() {
    setSending(true);
    setSendError(undefined);
    setWarnings([]);
    try {
      const { warnings: changed, timeReport, ...status } = await client.api.sendOrder(orderId);
      resource.set(status);
      // Setting 33: the time report went with the send (failed or not; decisions/122).
      if (timeReport) client.timeReport(orderId).set(timeReport);
      setTimeReport(timeReport);
      setWarnings(changed ?? []);
    } catch (error) {
      setSendError(toBackendError(error));
      await resource.load();
    } finally {
      setSending(false);
    }
  }

  async function open(document: 'invoice' | 'confirmation') {
    setOpening(document);
    setOpenError(undefined);
    try {
      const route = document === 'invoice' ? 'invoicePdf' : 'confirmationPdf';
      const file = await client.api.download(route, orderId);
      browser.openFile(file, `${orderId}-${document}.pdf`);
    } catch (error) {
      setOpenError(toBackendError(error));
    } finally {
      setOpening(null);
    }
  }

  return {
    status: state.data,
    loading: !state.data && !state.error,
    loadError: state.error,
    sending,
    sendError: sendError ?? state.data?.lastError ?? undefined,
    warnings,
    timeReport,
    send,
    reload: () => resource.load(),
    open,
    opening,
    openError,
  };
}
