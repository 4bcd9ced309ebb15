export {
  decodeConnection,
  type EncodedConnection,
  encodeConnection,
} from './connection-codec.js';
export { createMemoryStateStore, type MemoryStateStoreOptions } from './memory-store.js';
export {
  ConnectionRecord,
  type ConnectionRecordInput,
  ConnectionStatus,
  ConnectionTokens,
  JournalEntry,
  type JournalEntryInput,
  type JournalKey,
  JournalState,
  RegisterLink,
  type RegisterLinkInput,
  RegisterName,
  SyncCounts,
  SyncLogEntry,
  type SyncLogEntryInput,
  SyncRunRecord,
  type SyncRunRecordInput,
  SyncRunStatus,
  SyncTrigger,
} from './records.js';
export type { JournalPatch, StateStore, SyncRunPatch } from './state-store.js';
export { createStoreLock, type StoreLockOptions } from './store-lock.js';
export {
  createTokenCipher,
  type EncryptionKey,
  generateEncryptionKey,
  resolveCipher,
  type TokenCipher,
  type TokenCipherOptions,
  TokenDecryptionError,
} from './token-cipher.js';
export { createStateStoreTokenStore } from './token-store-adapter.js';
