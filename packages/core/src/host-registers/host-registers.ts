import type { Article, ArticleInput, Customer, CustomerInput } from '../host/index.js';

/** One page of a host register's change feed. */
export interface HostChangePage<T> {
  /** Changed records in change order, oldest first. */
  records: T[];
  /** Pass this to the next call to continue after the last record returned. */
  cursor: string;
  /** More changes are waiting after `cursor`. */
  hasMore: boolean;
  /**
   * Tombstones: ids of records deleted in the host within this page's window. Optional, so
   * a register that never deletes (or deactivates instead) needs no change. What a deletion
   * does in Fortnox follows the sync's deletion settings (decisions/115).
   */
  deleted?: readonly string[];
}

/** What a new or updated record looks like when the sync writes it: `id` only for updates. */
export type HostUpsert<TInput extends { id: string }> = Omit<TInput, 'id'> & { id?: string };

/**
 * One register of the host app, as the sync engine needs it. Implement it over the host's
 * own tables; the kit never writes the host's database any other way.
 */
export interface HostRegister<T extends { id: string }, TInput extends { id: string }> {
  /**
   * Records created or changed after `cursor` (`null`: from the beginning, i.e. every
   * record), at most `limit`, oldest change first. Writes made through {@link upsert}
   * appear here too: the sync recognises its own echo by content.
   */
  changedSince(cursor: string | null, limit: number): Promise<HostChangePage<T>>;
  findById(id: string): Promise<T | undefined>;
  /** Customers: by `fortnoxCustomerNumber`; articles: by `articleNumber`. */
  findByNumber(number: string): Promise<T | undefined>;
  /** Creates the record (no `id`: the host assigns one) or overwrites it (with `id`). */
  upsert(record: HostUpsert<TInput>): Promise<T>;
  /**
   * Deletes the record, when the host allows the sync to (a Fortnox deletion with the
   * `delete` action). Without it, such a record is deactivated instead.
   */
  delete?(id: string): Promise<void>;
}

/** The host's customer register: also searchable by organisation number and email. */
export interface HostCustomerRegister extends HostRegister<Customer, CustomerInput> {
  /** Exact match after normalisation ({@link normalizeOrganisationNumber}). */
  findByOrganisationNumber(organisationNumber: string): Promise<Customer[]>;
  /** Exact match, case-insensitive. */
  findByEmail(email: string): Promise<Customer[]>;
}

/** The host's article register. */
export type HostArticleRegister = HostRegister<Article, ArticleInput>;

/**
 * The registers a host lends to the sync engine.
 *
 * @example
 * const registers: HostRegisters = { customers: myCustomerAdapter, articles: myArticleAdapter };
 */
export interface HostRegisters {
  customers: HostCustomerRegister;
  articles: HostArticleRegister;
}

/**
 * Swedish organisation and personal identity numbers compared by their last ten digits:
 * `556677-8899`, `5566778899` and `16556677-8899` are the same number.
 */
export function normalizeOrganisationNumber(value: string | null | undefined): string {
  const digits = (value ?? '').replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/** Emails compared trimmed and lower-cased. */
export function normalizeEmail(value: string | null | undefined): string {
  return (value ?? '').trim().toLowerCase();
}
