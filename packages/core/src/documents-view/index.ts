export {
  type DocumentsViewDeps,
  type PdfDocument,
  viewConfirmationPdf,
  viewInvoicePdf,
} from './view-documents.js';
