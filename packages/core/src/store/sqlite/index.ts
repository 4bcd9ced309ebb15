// ## SQLite state store
export { migrate, SQLITE_MIGRATIONS } from './migrations.js';
export type { SqliteDatabase } from './sqlite-database.js';
export { createSqliteStateStore, type SqliteStateStoreOptions } from './sqlite-store.js';
