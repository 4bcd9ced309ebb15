import { z } from 'zod';
import { createFortnoxList } from '../client/paginate.js';
import type { FortnoxRequester } from '../client/request.js';
import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { formatLastModified } from '../fortnox/schemas/date-format.js';
import { normalizeEmail, normalizeOrganisationNumber } from '../host-registers/host-registers.js';
import type { FortnoxCodeRegister, FortnoxGateway, InvoiceSendChannel } from './fortnox-gateway.js';
import {
  FortnoxArticleRead,
  FortnoxAttendanceRead,
  FortnoxCustomerRead,
  FortnoxEmployeeRead,
  FortnoxInvoiceRead,
  FortnoxOrderRead,
} from './gateway-schemas.js';

const enc = encodeURIComponent;
const wrapped = <S extends z.ZodType>(key: string, schema: S) =>
  z
    .object({ [key]: schema })
    .transform((data) => (data as Record<string, unknown>)[key] as z.output<S>);

const OrderBody = wrapped('Order', FortnoxOrderRead);
const InvoiceBody = wrapped('Invoice', FortnoxInvoiceRead);
const CustomerBody = wrapped('Customer', FortnoxCustomerRead);
const ArticleBody = wrapped('Article', FortnoxArticleRead);
const EmployeeBody = wrapped('Employee', FortnoxEmployeeRead);
const AttendanceBody = wrapped('AttendanceTransaction', FortnoxAttendanceRead);

/** Resolves `undefined` for a 404 instead of throwing. */
async function orMissing<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isFortnoxApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * The {@link FortnoxGateway} on the kit's request function: paced, authorized and retried
 * by the client; writes are never retried blindly (the send workflow looks up first).
 * Interactive calls (sending, PDFs) go before background sync in the connection's queue.
 */
