import { useId } from 'react';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useFortnoxOrder } from '../hooks/use-fortnox-order.js';
import { Button, ErrorAlert } from './parts.js';

/** Props of {@link ViewInvoiceButton}. */
export interface ViewInvoiceButtonProps {
  /** The host order's id. */
  orderId: string;
}

/**
 * "Visa faktura": opens the order's Fortnox invoice as a PDF without logging in to Fortnox.
 * The backend uses Fortnox's preview, so viewing never marks the invoice as sent.
 *
 * @example
 * <ViewInvoiceButton orderId={order.id} />
 */
export function ViewInvoiceButton({ orderId }: ViewInvoiceButtonProps) {
  const { messages } = useFortnoxContext();
  const t = messages.order;
  const order = useFortnoxOrder(orderId, { pollMs: 0 });
  const hintId = useId();
  const noInvoice = !!order.status && !order.status.invoice;
  const opening = order.opening === 'invoice';

  return (
    <div className="fnx fnx-panel">
      <div className="fnx-row">
        <Button
          variant="secondary"
          busy={opening || order.loading}
          disabled={noInvoice}
          aria-describedby={noInvoice ? hintId : undefined}
          onClick={() => void order.open('invoice')}
        >
          {opening ? t.openingInvoice : t.viewInvoice}
        </Button>
        {noInvoice ? (
          <p id={hintId} className="fnx-muted">
            {t.noInvoice}
          </p>
        ) : null}
      </div>
      {order.loadError ? (
        <ErrorAlert
          error={order.loadError}
          action={<Button onClick={() => void order.reload()}>{messages.retry}</Button>}
        />
      ) : null}
      {order.openError ? <ErrorAlert error={order.openError} format={t.invoiceFailed} /> : null}
    </div>
  );
}
