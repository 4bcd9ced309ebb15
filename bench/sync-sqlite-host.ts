/**
 * Host registers over SQLite, the way a real host keeps its customers and articles in its
 * own database: the sync benchmark uses it so that 100,000 host records live on disk and
 * not in the measured process's heap (the in-memory registers hold every record by design).
 * A benchmark helper, not part of the kit.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Clock } from '../packages/core/src/env/clock.js';
import {
  Article,
  type ArticleInput,
  Customer,
  type CustomerInput,
} from '../packages/core/src/host/index.js';
import {
  type HostChangePage,
  type HostCustomerRegister,
  type HostRegister,
  type HostRegisters,
  type HostUpsert,
  normalizeEmail,
  normalizeOrganisationNumber,
} from '../packages/core/src/host-registers/host-registers.js';
import type { BetterSqlite3Database as Db } from '../packages/core/src/store/sqlite/sqlite-database.js';
import { BENCH_ROOT } from './sync-emulator-process.js';

// better-sqlite3 is a dependency of packages/core, not of the workspace root.
const Database = createRequire(join(BENCH_ROOT, 'packages', 'core', 'package.json'))(
  'better-sqlite3',
) as new (
  file: string,
) => Db;

/** Host registers in a SQLite file (or `:memory:`, which would count in this process). */
export function createSqliteHostRegisters(file: string, clock: Clock): HostRegisters {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const customers = createRegister<Customer, CustomerInput>(db, 'customers', clock, {
    parse: (input) => Customer.parse(input),
    keys: (c) => ({
      number: c.fortnoxCustomerNumber ?? null,
      org: normalizeOrganisationNumber(c.organisationNumber) || null,
      email: normalizeEmail(c.email) || null,
    }),
  });
  const articles = createRegister<Article, ArticleInput>(db, 'articles', clock, {
    parse: (input) => Article.parse(input),
    keys: (a) => ({ number: a.articleNumber, org: null, email: null }),
  });
  const customerRegister: HostCustomerRegister = {
    ...customers.api,
    findByOrganisationNumber: async (value) =>
      customers.where('org', normalizeOrganisationNumber(value)),
    findByEmail: async (value) => customers.where('email', normalizeEmail(value)),
  };
  return { customers: customerRegister, articles: articles.api };
}

interface Keys {
  number: string | null;
  org: string | null;
  email: string | null;
}

function createRegister<T extends { id: string }, TInput extends { id: string }>(
  db: Db,
  table: string,
  clock: Clock,
  config: { parse: (input: TInput) => T; keys: (record: T) => Keys },
) {
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE NOT NULL, number TEXT, org TEXT, email TEXT, data TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS ${table}_number ON ${table} (number);
    CREATE INDEX IF NOT EXISTS ${table}_org ON ${table} (org);
    CREATE INDEX IF NOT EXISTS ${table}_email ON ${table} (email);`);
  const q = {
    changed: db.prepare<[number, number], { seq: number; data: string }>(
      `SELECT seq, data FROM ${table} WHERE seq > ? ORDER BY seq LIMIT ?`,
    ),
    byId: db.prepare<[string], { data: string }>(`SELECT data FROM ${table} WHERE id = ?`),
    byNumber: db.prepare<[string], { data: string }>(
      `SELECT data FROM ${table} WHERE number = ? ORDER BY seq LIMIT 1`,
    ),
    byOrg: db.prepare<[string], { data: string }>(`SELECT data FROM ${table} WHERE org = ?`),
    byEmail: db.prepare<[string], { data: string }>(`SELECT data FROM ${table} WHERE email = ?`),
    // Delete + insert moves the record to the end of the change feed (a new seq).
    remove: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
    insert: db.prepare(
      `INSERT INTO ${table} (id, number, org, email, data) VALUES (@id, @number, @org, @email, @data)`,
    ),
    maxSeq: db.prepare<[], { seq: number | null }>(`SELECT max(seq) AS seq FROM ${table}`),
  };
  let nextId = (q.maxSeq.get()?.seq ?? 0) + 1;
  const prefix = table === 'customers' ? 'cust' : 'art';
  const read = (row: { data: string } | undefined) =>
    row ? (JSON.parse(row.data) as T) : undefined;
  const write = db.transaction((record: T) => {
    q.remove.run(record.id);
    q.insert.run({ id: record.id, ...config.keys(record), data: JSON.stringify(record) });
  });
  const api: HostRegister<T, TInput> = {
    async changedSince(cursor, limit): Promise<HostChangePage<T>> {
      const rows = q.changed.all(cursor === null ? 0 : Number(cursor), limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1)?.seq ?? (cursor === null ? 0 : Number(cursor));
      return {
        records: page.map((row) => JSON.parse(row.data) as T),
        cursor: String(last),
        hasMore: rows.length > limit,
      };
    },
    findById: async (id) => read(q.byId.get(id)),
    findByNumber: async (number) => read(q.byNumber.get(number)),
    async upsert(input: HostUpsert<TInput>) {
      const id = input.id ?? `${prefix}-${nextId++}`;
      const updatedAt = new Date(clock.now()).toISOString();
      const record = config.parse({ ...input, id, updatedAt } as unknown as TInput);
      write(record);
      return record;
    },
  };
  return {
    api,
    where: (key: 'org' | 'email', value: string): T[] =>
      value ? (key === 'org' ? q.byOrg : q.byEmail).all(value).map((row) => read(row) as T) : [],
  };
}
