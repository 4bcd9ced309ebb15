export {
  type AuthorizeUrl,
  type AuthorizeUrlOptions,
  buildAuthorizeUrl,
  FORTNOX_AUTH_BASE_URL,
} from './authorize-url.js';
export type { ConnectionSnapshot, ConnectionStateStore } from './connection-state.js';
export {
  createFortnoxConnection,
  type ExchangeCodeOptions,
  type FortnoxConnection,
  type FortnoxConnectionOptions,
} from './fortnox-connection.js';
export { createInProcessLock, type Lock, processLock } from './lock.js';
export { tenantIdOf } from './oauth-client.js';
export { createMemoryTokenStore, StoredTokens, type TokenStore } from './token-store.js';
