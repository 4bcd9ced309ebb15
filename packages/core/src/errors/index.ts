export {
  createFortnoxError,
  type FortnoxErrorInput,
  parseFortnoxErrorBody,
} from './create-fortnox-error.js';
export {
  AUTH_ERROR_CODES,
  explainFortnoxErrorCode,
  FORTNOX_ERROR_EXPLANATIONS,
  RECONNECT_REQUIRED_CODES,
} from './error-codes.js';
export {
  FortnoxApiError,
  type FortnoxApiErrorOptions,
  type FortnoxRequestInfo,
  isFortnoxApiError,
} from './fortnox-api-error.js';
export {
  FortnoxAuthError,
  type FortnoxAuthErrorOptions,
  isFortnoxAuthError,
} from './fortnox-auth-error.js';
export {
  FORTNOX_ERROR_NAMES,
  FortnoxError,
  type FortnoxErrorOptions,
  isFortnoxError,
} from './fortnox-error.js';
export {
  FORTNOX_KIT_ERROR_NAMES,
  FortnoxKitError,
  type FortnoxKitErrorOptions,
  isFortnoxKitError,
} from './fortnox-kit-error.js';
export {
  FortnoxNetworkError,
  type FortnoxNetworkErrorOptions,
  isFortnoxNetworkError,
} from './fortnox-network-error.js';
export {
  FortnoxRateLimitError,
  type FortnoxRateLimitErrorOptions,
  isFortnoxRateLimitError,
} from './fortnox-rate-limit-error.js';
export {
  type FortnoxFieldIssue,
  FortnoxValidationError,
  type FortnoxValidationErrorOptions,
  isFortnoxValidationError,
} from './fortnox-validation-error.js';
export { REDACTED, redactText, redactValue, type SecretSource } from './redact.js';
