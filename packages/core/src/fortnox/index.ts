/**
 * `@fortnox-kit/core/fortnox`: the typed Fortnox API layer for advanced use (decisions/081):
 * the client and its resources, the OAuth connection and token stores, the rate limiter, and
 * the schemas of what Fortnox reads and writes. A host that only uses `createIntegration`
 * never needs it; `integration.client` and `integration.connection` are these objects.
 *
 * Each `// ##` comment below names a group of docs/api.md.
 */

// ## Client

export {
  type AccessTokenProvider,
  type GetAccessTokenOptions,
  staticAccessToken,
} from '../client/access-token-provider.js';
export { FORTNOX_API_BASE_URL, type FortnoxClientOptions } from '../client/client-options.js';
export { createFortnoxClient, type FortnoxClient } from '../client/create-fortnox-client.js';
export { createRedactingLogger, silentLogger } from '../client/logger.js';
export {
  FORTNOX_MAX_PAGE_SIZE,
  type FortnoxList,
  type FortnoxPage,
  type ListParams,
} from '../client/paginate.js';
export type { FortnoxRequestSpec, RequestOptions, SearchParamValue } from '../client/request.js';
export { DEFAULT_RETRY_OPTIONS, type RetryOptions } from '../client/retry-policy.js';

// ## Connection and tokens

export {
  type AuthorizeUrl,
  type AuthorizeUrlOptions,
  buildAuthorizeUrl,
  FORTNOX_AUTH_BASE_URL,
} from '../connection/authorize-url.js';
export {
  createFortnoxConnection,
  type ExchangeCodeOptions,
  type FortnoxConnection,
  type FortnoxConnectionOptions,
} from '../connection/fortnox-connection.js';
export { createInProcessLock, type Lock } from '../connection/lock.js';
export {
  createMemoryTokenStore,
  StoredTokens,
  type TokenStore,
} from '../connection/token-store.js';
export {
  createStateStoreTokenStore,
  type StateStoreTokenStoreOptions,
} from '../store/token-store-adapter.js';

// ## Rate limiting

export type { AcquireOptions, RateLimiter, RequestPriority } from '../rate-limit/rate-limiter.js';
export {
  createSlidingWindowRateLimiter,
  FORTNOX_RATE_LIMIT,
  type SlidingWindowRateLimiterOptions,
} from '../rate-limit/sliding-window-rate-limiter.js';

// ## Resource schemas

export {
  type ArticleFilter,
  type ArticleSortBy,
  FortnoxArticle,
  FortnoxArticleWrite,
} from './resources/articles.js';
export {
  type AttendanceListParams,
  FortnoxAttendanceTransaction,
  FortnoxAttendanceTransactionWrite,
} from './resources/attendance-transactions.js';
export { FortnoxCompanyInformation } from './resources/company-information.js';
export { FortnoxCostCenter, FortnoxCostCenterWrite } from './resources/cost-centers.js';
export type { CustomerSearchField } from './resources/customer-search.js';
export {
  type CustomerFilter,
  type CustomerSortBy,
  FortnoxCustomer,
  FortnoxCustomerListItem,
  FortnoxCustomerWrite,
} from './resources/customers.js';
export { FortnoxDocumentRow } from './resources/document-schemas.js';
export { FortnoxEmployee, FortnoxEmployeeWrite } from './resources/employees.js';
export {
  FortnoxInvoicePayment,
  FortnoxInvoicePaymentWrite,
  type InvoicePaymentFilter,
} from './resources/invoice-payments.js';
export {
  FortnoxInvoice,
  type InvoiceFilter,
  type InvoiceSendChannel,
  type InvoiceSortBy,
} from './resources/invoices.js';
export { FortnoxOrder, type OrderFilter, type OrderSortBy } from './resources/orders.js';
export { FortnoxPriceList, FortnoxPriceListWrite } from './resources/price-lists.js';
export { FortnoxPrice, FortnoxPriceWrite, type PriceKey } from './resources/prices.js';
export {
  FortnoxTermsOfDelivery,
  FortnoxTermsOfDeliveryWrite,
} from './resources/terms-of-delivery.js';
export { FortnoxTermsOfPayment, FortnoxTermsOfPaymentWrite } from './resources/terms-of-payment.js';
export { FortnoxUnit, FortnoxUnitWrite } from './resources/units.js';
export { FortnoxWayOfDelivery, FortnoxWayOfDeliveryWrite } from './resources/ways-of-delivery.js';

// ## Documents Fortnox accepts

export { FortnoxInvoiceInput, FortnoxOrderInput } from './documents/documents.js';
export { FortnoxInvoiceRowInput, FortnoxOrderRowInput } from './documents/rows.js';

// ## Text rules

export {
  type CleanedText,
  checkFortnoxText,
  DEFAULT_CHARACTER_REPLACEMENTS,
  FORTNOX_IDENTIFIER_PATTERN,
  FORTNOX_LIMITS,
  FORTNOX_TEXT_PATTERN,
  type FortnoxLimitName,
  findInvalidCharacters,
  isFortnoxText,
  replaceInvalidCharacters,
  type TextIssue,
} from './text-rules.js';
