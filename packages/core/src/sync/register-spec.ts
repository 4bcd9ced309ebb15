import type { HostRegister, HostUpsert } from '../host-registers/host-registers.js';
import type { RegisterName } from '../store/records.js';

/** A host record as the sync sees it. */
export interface HostRecord {
  id: string;
}

/** How a host record was paired with a Fortnox record (never by name). */
export type MatchedBy = 'link' | 'number' | 'organisationNumber' | 'email';

/** The result of looking for a partner record. */
export type MatchResult<T> =
  | { kind: 'found'; record: T; by: MatchedBy }
  | { kind: 'none' }
  | { kind: 'ambiguous'; by: MatchedBy; count: number };

/** What a pull decided to write to the host. */
export interface HostWrite<I extends HostRecord> {
  /** Absent: nothing to write, only a `note`. */
  record?: HostUpsert<I>;
  /** Why a field was deliberately left alone (the price guard), for the log. */
  note?: string;
  /**
   * The host fingerprint to store on the link instead of the written record's: a
   * deliberately different one makes the next push send that part (the kept price).
   */
  linkHostHash?: (written: HostRecord) => string;
}

/**
 * Everything that differs between customers and articles, so one pull loop and one push
 * loop serve both registers.
 */
export interface RegisterSpec<H extends HostRecord, I extends HostRecord, F extends object> {
  register: RegisterName;
  host: HostRegister<H, I>;
  numberOf(fortnox: F): string;
  /** The host record's Fortnox number, when it carries one. */
  hostNumber(host: H): string | undefined;
  label(record: H | F): string | null;
  fortnoxHash(fortnox: F): string;
  hostHash(host: H): string;
  /** A reason to leave a Fortnox record alone (inactive article). */
  skipFortnox(fortnox: F): string | undefined;
  /** A reason to leave a host record alone (inactive article, other subgroup). */
  skipHost(host: H): string | undefined;
  /** List items lack fields the host needs: read the full record first. */
  needsDetail(item: F): boolean;
  get(number: string, signal?: AbortSignal): Promise<F | undefined>;
  matchHost(fortnox: F): Promise<MatchResult<H>>;
  matchFortnox(host: H, signal?: AbortSignal): Promise<MatchResult<F>>;
  /**
   * The host write for a Fortnox record, or undefined when settings allow no change.
   * `isNew`: no host partner yet; `overwrite`: every synced field may be replaced.
   */
  toHost(fortnox: F, existing: H | undefined, overwrite: boolean): HostWrite<I> | undefined;
  /** Whether Fortnox may overwrite the host's fields of a linked record (22 / 24 / full Synk). */
  pullUpdates: boolean;
  /** Whether host changes of a linked record may reach Fortnox at all (22 / 23 / 24). */
  pushUpdates: boolean;
  /** Whether host records are sent to Fortnox at all (not with 28 for articles). */
  push: boolean;
  /** Whether a host deletion may change the Fortnox record (22 / 24, not 28); else unlink. */
  deletesToFortnox: boolean;
  /** Whether a Fortnox deletion may change the host record (22 / 24); else unlink. */
  deletesToHost: boolean;
  /** Deletes the Fortnox record (refused while documents use it). */
  remove(number: string, signal?: AbortSignal): Promise<void>;
  /** Marks the Fortnox record inactive. */
  deactivate(number: string, signal?: AbortSignal): Promise<void>;
  /**
   * Sends host changes of a linked (or just matched) record; returns the new Fortnox
   * fingerprint, or undefined when nothing was sent.
   */
  pushChanges(change: {
    host: H;
    fortnoxNumber: string;
    previousHostHash: string | null;
    previousFortnoxHash: string | null;
    /** The Fortnox record when it is at hand (just matched); undefined for linked ones. */
    current: F | undefined;
    signal?: AbortSignal;
  }): Promise<{ fortnoxHash: string | undefined; requests: number }>;
  /** Creates the record in Fortnox; returns it (with its assigned number). */
  create(host: H, signal?: AbortSignal): Promise<F>;
  /** After a create: the host record with the Fortnox number written back, if it changed. */
  withNumber(host: H, number: string): HostUpsert<I> | undefined;
}

/** Any register spec. */
// biome-ignore lint/suspicious/noExplicitAny: the loops are generic over both registers
export type AnyRegisterSpec = RegisterSpec<any, any, any>;
