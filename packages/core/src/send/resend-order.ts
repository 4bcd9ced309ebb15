import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { FortnoxInvoice } from '../fortnox/resources/invoices.js';
import type { FortnoxOrder } from '../fortnox/resources/orders.js';
import type { Order } from '../host/index.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import { createArticles } from './ensure-articles.js';
import { billedCustomer, partyDeps, prepare } from './prepare-send.js';
import { withRowIds } from './resend-rows.js';
import type { SendDeps, SendResult } from './send-deps.js';
import { isUncertainFailure } from './write-once.js';

/**
 * Setting 19: sends an already sent order again. The same Fortnox document is updated (rows
 * matched by RowId from a fresh read), never a second one created; an order Fortnox has
 * invoiced (or an invoice already sent or booked) is refused with `already_invoiced`.
 * A PUT that failed uncertainly is simply redone from a fresh read: the result converges.
 */
export async function resendOrder(
  deps: SendDeps,
  order: Order,
  settings: IntegrationSettings,
): Promise<SendResult> {
  const reference = order.integrationReference;
  if (!reference) throw new Error('resendOrder needs a sent order');
  const { documentNumber, target } = reference;
  await readUpdatable(deps, target, documentNumber, order);
  const prepared = await prepare(deps, order, settings);
  const { mapped } = prepared;
  if (mapped.target !== target) {
    throw new WorkflowError(
      'resend_not_allowed',
      `Order ${order.number} was sent as a Fortnox ${target}; with the current setting "Skapa faktura direkt" it would become a ${mapped.target}. Change the setting back to update it.`,
      { field: 'createInvoiceDirectly' },
    );
  }
  const customerNumber = await billedCustomer(deps, prepared);
  await createArticles(partyDeps(deps), prepared.missingArticles);
  for (let attempt = 1; ; attempt++) {
    const current = await readUpdatable(deps, target, documentNumber, order);
    try {
      if (target === 'order') {
        const doc = mapped.document as FortnoxOrderInput;
        const rows = withRowIds(doc.OrderRows ?? [], (current as FortnoxOrder).OrderRows ?? []);
        await deps.gateway.updateOrder(documentNumber, {
          ...doc,
          CustomerNumber: customerNumber,
          OrderRows: rows,
        });
      } else {
        const doc = mapped.document as FortnoxInvoiceInput;
        const rows = withRowIds(
          doc.InvoiceRows ?? [],
          (current as FortnoxInvoice).InvoiceRows ?? [],
        );
        await deps.gateway.updateInvoice(documentNumber, {
          ...doc,
          CustomerNumber: customerNumber,
          InvoiceRows: rows,
        });
      }
      break;
    } catch (error) {
      if (!isUncertainFailure(error) || attempt >= 3) throw error;
    }
  }
  return {
    orderId: order.id,
    target,
    documentNumber,
    created: false,
    updated: true,
    invoiceNumber: target === 'invoice' ? documentNumber : undefined,
    invoiceSent: false,
    invoiced: order.invoiced,
    warnings: mapped.warnings ?? [],
  };
}

/** Reads the sent document and refuses when it can no longer be changed. */
async function readUpdatable(
  deps: SendDeps,
  target: 'order' | 'invoice',
  documentNumber: string,
  order: Order,
) {
  if (target === 'order') {
    const current = await deps.gateway.getOrder(documentNumber);
    if (!current) throw gone(order, target, documentNumber);
    if (current.InvoiceReference) {
      throw new WorkflowError(
        'already_invoiced',
        `Fortnox order ${documentNumber} has already been invoiced (invoice ${current.InvoiceReference}) and can no longer be changed from ${order.number}.`,
      );
    }
    if (current.Cancelled) {
      throw new WorkflowError(
        'resend_not_allowed',
        `Fortnox order ${documentNumber} is cancelled.`,
      );
    }
    return current;
  }
  const current = await deps.gateway.getInvoice(documentNumber);
  if (!current) throw gone(order, target, documentNumber);
  if (current.Sent || current.Booked || current.Cancelled) {
    throw new WorkflowError(
      'already_invoiced',
      `Fortnox invoice ${documentNumber} is already ${current.Cancelled ? 'cancelled' : current.Booked ? 'booked' : 'sent'} and can no longer be changed from ${order.number}.`,
    );
  }
  return current;
}

function gone(order: Order, target: string, documentNumber: string) {
  return new WorkflowError(
    'fortnox_order_not_found',
    `The Fortnox ${target} ${documentNumber} of ${order.number} no longer exists in Fortnox.`,
  );
}
