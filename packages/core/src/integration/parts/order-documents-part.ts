import { viewConfirmationPdf, viewInvoicePdf } from '../../documents-view/view-documents.js';
import { exportArticlesCsv } from '../../host-registers/article-csv.js';
import { importOrder } from '../../order-import/import-order.js';
import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The facade's members for Fortnox documents: the PDFs, order import and the article CSV. */
export type OrderDocumentsPart = Pick<
  Integration,
  'invoicePdf' | 'confirmationPdf' | 'importOrder' | 'exportArticlesCsv'
>;

/** Builds {@link OrderDocumentsPart}; each Fortnox call needs a connection. */
export function createOrderDocumentsPart(context: IntegrationContext): OrderDocumentsPart {
  const { gateway, tracker, requireConnected, workflowDeps } = context;
  return {
    async invoicePdf(orderId, user) {
      await requireConnected();
      return viewInvoicePdf({ gateway, hostOrders: workflowDeps(user).hostOrders }, orderId);
    },
    async confirmationPdf(orderId, user) {
      await requireConnected();
      return viewConfirmationPdf({ gateway, hostOrders: workflowDeps(user).hostOrders }, orderId);
    },
    async importOrder(fortnoxOrderNumber, user) {
      await requireConnected();
      const imported = await importOrder(workflowDeps(user), fortnoxOrderNumber);
      await tracker.track(imported.orderId, {
        target: 'order',
        documentNumber: imported.documentNumber,
      });
      return imported;
    },
    exportArticlesCsv: (user) =>
      exportArticlesCsv(context.options.registers(context.scopeOf(user)).articles),
  };
}
