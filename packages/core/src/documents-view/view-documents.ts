import type { FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { HostOrders } from '../send/host-orders.js';

/** Dependencies of the PDF views. */
export interface DocumentsViewDeps {
  gateway: FortnoxGateway;
  hostOrders: HostOrders;
}

/** A PDF to hand to the browser. */
export interface PdfDocument {
  fileName: string;
  bytes: Uint8Array;
}

async function sentOrder(deps: DocumentsViewDeps, orderId: string) {
  const order = await deps.hostOrders.findById(orderId);
  if (!order) throw new WorkflowError('not_found', `Order ${orderId} was not found.`);
  return order;
}

/**
 * "Visa faktura": the Fortnox invoice of a host order as a PDF, through `preview` so the
 * invoice stays unsent in Fortnox (never `print`, which marks it sent).
 *
 * @example const { bytes } = await viewInvoicePdf(deps, 'o1')
 */
export async function viewInvoicePdf(
  deps: DocumentsViewDeps,
  orderId: string,
): Promise<PdfDocument> {
  const order = await sentOrder(deps, orderId);
  const reference = order.integrationReference;
  let invoiceNumber = reference?.target === 'invoice' ? reference.documentNumber : undefined;
  if (reference?.target === 'order') {
    invoiceNumber = (await deps.gateway.getOrder(reference.documentNumber))?.InvoiceReference;
  }
  if (!invoiceNumber) {
    throw new WorkflowError(
      'invoice_not_found',
      reference
        ? `Order ${order.number} has not been invoiced in Fortnox yet.`
        : `Order ${order.number} has not been sent to Fortnox.`,
    );
  }
  return {
    fileName: `faktura-${invoiceNumber}.pdf`,
    bytes: await deps.gateway.previewInvoice(invoiceNumber),
  };
}

/**
 * The integration-reference link: the order confirmation of the Fortnox order (or the
 * invoice preview when the order was sent as an invoice), without marking anything sent.
 */
export async function viewConfirmationPdf(
  deps: DocumentsViewDeps,
  orderId: string,
): Promise<PdfDocument> {
  const order = await sentOrder(deps, orderId);
  const reference = order.integrationReference;
  if (!reference) {
    throw new WorkflowError('not_found', `Order ${order.number} has not been sent to Fortnox.`);
  }
  if (reference.target === 'invoice') {
    return {
      fileName: `faktura-${reference.documentNumber}.pdf`,
      bytes: await deps.gateway.previewInvoice(reference.documentNumber),
    };
  }
  return {
    fileName: `orderbekraftelse-${reference.documentNumber}.pdf`,
    bytes: await deps.gateway.previewOrder(reference.documentNumber),
  };
}
