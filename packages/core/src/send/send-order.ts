import type { FortnoxTarget, Order } from '../host/index.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { JournalKey } from '../store/records.js';
import { deliverInvoice, invoiceFromOrder } from './deliver-invoice.js';
import { createArticles } from './ensure-articles.js';
import { sendKey } from './idempotency-key.js';
import { clearLastSendError, recordLastSendError } from './last-send-error.js';
import { withOrderLock } from './order-lock.js';
import { parseHostOrder } from './parse-host-order.js';
import { billedCustomer, partyDeps, prepare } from './prepare-send.js';
import { resendOrder } from './resend-order.js';
import type { SendDeps, SendResult } from './send-deps.js';
import { writeOnce } from './write-once.js';

/**
 * "Skicka till Fortnox": sends a host order to Fortnox exactly once, as an order or an
 * invoice (setting 14), and does what the settings ask after it (36 create and send the
 * invoice, 18 mark invoiced). With setting 19 a sent order can be sent again: the same
 * Fortnox document is updated, never duplicated, and refused once invoiced.
 *
 * @example const result = await sendOrder(deps, 'o1') // { target: 'order', documentNumber: '17', ... }
 */
export function sendOrder(deps: SendDeps, orderId: string): Promise<SendResult> {
  return withOrderLock(deps, orderId, async () => {
    try {
      const result = await sendLocked(deps, orderId);
      await clearLastSendError(deps, orderId);
      return result;
    } catch (error) {
      await recordLastSendError(deps, orderId, error);
      throw error;
    }
  });
}

async function sendLocked(deps: SendDeps, orderId: string): Promise<SendResult> {
  const found = await deps.hostOrders.findById(orderId);
  if (!found) {
    throw new WorkflowError('not_found', `Order ${orderId} was not found.`, {
      userMessage: {
        sv: `Ordern (${orderId}) hittades inte. Ladda om sidan; den kan ha tagits bort.`,
        en: `The order (${orderId}) was not found. Reload the page; it may have been deleted.`,
      },
    });
  }
  // The host's data as the schema reads it, before any mapping or write (issue 19).
  const order = parseHostOrder(found);
  const settings = await deps.settings();
  if (order.invoiced) {
    throw new WorkflowError('already_invoiced', `Order ${order.number} is already invoiced.`, {
      userMessage: {
        sv: `Order ${order.number} är redan fakturerad och kan inte skickas igen. Gör ändringar i Fortnox.`,
        en: `Order ${order.number} is already invoiced and cannot be sent again. Make changes in Fortnox.`,
      },
    });
  }
  if (order.integrationReference) {
    if (!settings.allowSendBeforeReady) {
      throw new WorkflowError(
        'resend_not_allowed',
        `Order ${order.number} is already in Fortnox (${order.integrationReference.target} ${order.integrationReference.documentNumber}). Sending again needs the setting "Möjliggör sändning av order innan den är klar för fakturering".`,
        { field: 'allowSendBeforeReady', userMessage: alreadySent(order) },
      );
    }
    return resendOrder(deps, order, settings);
  }
  if (!order.readyForInvoicing && !settings.allowSendBeforeReady) {
    throw new WorkflowError(
      'order_not_ready',
      `Order ${order.number} is not ready for invoicing yet.`,
      {
        field: 'allowSendBeforeReady',
        userMessage: {
          sv: `Order ${order.number} är inte klar för fakturering. Markera den som klar (eller slå på "Möjliggör sändning av order innan den är klar för fakturering") och skicka igen.`,
          en: `Order ${order.number} is not ready for invoicing. Mark it ready (or turn on "Möjliggör sändning av order innan den är klar för fakturering") and send again.`,
        },
      },
    );
  }
  const key: JournalKey = {
    connectionId: deps.connectionId,
    hostOrderId: order.id,
    idempotencyKey: await sendKey(deps.connectionId, order.id),
  };
  const journal = await deps.store.getJournalEntry(key);
  if (journal?.state === 'committed' && journal.documentNumber) {
    // Written before a crash, but the steps after it did not finish.
    return finishSend(deps, order, settings, journal.target, journal.documentNumber, false, []);
  }
  const prepared = await prepare(deps, order, settings);
  const { mapped } = prepared;
  const number = await billedCustomer(deps, prepared);
  await createArticles(partyDeps(deps), prepared.missingArticles);
  const written = await writeOnce(deps, {
    key,
    target: mapped.target,
    document: { ...mapped.document, CustomerNumber: number },
  });
  return finishSend(
    deps,
    order,
    settings,
    written.target,
    written.documentNumber,
    written.written,
    mapped.warnings ?? [],
  );
}

async function finishSend(
  deps: SendDeps,
  order: Order,
  settings: IntegrationSettings,
  target: FortnoxTarget,
  documentNumber: string,
  created: boolean,
  warnings: SendResult['warnings'],
): Promise<SendResult> {
  await deps.hostOrders.update(order.id, { integrationReference: { target, documentNumber } });
  let invoiceNumber = target === 'invoice' ? documentNumber : undefined;
  let invoiceSent = false;
  if (settings.sendInvoiceAfterTransfer) {
    invoiceNumber ??= await invoiceFromOrder(deps.gateway, documentNumber);
    invoiceSent = await deliverInvoice(deps.gateway, invoiceNumber);
  }
  let invoiced = order.invoiced;
  if (settings.markInvoicedOnSend && !invoiced) {
    await deps.hostOrders.update(order.id, { invoiced: true });
    invoiced = true;
  }
  return {
    orderId: order.id,
    target,
    documentNumber,
    created,
    updated: false,
    invoiceNumber,
    invoiceSent,
    invoiced,
    warnings,
  };
}

function alreadySent(order: Order) {
  const ref = order.integrationReference;
  const doc = ref ? `${ref.target === 'order' ? 'order' : 'faktura'} ${ref.documentNumber}` : '';
  const docEn = ref ? `${ref.target} ${ref.documentNumber}` : '';
  return {
    sv: `Order ${order.number} finns redan i Fortnox (${doc}). Ändra den i Fortnox, eller be en administratör slå på "Möjliggör sändning av order innan den är klar för fakturering" för att skicka igen.`,
    en: `Order ${order.number} is already in Fortnox (${docEn}). Change it in Fortnox, or ask an administrator to turn on "Möjliggör sändning av order innan den är klar för fakturering" to send again.`,
  };
}
