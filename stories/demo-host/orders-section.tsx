import { FetchOrderFromFortnox, SendToFortnoxButton, ViewInvoiceButton } from '@fortnox-kit/react';
import { useId } from 'react';
import type { DemoOrder, DemoOrderKind } from './demo-api.js';

const KIND_LABEL: Record<DemoOrderKind, string> = {
  service: 'Serviceorder',
  work: 'Arbetsorder',
  sales: 'Försäljningsorder',
};

/** Props of {@link OrdersSection}. */
export interface OrdersSectionProps {
  orders: DemoOrder[] | undefined;
  error: string | undefined;
  /** Called after "Hämta order" created a host order, so the list shows it. */
  onImported: () => void;
}

/** The host's finished orders, each with "Skicka till Fortnox" and "Visa faktura". */
export function OrdersSection({ orders, error, onImported }: OrdersSectionProps) {
  const headingId = useId();
  const fetchId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id="ordrar">
      <h2 id={headingId}>Order klara för fakturering</h2>
      {error ? (
        <p role="alert" className="page-alert">
          Ordrarna gick inte att hämta: {error}
        </p>
      ) : null}
      {!orders && !error ? <p role="status">Hämtar ordrar…</p> : null}
      {orders?.length === 0 ? <p>Inga ordrar att fakturera.</p> : null}
      <ul className="order-list">
        {orders?.map((order) => (
          <OrderCard key={order.id} order={order} />
        ))}
      </ul>
      <section className="order-fetch" aria-labelledby={fetchId}>
        <h3 id={fetchId}>Hämta order från Fortnox</h3>
        <FetchOrderFromFortnox onImported={onImported} />
      </section>
    </section>
  );
}

function OrderCard({ order }: { order: DemoOrder }) {
  const headingId = useId();
  // The handler's order links (demo-server `orderUrl`) point at `#order-<id>`.
  return (
    <li className="order" id={`order-${order.id}`} aria-labelledby={headingId}>
      <div className="order-info">
        <h3 id={headingId}>
          {order.orderNumber} <span className="order-kind">{KIND_LABEL[order.kind]}</span>
        </h3>
        <p className="order-customer">{order.customerName}</p>
        {/* An order without a description has its number as title: no need to say it twice. */}
        {order.title !== order.orderNumber ? <p className="order-title">{order.title}</p> : null}
      </div>
      <div className="order-actions">
        <SendToFortnoxButton orderId={order.id} />
        <ViewInvoiceButton orderId={order.id} />
      </div>
    </li>
  );
}
