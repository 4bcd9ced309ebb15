import type { FortnoxRequester, RequestOptions } from '../client/request.js';
import { createArticlesResource } from '../fortnox/resources/articles.js';
import { createAttendanceTransactionsResource } from '../fortnox/resources/attendance-transactions.js';
import { createCostCenterResource } from '../fortnox/resources/cost-centers.js';
import { createCustomersResource } from '../fortnox/resources/customers.js';
import { createEmployeesResource } from '../fortnox/resources/employees.js';
import { createInvoicesResource } from '../fortnox/resources/invoices.js';
import { orMissing } from '../fortnox/resources/or-missing.js';
import { createOrdersResource } from '../fortnox/resources/orders.js';
import { createPriceListResource } from '../fortnox/resources/price-lists.js';
import { createTermsOfDeliveryResource } from '../fortnox/resources/terms-of-delivery.js';
import { createTermsOfPaymentResource } from '../fortnox/resources/terms-of-payment.js';
import { createUnitResource } from '../fortnox/resources/units.js';
import { createWayOfDeliveryResource } from '../fortnox/resources/ways-of-delivery.js';
import { formatLastModified } from '../fortnox/schemas/date-format.js';
import type { FortnoxCodeRegister, FortnoxGateway } from './fortnox-gateway.js';

/** The code registers a document refers to, by their path below `/3/`. */
function codeRegisters(request: FortnoxRequester) {
  const registers: Record<
    FortnoxCodeRegister,
    { exists(code: string, o?: RequestOptions): Promise<boolean> }
  > = {
    costcenters: createCostCenterResource(request),
    units: createUnitResource(request),
    termsofdeliveries: createTermsOfDeliveryResource(request),
    wayofdeliveries: createWayOfDeliveryResource(request),
    termsofpayments: createTermsOfPaymentResource(request),
    pricelists: createPriceListResource(request),
  };
  return registers;
}

/**
 * The {@link FortnoxGateway} over the resource modules (`fortnox/resources`), on the kit's
 * request function: paced, authorized and retried by the client; writes are never retried
 * blindly (the send workflow looks up first). Every call is interactive: sending, PDFs and
 * imports go before background sync in the connection's queue.
 */
export function createFortnoxGateway(request: FortnoxRequester): FortnoxGateway {
  const at = { priority: 'interactive' } as const;
  const orders = createOrdersResource(request);
  const invoices = createInvoicesResource(request);
  const customers = createCustomersResource(request);
  const articles = createArticlesResource(request);
  const employees = createEmployeesResource(request);
  const attendance = createAttendanceTransactionsResource(request);
  const registers = codeRegisters(request);
  // Fortnox's `lastmodified` has minute precision: a minute's overlap loses no change.
  const since = (ms: number) => ({ ...at, lastModified: formatLastModified(ms - 60_000) });

  return {
    getOrder: (n) => orMissing(orders.get(n, at)),
    findOrdersByReference: (key) => orders.findByReference(key, at),
    createOrder: (order) => orders.create(order, at),
    updateOrder: (n, order) => orders.update(n, order, at),
    createInvoiceFromOrder: (n) => orders.createInvoice(n, at),
    listOrdersChangedSince: (ms) => orders.list(since(ms)).toArray(),

    getInvoice: (n) => orMissing(invoices.get(n, at)),
    findInvoicesByReference: (key) => invoices.findByReference(key, at),
    createInvoice: (invoice) => invoices.create(invoice, at),
    updateInvoice: (n, invoice) => invoices.update(n, invoice, at),
    sendInvoice: (n, channel) => invoices.send(n, channel, at),
    listInvoicesChangedSince: (ms) => invoices.list(since(ms)).toArray(),

    previewInvoice: (n) => invoices.preview(n, at),
    previewOrder: (n) => orders.preview(n, at),

    getCustomer: (nr) => orMissing(customers.get(nr, at)),
    findCustomers: (field, value) => customers.find(field, value, at),
    createCustomer: (customer) => customers.create(customer, at),
    getArticle: (nr) => orMissing(articles.get(nr, at)),
    createArticle: (article) => articles.create(article, at),
    codeExists: (register, code) => registers[register].exists(code, at),

    getEmployee: (id) => orMissing(employees.get(id, at)),
    listAttendance: (employeeId) => attendance.list({ ...at, employeeId }).toArray(),
    createAttendance: (transaction) => attendance.create(transaction, at),
    updateAttendance: (id, transaction) => orMissing(attendance.update(id, transaction, at)),
    deleteAttendance: async (id) =>
      (await orMissing(attendance.delete(id, at).then(() => true))) ?? false,
  };
}
