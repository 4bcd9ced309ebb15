/**
 * `@fortnox-kit/core`: what a host backend uses. A curated list (decisions/081): the
 * integration facade, the handler, the settings, the host data model and the adapters a host
 * implements, the state store, the errors and the clock. Advanced building blocks live in
 * subpaths (`/fortnox` for the Fortnox client, `/model` for every part of the host model,
 * `/contract` for the browser, `/sqlite`, `/postgres`, `/node`, `/testing`); everything else
 * is internal. `docs/api.md` lists it all; `packages/core/api-report.txt` pins it.
 *
 * Each `// ##` comment below names a group of docs/api.md (followed by a blank line, so the
 * formatter sorts within a group only).
 */

// ## The integration facade

export type { FortnoxLogger } from './client/logger.js';
export {
  createIntegration,
  type Integration,
  type SendOutcome,
} from './integration/create-integration.js';
export {
  DEFAULT_SCOPES,
  type FortnoxAppOptions,
  type IntegrationOptions,
} from './integration/integration-options.js';
export type { InvoiceStatusChange } from './invoice-status/invoice-state.js';

// ## The HTTP handler

export { createFortnoxHandler, type FortnoxHandler } from './handler/create-fortnox-handler.js';
export type { FortnoxHandlerOptions } from './handler/handler-options.js';
export { toNodeListener } from './handler/node-adapter.js';

// ## Integration settings

export {
  DEFAULT_SETTINGS,
  IntegrationSettings,
  type IntegrationSettingsInput,
} from './settings/integration-settings.js';
export { settingsMetadata } from './settings/metadata.js';
export type { SettingMetadata } from './settings/metadata-types.js';

// ## The host data model

export { Article, type ArticleInput } from './host/article.js';
export { Customer, type CustomerInput } from './host/customer.js';
export { Facility, type FacilityInput, ServiceObject } from './host/facility.js';
export { Order, type OrderInput } from './host/order.js';
export { IntegrationReference } from './host/order-parts.js';
export { User } from './host/people.js';

// ## What a host implements

export type {
  HostArticleRegister,
  HostChangePage,
  HostCustomerRegister,
  HostRegister,
  HostRegisters,
  HostUpsert,
} from './host-registers/host-registers.js';
export type { HandlerUser, HostScope } from './host-registers/host-scope.js';
export {
  createMemoryHostRegisters,
  type MemoryHostRegisters,
} from './host-registers/memory-host-registers.js';
export type { HostOrderPatch, HostOrders, NewHostOrder } from './send/host-orders.js';
export { createMemoryHostOrders, type MemoryHostOrders } from './send/memory-host-orders.js';

// ## The state store

export { createMemoryStateStore, type MemoryStateStoreOptions } from './store/memory-store.js';
export type { StateStore } from './store/state-store.js';
export { generateEncryptionKey } from './store/token-cipher.js';

// ## Errors

export { explainFortnoxErrorCode } from './errors/error-codes.js';
export { FortnoxApiError, isFortnoxApiError } from './errors/fortnox-api-error.js';
export { FortnoxAuthError, isFortnoxAuthError } from './errors/fortnox-auth-error.js';
export { FortnoxError, isFortnoxError } from './errors/fortnox-error.js';
export { FortnoxKitError, isFortnoxKitError } from './errors/fortnox-kit-error.js';
export { FortnoxNetworkError, isFortnoxNetworkError } from './errors/fortnox-network-error.js';
export {
  FortnoxRateLimitError,
  isFortnoxRateLimitError,
} from './errors/fortnox-rate-limit-error.js';
export {
  FortnoxValidationError,
  isFortnoxValidationError,
} from './errors/fortnox-validation-error.js';
export { isWorkflowError, WorkflowError } from './integration/workflow-error.js';
export { isMappingError, MappingError } from './mapping/errors.js';
export {
  InvalidForFortnoxError,
  isInvalidForFortnoxError,
  type RefusedRecord,
} from './send/invalid-for-fortnox-error.js';
export { TokenDecryptionError } from './store/token-cipher.js';
export { isSyncInProgressError, SyncInProgressError } from './sync/sync-in-progress-error.js';

// ## Clock

export {
  type Clock,
  createVirtualClock,
  systemClock,
  type VirtualClock,
} from './env/clock.js';

// ## Fortnox text rules

export {
  FORTNOX_IDENTIFIER_PATTERN,
  FORTNOX_LIMITS,
  type FortnoxLimitName,
  findInvalidCharacters,
} from './fortnox/text-rules.js';
