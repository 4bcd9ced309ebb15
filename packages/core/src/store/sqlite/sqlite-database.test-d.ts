import type { Database } from 'better-sqlite3';
import { describe, expectTypeOf, it } from 'vitest';
import type { SqliteDatabase } from './sqlite-database.js';
import type { SqliteStateStoreOptions } from './sqlite-store.js';

describe('SqliteDatabase', () => {
  it('accepts an open better-sqlite3 Database', () => {
    expectTypeOf<Database>().toExtend<SqliteDatabase>();
    expectTypeOf<Database>().toExtend<SqliteStateStoreOptions['database']>();
  });

  it('rejects something that is not a database', () => {
    expectTypeOf<{ prepare: string }>().not.toExtend<SqliteDatabase>();
  });
});
