import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import { Article, type ArticleInput, Customer, type CustomerInput } from '../host/index.js';
import {
  type HostChangePage,
  type HostCustomerRegister,
  type HostRegister,
  type HostRegisters,
  type HostUpsert,
  normalizeEmail,
  normalizeOrganisationNumber,
} from './host-registers.js';

/** Options of {@link createMemoryHostRegisters}. */
export interface MemoryHostRegistersOptions {
  customers?: readonly CustomerInput[];
  articles?: readonly ArticleInput[];
  /** Stamps `updatedAt` on writes. @default systemClock */
  clock?: Clock;
}

/** In-memory registers with write counters, for tests and the demo. */
export interface MemoryHostRegisters extends HostRegisters {
  /** How many upserts and deletes each register received (tests assert "nothing written"). */
  readonly writes: { customers: number; articles: number };
}

/**
 * Host registers held in memory. The change feed is a per-register sequence number, so
 * `changedSince` never misses or repeats a write.
 */
export function createMemoryHostRegisters(
  options: MemoryHostRegistersOptions = {},
): MemoryHostRegisters {
  const clock = options.clock ?? systemClock;
  const writes = { customers: 0, articles: 0 };
  const customers = createRegister<Customer, CustomerInput>({
    parse: (input) => Customer.parse(input),
    numberOf: (c) => c.fortnoxCustomerNumber ?? undefined,
    indexes: {
      organisationNumber: (c) => normalizeOrganisationNumber(c.organisationNumber) || undefined,
      email: (c) => normalizeEmail(c.email) || undefined,
    },
    prefix: 'cust',
    clock,
    onWrite: () => writes.customers++,
  });
  const articles = createRegister<Article, ArticleInput>({
    parse: (input) => Article.parse(input),
    numberOf: (a) => a.articleNumber,
    prefix: 'art',
    clock,
    onWrite: () => writes.articles++,
  });
  for (const c of options.customers ?? []) customers.seed(c);
  for (const a of options.articles ?? []) articles.seed(a);
  const customerRegister: HostCustomerRegister = {
    ...customers.api,
    async findByOrganisationNumber(organisationNumber) {
      const wanted = normalizeOrganisationNumber(organisationNumber);
      return wanted ? customers.lookup('organisationNumber', wanted) : [];
    },
    async findByEmail(email) {
      const wanted = normalizeEmail(email);
      return wanted ? customers.lookup('email', wanted) : [];
    },
  };
  return { customers: customerRegister, articles: articles.api, writes };
}

interface RegisterConfig<T, TInput> {
  parse: (input: TInput) => T;
  numberOf: (record: T) => string | undefined;
  prefix: string;
  clock: Clock;
  onWrite: () => void;
  /** Secondary indexes: name → key of a record (undefined: not indexed). */
  indexes?: Record<string, (record: T) => string | undefined>;
}

function createRegister<
  T extends { id: string; updatedAt?: string | undefined },
  TInput extends { id: string },
>(config: RegisterConfig<T, TInput>) {
  // A deleted record stays as a tombstone (`deleted`), so the change feed reports it.
  const records = new Map<string, { record: T; seq: number; deleted?: true }>();
  const idByNumber = new Map<string, string>();
  const indexes = Object.entries(config.indexes ?? {}).map(
    ([name, keyOf]) => [name, keyOf, new Map<string, Set<string>>()] as const,
  );
  let seq = 0;
  let nextId = 1;
  const unindex = (id: string) => {
    const previous = records.get(id);
    if (!previous || previous.deleted) return;
    const oldNumber = config.numberOf(previous.record);
    if (oldNumber !== undefined && idByNumber.get(oldNumber) === id) idByNumber.delete(oldNumber);
    for (const [, keyOf, index] of indexes) {
      const oldKey = keyOf(previous.record);
      if (oldKey !== undefined) index.get(oldKey)?.delete(id);
    }
  };
  const store = (record: T) => {
    unindex(record.id);
    for (const [, keyOf, index] of indexes) {
      const key = keyOf(record);
      if (key !== undefined) index.set(key, (index.get(key) ?? new Set()).add(record.id));
    }
    // Delete first so the map's order stays the order of changes.
    records.delete(record.id);
    records.set(record.id, { record, seq: ++seq });
    const number = config.numberOf(record);
    if (number !== undefined && !idByNumber.has(number)) idByNumber.set(number, record.id);
    return structuredClone(record);
  };
  const live = (id: string | undefined) => {
    const entry = id === undefined ? undefined : records.get(id);
    return entry && !entry.deleted ? structuredClone(entry.record) : undefined;
  };
  const api: HostRegister<T, TInput> = {
    async changedSince(cursor, limit): Promise<HostChangePage<T>> {
      const after = cursor === null ? 0 : Number(cursor);
      const page: T[] = [];
      const deleted: string[] = [];
      let last = after;
      let hasMore = false;
      // The map iterates in change order (see `store`).
      for (const entry of records.values()) {
        if (entry.seq <= after) continue;
        if (page.length + deleted.length === limit) {
          hasMore = true;
          break;
        }
        if (entry.deleted) deleted.push(entry.record.id);
        else page.push(structuredClone(entry.record));
        last = entry.seq;
      }
      return {
        records: page,
        cursor: String(last),
        hasMore,
        ...(deleted.length ? { deleted } : {}),
      };
    },
    findById: async (id) => live(id),
    findByNumber: async (number) => live(idByNumber.get(number)),
    async upsert(input: HostUpsert<TInput>) {
      config.onWrite();
      let id = input.id;
      while (!id || (input.id === undefined && records.has(id)))
        id = `${config.prefix}-${nextId++}`;
      const updatedAt = new Date(config.clock.now()).toISOString();
      return store(config.parse({ ...input, id, updatedAt } as unknown as TInput));
    },
    async delete(id) {
      const entry = records.get(id);
      if (!entry || entry.deleted) return;
      config.onWrite();
      unindex(id);
      records.delete(id);
      records.set(id, { record: entry.record, seq: ++seq, deleted: true });
    },
  };
  return {
    api,
    seed: (input: TInput) => store(config.parse(input)),
    lookup(name: string, key: string): T[] {
      const ids = indexes.find(([n]) => n === name)?.[2].get(key) ?? new Set<string>();
      return [...ids].flatMap((id) => live(id) ?? []);
    },
  };
}
