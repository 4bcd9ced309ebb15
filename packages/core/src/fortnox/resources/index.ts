export {
  type ArticleFilter,
  type ArticleSortBy,
  type ArticlesResource,
  createArticlesResource,
  FortnoxArticle,
  FortnoxArticleWrite,
} from './articles.js';
export {
  type AttendanceListParams,
  type AttendanceTransactionsResource,
  createAttendanceTransactionsResource,
  FortnoxAttendanceTransaction,
  FortnoxAttendanceTransactionWrite,
} from './attendance-transactions.js';
export {
  type CompanyInformationResource,
  createCompanyInformationResource,
  FortnoxCompanyInformation,
} from './company-information.js';
export {
  type CostCenterResource,
  createCostCenterResource,
  FortnoxCostCenter,
  FortnoxCostCenterWrite,
} from './cost-centers.js';
export {
  type CustomerFilter,
  type CustomerSortBy,
  type CustomersResource,
  createCustomersResource,
  FortnoxCustomer,
  FortnoxCustomerListItem,
  FortnoxCustomerWrite,
} from './customers.js';
export { FortnoxDocumentRow } from './document-schemas.js';
export {
  createEmployeesResource,
  type EmployeesResource,
  FortnoxEmployee,
  FortnoxEmployeeWrite,
} from './employees.js';
export {
  createInvoicePaymentsResource,
  FortnoxInvoicePayment,
  FortnoxInvoicePaymentWrite,
  type InvoicePaymentFilter,
  type InvoicePaymentsResource,
} from './invoice-payments.js';
export {
  createInvoicesResource,
  FortnoxInvoice,
  type InvoiceFilter,
  type InvoiceSortBy,
  type InvoicesResource,
} from './invoices.js';
export {
  createOrdersResource,
  FortnoxOrder,
  type OrderFilter,
  type OrderSortBy,
  type OrdersResource,
} from './orders.js';
export {
  createPriceListResource,
  FortnoxPriceList,
  FortnoxPriceListWrite,
  type PriceListResource,
} from './price-lists.js';
export {
  createPricesResource,
  FortnoxPrice,
  FortnoxPriceWrite,
  type PriceKey,
  type PricesResource,
} from './prices.js';
export { type CrudOperations, entityPath } from './resource-helpers.js';
export {
  createTermsOfDeliveryResource,
  FortnoxTermsOfDelivery,
  FortnoxTermsOfDeliveryWrite,
  type TermsOfDeliveryResource,
} from './terms-of-delivery.js';
export {
  createTermsOfPaymentResource,
  FortnoxTermsOfPayment,
  FortnoxTermsOfPaymentWrite,
  type TermsOfPaymentResource,
} from './terms-of-payment.js';
export { createUnitResource, FortnoxUnit, FortnoxUnitWrite, type UnitResource } from './units.js';
export {
  createWayOfDeliveryResource,
  FortnoxWayOfDelivery,
  FortnoxWayOfDeliveryWrite,
  type WayOfDeliveryResource,
} from './ways-of-delivery.js';
