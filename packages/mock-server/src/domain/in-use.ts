/**
 * Whether documents still need a customer or an article, so that it cannot be deleted.
 * Fortnox: "Det går att ta bort kunder med affärshändelser. Alla affärshändelser behöver
 * vara avslutade" (support.fortnox.se, Radera - Kund & Leverantör); decisions/016.
 */

import { badRequest, FORTNOX_CODES } from '../http/fortnox-error.js';
import type { InvoiceRecord, OrderRecord } from '../schemas/documents.js';
import type { Tenant } from '../store/tenant.js';

// An order is done once it is cancelled or invoiced (the invoice then carries the business).
const orderOpen = (o: OrderRecord) => !o.Cancelled && o.InvoiceReference === '0';

// An invoice is done once it is cancelled, fully paid, or credited (the pair cancels out).
const invoiceOpen = (i: InvoiceRecord) =>
  !i.Cancelled && i.Balance !== 0 && !i.Credit && i.CreditInvoiceReference === '0';

/** The documents that keep a record: `order 3`, `faktura 12`, in number order. */
function documentNames(orders: OrderRecord[], invoices: InvoiceRecord[]): string {
  return [
    ...orders.map((o) => `order ${o.DocumentNumber}`),
    ...invoices.map((i) => `faktura ${i.DocumentNumber}`),
  ].join(', ');
}

/** Refuses (400) to delete a customer that has open orders or invoices. */
export function assertCustomerDeletable(tenant: Tenant, customerNumber: string): void {
  const mine = <T extends { CustomerNumber: string }>(d: T) => d.CustomerNumber === customerNumber;
  const orders = [...tenant.orders.values()].filter((o) => mine(o) && orderOpen(o));
  const invoices = [...tenant.invoices.values()].filter((i) => mine(i) && invoiceOpen(i));
  if (orders.length === 0 && invoices.length === 0) return;
  throw badRequest(
    FORTNOX_CODES.recordInUse,
    `Kunden ${customerNumber} kan inte raderas eftersom den har affärshändelser som inte är avslutade (${documentNames(orders, invoices)}).`,
  );
}

/** Refuses (400) to delete an article that a row of any order or invoice uses. */
export function assertArticleDeletable(tenant: Tenant, articleNumber: string): void {
  const uses = (rows: readonly { ArticleNumber?: string | null | undefined }[]) =>
    rows.some((r) => r.ArticleNumber === articleNumber);
  const orders = [...tenant.orders.values()].filter((o) => uses(o.OrderRows));
  const invoices = [...tenant.invoices.values()].filter((i) => uses(i.InvoiceRows));
  if (orders.length === 0 && invoices.length === 0) return;
  throw badRequest(
    FORTNOX_CODES.recordInUse,
    `Artikeln ${articleNumber} kan inte raderas eftersom den används på dokument (${documentNames(orders, invoices)}).`,
  );
}
