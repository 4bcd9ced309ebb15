import type { FortnoxGateway, InvoiceSendChannel } from '../integration/fortnox-gateway.js';
import { isUncertainFailure } from './write-once.js';

/**
 * The channel for a customer's invoice delivery type (`DefaultDeliveryTypes.Invoice`):
 * e-mail, e-invoice, or by post through Fortnox for `PRINT` and unset (decisions/062).
 */
export function invoiceChannel(deliveryType: string | undefined): InvoiceSendChannel {
  switch ((deliveryType ?? '').toUpperCase()) {
    case 'EMAIL':
      return 'email';
    case 'ELECTRONICINVOICE':
    case 'EINVOICE':
      return 'einvoice';
    default:
      return 'eprint';
  }
}

/**
 * Sends an invoice from Fortnox by the customer's delivery type (setting 36), once: an
 * invoice already marked sent is left alone, and after an uncertain failure the invoice is
 * read again before anything is repeated. Returns whether the invoice is sent.
 */
export async function deliverInvoice(
  gateway: FortnoxGateway,
  invoiceNumber: string,
): Promise<boolean> {
  const invoice = await gateway.getInvoice(invoiceNumber);
  if (!invoice) return false;
  if (invoice.Sent) return true;
  const customer = invoice.CustomerNumber
    ? await gateway.getCustomer(invoice.CustomerNumber)
    : undefined;
  try {
    await gateway.sendInvoice(
      invoiceNumber,
      invoiceChannel(customer?.DefaultDeliveryTypes?.Invoice),
    );
    return true;
  } catch (error) {
    if (isUncertainFailure(error) && (await gateway.getInvoice(invoiceNumber))?.Sent) return true;
    throw error;
  }
}

/**
 * The invoice of a Fortnox order, creating it from the order once (setting 36): an order
 * that already has an `InvoiceReference` is not invoiced again, also after an uncertain
 * failure of `createinvoice`.
 */
export async function invoiceFromOrder(
  gateway: FortnoxGateway,
  orderNumber: string,
): Promise<string> {
  const order = await gateway.getOrder(orderNumber);
  if (order?.InvoiceReference) return order.InvoiceReference;
  try {
    return (await gateway.createInvoiceFromOrder(orderNumber)).DocumentNumber;
  } catch (error) {
    const reread = isUncertainFailure(error) ? await gateway.getOrder(orderNumber) : undefined;
    if (reread?.InvoiceReference) return reread.InvoiceReference;
    throw error;
  }
}
