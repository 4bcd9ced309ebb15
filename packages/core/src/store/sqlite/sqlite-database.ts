import type { Database } from 'better-sqlite3';

/** better-sqlite3's own type, for workspace code (bench/); not exported from the entry. */
export type BetterSqlite3Database = Database;

/**
 * An open better-sqlite3 database, as the public API of `@fortnox-kit/core/sqlite` takes it.
 *
 * It names only what the store calls, structurally, so a consumer's type-check never needs
 * `@types/better-sqlite3` (an optional peer's types must not be forced on hosts that pass a
 * file path or compile with `skipLibCheck: false`; see decisions/075). A real
 * `new Database(path)` from better-sqlite3 is assignable to it (pinned by a type test).
 *
 * @example
 * import Database from 'better-sqlite3';
 * const store = createSqliteStateStore({ database: new Database('./state.db'), encryptionKey });
 */
export interface SqliteDatabase {
  prepare(source: string): unknown;
  exec(source: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction(fn: (...args: never[]) => unknown): unknown;
}

/** The better-sqlite3 view of a {@link SqliteDatabase} (internal: types stay out of dist). */
export const asBetterSqlite3 = (db: SqliteDatabase): Database => db as Database;
