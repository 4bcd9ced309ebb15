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
  /** How many upserts each register received (tests assert "nothing written"). */
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
      if (!wanted) return [];
      return customers
        .all()
        .filter((c) => normalizeOrganisationNumber(c.organisationNumber) === wanted);
    },
    async findByEmail(email) {
      const wanted = normalizeEmail(email);
      if (!wanted) return [];
      return customers.all().filter((c) => normalizeEmail(c.email) === wanted);
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
}

function createRegister<
  T extends { id: string; updatedAt?: string | undefined },
  TInput extends { id: string },
>(config: RegisterConfig<T, TInput>) {
  const records = new Map<string, { record: T; seq: number }>();
  const idByNumber = new Map<string, string>();
  let seq = 0;
  let nextId = 1;
  const store = (record: T) => {
    const previous = records.get(record.id);
    const oldNumber = previous ? config.numberOf(previous.record) : undefined;
    if (oldNumber !== undefined && idByNumber.get(oldNumber) === record.id)
      idByNumber.delete(oldNumber);
    records.set(record.id, { record, seq: ++seq });
    const number = config.numberOf(record);
    if (number !== undefined && !idByNumber.has(number)) idByNumber.set(number, record.id);
    return structuredClone(record);
  };
  const api: HostRegister<T, TInput> = {
    async changedSince(cursor, limit): Promise<HostChangePage<T>> {
      const after = cursor === null ? 0 : Number(cursor);
      const changed = [...records.values()]
        .filter((e) => e.seq > after)
        .sort((a, b) => a.seq - b.seq);
      const page = changed.slice(0, limit);
      const last = page.at(-1)?.seq ?? after;
      return {
        records: page.map((e) => structuredClone(e.record)),
        cursor: String(last),
        hasMore: changed.length > page.length,
      };
    },
    async findById(id) {
      const entry = records.get(id);
      return entry ? structuredClone(entry.record) : undefined;
    },
    async findByNumber(number) {
      const id = idByNumber.get(number);
      const entry = id === undefined ? undefined : records.get(id);
      return entry ? structuredClone(entry.record) : undefined;
    },
    async upsert(input: HostUpsert<TInput>) {
      config.onWrite();
      let id = input.id;
      while (!id || (input.id === undefined && records.has(id)))
        id = `${config.prefix}-${nextId++}`;
      const updatedAt = new Date(config.clock.now()).toISOString();
      return store(config.parse({ ...input, id, updatedAt } as unknown as TInput));
    },
  };
  return {
    api,
    seed: (input: TInput) => store(config.parse(input)),
    all: () => [...records.values()].map((e) => structuredClone(e.record)),
  };
}
