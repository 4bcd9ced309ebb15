import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type {
  FortnoxArticleRead,
  FortnoxAttendanceRead,
  FortnoxCustomerRead,
  FortnoxEmployeeRead,
  FortnoxInvoiceRead,
  FortnoxOrderRead,
} from './gateway-schemas.js';

/** Fortnox code registers a document refers to; a missing code fails the whole write. */
export type FortnoxCodeRegister =
  | 'costcenters'
  | 'units'
  | 'termsofdeliveries'
  | 'wayofdeliveries'
  | 'termsofpayments'
  | 'pricelists';

/**
 * How an invoice leaves Fortnox: by e-mail, by post (Fortnox prints and mails it), as an
 * e-invoice, or marked sent without Fortnox sending anything. Never `print`, which also
 * marks it sent but only hands back a PDF.
 */
export type InvoiceSendChannel = 'email' | 'eprint' | 'einvoice' | 'externalprint';

/** A new attendance transaction (`POST /3/attendancetransactions`). */
export interface AttendanceTransactionInput {
  EmployeeId: string;
  CauseCode: string;
  Date: string;
  Hours: number;
  CostCenter?: string;
}

/**
 * The Fortnox operations the workflows use (send, invoice status, PDFs, import, time
 * report). {@link createFortnoxGateway} implements it on the kit's client; reads of a
 * missing record resolve `undefined` instead of throwing.
 */
export interface FortnoxGateway {
  getOrder(documentNumber: string): Promise<FortnoxOrderRead | undefined>;
  /** Orders whose `ExternalInvoiceReference2` (the send key) equals `key` exactly. */
  findOrdersByReference(key: string): Promise<FortnoxOrderRead[]>;
  createOrder(order: FortnoxOrderInput): Promise<FortnoxOrderRead>;
  updateOrder(documentNumber: string, order: FortnoxOrderInput): Promise<FortnoxOrderRead>;
  /** `PUT /3/orders/{n}/createinvoice`. */
  createInvoiceFromOrder(documentNumber: string): Promise<FortnoxInvoiceRead>;
  /** Orders changed since `since` (epoch ms), slim list items. */
  listOrdersChangedSince(since: number): Promise<FortnoxOrderRead[]>;

  getInvoice(documentNumber: string): Promise<FortnoxInvoiceRead | undefined>;
  findInvoicesByReference(key: string): Promise<FortnoxInvoiceRead[]>;
  createInvoice(invoice: FortnoxInvoiceInput): Promise<FortnoxInvoiceRead>;
  updateInvoice(documentNumber: string, invoice: FortnoxInvoiceInput): Promise<FortnoxInvoiceRead>;
  sendInvoice(documentNumber: string, channel: InvoiceSendChannel): Promise<void>;
  listInvoicesChangedSince(since: number): Promise<FortnoxInvoiceRead[]>;

  /** `GET /3/invoices/{n}/preview`: the PDF without marking the invoice sent. */
  previewInvoice(documentNumber: string): Promise<Uint8Array>;
  /** `GET /3/orders/{n}/preview`: the order confirmation PDF without marking it sent. */
  previewOrder(documentNumber: string): Promise<Uint8Array>;

  getCustomer(customerNumber: string): Promise<FortnoxCustomerRead | undefined>;
  /** Customers matching one search field exactly (`organisationnumber`, `email`, `name`). */
  findCustomers(
    field: 'organisationnumber' | 'email' | 'name',
    value: string,
  ): Promise<FortnoxCustomerRead[]>;
  createCustomer(customer: Record<string, unknown>): Promise<FortnoxCustomerRead>;
  getArticle(articleNumber: string): Promise<FortnoxArticleRead | undefined>;
  createArticle(article: Record<string, unknown>): Promise<FortnoxArticleRead>;
  codeExists(register: FortnoxCodeRegister, code: string): Promise<boolean>;

  getEmployee(employeeId: string): Promise<FortnoxEmployeeRead | undefined>;
  listAttendance(employeeId: string): Promise<FortnoxAttendanceRead[]>;
  createAttendance(transaction: AttendanceTransactionInput): Promise<FortnoxAttendanceRead>;
  /** `PUT /3/attendancetransactions/{id}`; `undefined` when it no longer exists. */
  updateAttendance(
    id: string,
    transaction: AttendanceTransactionInput,
  ): Promise<FortnoxAttendanceRead | undefined>;
  /** `DELETE /3/attendancetransactions/{id}`; `false` when it was already gone. */
  deleteAttendance(id: string): Promise<boolean>;
}
