import { routePath } from '@fortnox-kit/core/contract';
import { useEffect, useId, useRef } from 'react';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useFortnoxOrder } from '../hooks/use-fortnox-order.js';
import { useResource } from '../hooks/use-resource.js';
import { Button, ErrorAlert } from './parts.js';

/** Props of {@link SendToFortnoxButton}. */
export interface SendToFortnoxButtonProps {
  /** The host order's id. */
  orderId: string;
  /** How often to re-check a sent order for its invoice. @default 30000 */
  pollMs?: number;
}

/**
 * "Skicka till Fortnox": idle, sending, sent (the integration reference as a link that
 * opens the order confirmation), invoiced, or an error with the reason and a retry.
 *
 * @example
 * <SendToFortnoxButton orderId={order.id} />
 */
export function SendToFortnoxButton({ orderId, pollMs }: SendToFortnoxButtonProps) {
  const { messages, baseUrl, client } = useFortnoxContext();
  const t = messages.order;
  const order = useFortnoxOrder(orderId, { pollMs });
  const connection = useResource(client.connection).data?.status;
  // Why the button is disabled: the connection first, then the order itself.
  const blockedReason =
    connection === 'not_connected' || connection === 'reconnect_needed'
      ? messages.errors[connection]
      : t.notReady;
  const { status } = order;
  const hintId = useId();
  const reference = status?.reference;
  const notReady = status?.state === 'not_sent' && !status.canSend;
  const showButton = !status || status.state === 'not_sent' || status.canResend;
  const label = order.sending ? t.sending : status?.canResend ? t.resend : t.send;
  // Keyboard users: when the send button goes away after sending, move focus to the link.
  const linkRef = useRef<HTMLAnchorElement>(null);
  const sentByUser = useRef(false);
  useEffect(() => {
    if (!sentByUser.current || order.sending) return;
    if (!showButton) linkRef.current?.focus();
    sentByUser.current = false;
  });
  const send = () => {
    sentByUser.current = true;
    void order.send();
  };
  const retry =
    order.sendError && (status?.canSend || status?.canResend) ? (
      <Button variant="secondary" onClick={send} disabled={order.sending}>
        {messages.retry}
      </Button>
    ) : null;

  return (
    <div className="fnx fnx-panel" data-state={order.sending ? 'sending' : status?.state}>
      <div role="status" aria-live="polite">
        {order.sending ? <p className="fnx-muted">{t.sending}</p> : null}
        {reference && !order.sending ? (
          <p>
            {t.sentAs(reference.target)}:{' '}
            <a
              ref={linkRef}
              href={baseUrl + routePath('confirmationPdf', { orderId })}
              onClick={(event) => {
                event.preventDefault();
                void order.open('confirmation');
              }}
            >
              {t.openDocument(reference.target, reference.documentNumber)}
            </a>
          </p>
        ) : null}
        {order.warnings.length > 0 && !order.sending ? (
          // What the mapping changed on the way, in the user's language (decisions/091).
          <div className="fnx-warning">
            <p>{t.sentWithChanges}</p>
            <ul>
              {order.warnings.map((w, i) => (
                // A warning has no id; the same field can be warned twice (key by position too).
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced, never reordered
                <li key={`${i}-${w.field}`}>{w.userMessage[messages.language] ?? w.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {order.timeReport && order.timeReport.lastRun?.result !== 'ok' && !order.sending ? (
          <p className="fnx-warning">{messages.timeReport.sentButTimeReportFailed}</p>
        ) : null}
        {status?.state === 'invoiced' && status.invoice && !order.sending ? (
          <p>{t.invoiced(status.invoice.documentNumber, t.invoiceStates[status.invoice.state])}</p>
        ) : null}
      </div>
      {showButton ? (
        <div className="fnx-row">
          <Button
            busy={order.sending || order.loading}
            disabled={notReady}
            aria-describedby={notReady ? hintId : undefined}
            onClick={send}
          >
            {label}
          </Button>
          {notReady ? (
            <p id={hintId} className="fnx-muted">
              {blockedReason}
            </p>
          ) : null}
        </div>
      ) : null}
      {order.sendError && !order.sending ? (
        <ErrorAlert error={order.sendError} format={t.sendFailed} action={retry} />
      ) : null}
      {order.loadError ? (
        <ErrorAlert
          error={order.loadError}
          action={<Button onClick={() => void order.reload()}>{messages.retry}</Button>}
        />
      ) : null}
      {order.openError ? <ErrorAlert error={order.openError} /> : null}
    </div>
  );
}