export function createFortnoxGateway(request: FortnoxRequester): FortnoxGateway {
  const priority = 'interactive' as const;
  const list = <S extends z.ZodType>(
    path: string,
    listKey: string,
    item: S,
    params: Parameters<typeof createFortnoxList>[1],
  ) => createFortnoxList({ request, path, listKey, item }, { priority, ...params }).toArray();
  const since = (ms: number) => formatLastModified(ms - 60_000);

  return {
    getOrder: (n) =>
      orMissing(request({ method: 'GET', path: `orders/${enc(n)}`, schema: OrderBody, priority })),
    async findOrdersByReference(key) {
      const items = await list('orders', 'Orders', FortnoxOrderRead, {
        search: { externalinvoicereference2: key },
      });
      return items.filter((o) => o.ExternalInvoiceReference2 === key);
    },
    createOrder: (order) =>
      request({
        method: 'POST',
        path: 'orders',
        body: { Order: order },
        schema: OrderBody,
        priority,
      }),
    updateOrder: (n, order) =>
      request({
        method: 'PUT',
        path: `orders/${enc(n)}`,
        body: { Order: order },
        schema: OrderBody,
        priority,
      }),
    createInvoiceFromOrder: (n) =>
      request({
        method: 'PUT',
        path: `orders/${enc(n)}/createinvoice`,
        schema: InvoiceBody,
        priority,
      }),
    listOrdersChangedSince: (ms) =>
      list('orders', 'Orders', FortnoxOrderRead, { lastModified: since(ms) }),

    getInvoice: (n) =>
      orMissing(
        request({ method: 'GET', path: `invoices/${enc(n)}`, schema: InvoiceBody, priority }),
      ),
    async findInvoicesByReference(key) {
      const items = await list('invoices', 'Invoices', FortnoxInvoiceRead, {
        search: { externalinvoicereference2: key },
      });
      return items.filter((i) => i.ExternalInvoiceReference2 === key);
    },
    createInvoice: (invoice) =>
      request({
        method: 'POST',
        path: 'invoices',
        body: { Invoice: invoice },
        schema: InvoiceBody,
        priority,
      }),
    updateInvoice: (n, invoice) =>
      request({
        method: 'PUT',
        path: `invoices/${enc(n)}`,
        body: { Invoice: invoice },
        schema: InvoiceBody,
        priority,
      }),
    async sendInvoice(n, channel: InvoiceSendChannel) {
      const method = channel === 'externalprint' ? 'PUT' : 'GET';
      // e-mail/e-print/e-invoice dispatch a document: not idempotent, never retried blindly.
      // The body (the invoice) is read and dropped: cancelling an unread mocked stream can hang.
      await request({ method, path: `invoices/${enc(n)}/${channel}`, idempotent: false, priority });
    },
    listInvoicesChangedSince: (ms) =>
      list('invoices', 'Invoices', FortnoxInvoiceRead, { lastModified: since(ms) }),

    previewInvoice: (n) =>
      request({
        method: 'GET',
        path: `invoices/${enc(n)}/preview`,
        responseType: 'pdf',
        priority,
      }) as Promise<Uint8Array>,
    previewOrder: (n) =>
      request({
        method: 'GET',
        path: `orders/${enc(n)}/preview`,
        responseType: 'pdf',
        priority,
      }) as Promise<Uint8Array>,

    getCustomer: (nr) =>
      orMissing(
        request({ method: 'GET', path: `customers/${enc(nr)}`, schema: CustomerBody, priority }),
      ),
    async findCustomers(field, value) {
      if (field === 'name') {
        // Fortnox searches by substring: compare the whole name here.
        const items = await list('customers', 'Customers', FortnoxCustomerRead, {
          search: { name: value },
        });
        return items.filter((c) => c.Name === value);
      }
      if (field === 'email') {
        const wanted = normalizeEmail(value);
        if (!wanted) return [];
        const items = await list('customers', 'Customers', FortnoxCustomerRead, {
          search: { email: wanted },
        });
        return items.filter((c) => normalizeEmail(c.Email) === wanted);
      }
      // Stored with or without the hyphen: search the last four digits, compare all ten.
      const wanted = normalizeOrganisationNumber(value);
      if (wanted.length < 4) return [];
      const items = await list('customers', 'Customers', FortnoxCustomerRead, {
        search: { organisationnumber: wanted.slice(-4) },
      });
      return items.filter((c) => normalizeOrganisationNumber(c.OrganisationNumber) === wanted);
    },
    createCustomer: (customer) =>
      request({
        method: 'POST',
        path: 'customers',
        body: { Customer: customer },
        schema: CustomerBody,
        priority,
      }),
    getArticle: (nr) =>
      orMissing(
        request({ method: 'GET', path: `articles/${enc(nr)}`, schema: ArticleBody, priority }),
      ),
    createArticle: (article) =>
      request({
        method: 'POST',
        path: 'articles',
        body: { Article: article },
        schema: ArticleBody,
        priority,
      }),
    async codeExists(register: FortnoxCodeRegister, code) {
      const found = await orMissing(
        request({ method: 'GET', path: `${register}/${enc(code)}`, priority }),
      );
      return found !== undefined;
    },

    getEmployee: (id) =>
      orMissing(
        request({ method: 'GET', path: `employees/${enc(id)}`, schema: EmployeeBody, priority }),
      ),
    listAttendance: (employeeId) =>
      list('attendancetransactions', 'AttendanceTransactions', FortnoxAttendanceRead, {
        search: { employeeid: employeeId },
      }),
    createAttendance: (transaction) =>
      request({
        method: 'POST',
        path: 'attendancetransactions',
        body: { AttendanceTransaction: transaction },
        schema: AttendanceBody,
        priority,
      }),
    updateAttendance: (id, transaction) =>
      orMissing(
        request({
          method: 'PUT',
          path: `attendancetransactions/${enc(id)}`,
          body: { AttendanceTransaction: transaction },
          schema: AttendanceBody,
          // The whole transaction is written: sending it twice is harmless.
          idempotent: true,
          priority,
        }),
      ),
    async deleteAttendance(id) {
      const path = `attendancetransactions/${enc(id)}`;
      const gone = request({
        method: 'DELETE',
        path,
        responseType: 'none',
        idempotent: true,
        priority,
      });
      return (await orMissing(gone.then(() => true))) ?? false;
    },
  };
}
