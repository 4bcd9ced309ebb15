export type { AccessTokenClaims } from './auth/jwt.js';
export { decodeJwt } from './auth/jwt.js';
export { ALL_SCOPES } from './auth/scopes.js';
export type { ClientApp, TokenSet } from './auth/token-store.js';
export type { EmulatorClock } from './clock.js';
export type { UserActions, UserPriceChange } from './control/act-as-user.js';
export type { EmulatorControl } from './control/control.js';
export type { FaultSpec } from './control/faults.js';
export { RATE_LIMIT } from './control/rate-limiter.js';
export type { RequestLogEntry } from './control/request-log.js';
export {
  createFortnoxEmulator,
  type EmulatorDb,
  type FortnoxEmulator,
  type IssueTokensOptions,
} from './emulator.js';
export { EVENT_TOPICS, EventLog, type EventTopic, type TopicEvent } from './events/event-log.js';
export type { TopicsSession } from './events/topics-session.js';
export { FORTNOX_CODES } from './http/fortnox-error.js';
export type { EmulatorRules, FortnoxEmulatorOptions } from './options.js';
export { createPdf } from './pdf.js';
export {
  FIELD_TABLES,
  type FieldRow,
  type FieldTable,
  type FieldType,
} from './schemas/field-table/index.js';
export type { SeedRegister, SeedSize } from './seed/seed-tenant.js';
export type { CreateTenantOptions } from './tenants.js';
