export {
  type AccessTokenProvider,
  type GetAccessTokenOptions,
  staticAccessToken,
} from './access-token-provider.js';
export {
  FORTNOX_API_BASE_URL,
  type FortnoxClientOptions,
  type ResolvedClientOptions,
  resolveClientOptions,
} from './client-options.js';
export { createFortnoxClient, type FortnoxClient } from './create-fortnox-client.js';
export { createRedactingLogger, type FortnoxLogger, silentLogger } from './logger.js';
export {
  createFortnoxList,
  FORTNOX_MAX_PAGE_SIZE,
  type FortnoxList,
  type FortnoxPage,
  type ListParams,
  listSearchParams,
} from './paginate.js';
export {
  createRequester,
  type FortnoxRequester,
  type FortnoxRequestSpec,
  type RequestOptions,
  type SearchParamValue,
} from './request.js';
export {
  type AttemptOutcome,
  backoffDelay,
  DEFAULT_RETRY_OPTIONS,
  decideRetry,
  type ResolvedRetryOptions,
  type RetryDecision,
  type RetryOptions,
  type RetryState,
  retryAfterMs,
} from './retry-policy.js';
export { fieldPath, parseRequestBody, parseResponse } from './validate.js';
