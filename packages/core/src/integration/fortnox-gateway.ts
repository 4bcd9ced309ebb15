import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { FortnoxArticle, FortnoxArticleWrite } from '../fortnox/resources/articles.js';
import type {
  FortnoxAttendanceTransaction,
  FortnoxAttendanceTransactionWrite,
} from '../fortnox/resources/attendance-transactions.js';
import type { CustomerSearchField } from '../fortnox/resources/customer-search.js';
import type {
  FortnoxCustomer,
  FortnoxCustomerListItem,
  FortnoxCustomerWrite,
} from '../fortnox/resources/customers.js';
import type { FortnoxEmployee } from '../fortnox/resources/employees.js';
import type { FortnoxInvoice, InvoiceSendChannel } from '../fortnox/resources/invoices.js';
import type { FortnoxOrder } from '../fortnox/resources/orders.js';

export type { InvoiceSendChannel };

/** Fortnox code registers a document refers to; a missing code fails the whole write. */
export type FortnoxCodeRegister =
  | 'costcenters'
  | 'units'
  | 'termsofdeliveries'
  | 'wayofdeliveries'
  | 'termsofpayments'
  | 'pricelists';

/**
 * The Fortnox operations the workflows use (send, invoice status, PDFs, import, time
 * report), over the resources in `fortnox/resources`: {@link createFortnoxGateway} delegates
 * each to one resource call, at interactive priority; reads of a missing record resolve
 * `undefined` instead of throwing.
 */
export interface FortnoxGateway {
  getOrder(documentNumber: string): Promise<FortnoxOrder | undefined>;
  /** Orders whose `ExternalInvoiceReference2` (the send key) equals `key` exactly. */
  findOrdersByReference(key: string): Promise<FortnoxOrder[]>;
  createOrder(order: FortnoxOrderInput): Promise<FortnoxOrder>;
  updateOrder(documentNumber: string, order: FortnoxOrderInput): Promise<FortnoxOrder>;
  /** `PUT /3/orders/{n}/createinvoice`. */
  createInvoiceFromOrder(documentNumber: string): Promise<FortnoxInvoice>;
  /** Orders changed since `since` (epoch ms), slim list items. */
  listOrdersChangedSince(since: number): Promise<FortnoxOrder[]>;

  getInvoice(documentNumber: string): Promise<FortnoxInvoice | undefined>;
  findInvoicesByReference(key: string): Promise<FortnoxInvoice[]>;
  createInvoice(invoice: FortnoxInvoiceInput): Promise<FortnoxInvoice>;
  updateInvoice(documentNumber: string, invoice: FortnoxInvoiceInput): Promise<FortnoxInvoice>;
  sendInvoice(documentNumber: string, channel: InvoiceSendChannel): Promise<void>;
  listInvoicesChangedSince(since: number): Promise<FortnoxInvoice[]>;

  /** `GET /3/invoices/{n}/preview`: the PDF without marking the invoice sent. */
  previewInvoice(documentNumber: string): Promise<Uint8Array>;
  /** `GET /3/orders/{n}/preview`: the order confirmation PDF without marking it sent. */
  previewOrder(documentNumber: string): Promise<Uint8Array>;

  getCustomer(customerNumber: string): Promise<FortnoxCustomer | undefined>;
  /** Customers matching one search field exactly (`organisationnumber`, `email`, `name`). */
  findCustomers(field: CustomerSearchField, value: string): Promise<FortnoxCustomerListItem[]>;
  createCustomer(customer: FortnoxCustomerWrite): Promise<FortnoxCustomer>;
  getArticle(articleNumber: string): Promise<FortnoxArticle | undefined>;
  createArticle(article: FortnoxArticleWrite): Promise<FortnoxArticle>;
  codeExists(register: FortnoxCodeRegister, code: string): Promise<boolean>;

  getEmployee(employeeId: string): Promise<FortnoxEmployee | undefined>;
  listAttendance(employeeId: string): Promise<FortnoxAttendanceTransaction[]>;
  createAttendance(
    transaction: FortnoxAttendanceTransactionWrite,
  ): Promise<FortnoxAttendanceTransaction>;
  /** `PUT /3/attendancetransactions/{id}`; `undefined` when it no longer exists. */
  updateAttendance(
    id: string,
    transaction: FortnoxAttendanceTransactionWrite,
  ): Promise<FortnoxAttendanceTransaction | undefined>;
  /** `DELETE /3/attendancetransactions/{id}`; `false` when it was already gone. */
  deleteAttendance(id: string): Promise<boolean>;
}
