import { createArticlesResource } from '../fortnox/resources/articles.js';
import { createAttendanceTransactionsResource } from '../fortnox/resources/attendance-transactions.js';
import { createCompanyInformationResource } from '../fortnox/resources/company-information.js';
import { createCostCenterResource } from '../fortnox/resources/cost-centers.js';
import { createCustomersResource } from '../fortnox/resources/customers.js';
import { createEmployeesResource } from '../fortnox/resources/employees.js';
import { createInvoicePaymentsResource } from '../fortnox/resources/invoice-payments.js';
import { createInvoicesResource } from '../fortnox/resources/invoices.js';
import { createOrdersResource } from '../fortnox/resources/orders.js';
import { createPriceListResource } from '../fortnox/resources/price-lists.js';
import { createPricesResource } from '../fortnox/resources/prices.js';
import { createTermsOfDeliveryResource } from '../fortnox/resources/terms-of-delivery.js';
import { createTermsOfPaymentResource } from '../fortnox/resources/terms-of-payment.js';
import { createUnitResource } from '../fortnox/resources/units.js';
import { createWayOfDeliveryResource } from '../fortnox/resources/ways-of-delivery.js';
import { type FortnoxClientOptions, resolveClientOptions } from './client-options.js';
import { createRequester } from './request.js';

/**
 * Creates the Fortnox REST client: one module per resource, all sharing the connection's
 * rate limiter, token handling and retry policy. `request` is the generic call underneath,
 * for endpoints without a module.
 *
 * @example
 * const connection = createFortnoxConnection({ clientId, clientSecret, connectionId: 'acme' });
 * const client = createFortnoxClient({ auth: connection });
 * for await (const customer of client.customers.list({ lastModified: since })) { ... }
 * const pdf = await client.invoices.preview('1001', { priority: 'interactive' });
 */
export function createFortnoxClient(options: FortnoxClientOptions) {
  const resolved = resolveClientOptions(options);
  const request = createRequester(resolved);
  return {
    request,
    /** The resolved options (clock, limiter...), for components built on this client. */
    options: resolved,
    customers: createCustomersResource(request),
    articles: createArticlesResource(request),
    priceLists: createPriceListResource(request),
    prices: createPricesResource(request),
    orders: createOrdersResource(request),
    invoices: createInvoicesResource(request),
    invoicePayments: createInvoicePaymentsResource(request),
    costCenters: createCostCenterResource(request),
    units: createUnitResource(request),
    termsOfDelivery: createTermsOfDeliveryResource(request),
    waysOfDelivery: createWayOfDeliveryResource(request),
    termsOfPayment: createTermsOfPaymentResource(request),
    employees: createEmployeesResource(request),
    attendanceTransactions: createAttendanceTransactionsResource(request),
    companyInformation: createCompanyInformationResource(request),
  };
}

/** The client returned by {@link createFortnoxClient}. */
export type FortnoxClient = ReturnType<typeof createFortnoxClient>;
