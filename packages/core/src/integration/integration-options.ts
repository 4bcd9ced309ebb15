import type { FortnoxLogger } from '../client/logger.js';
import type { Lock } from '../connection/lock.js';
import type { Clock } from '../env/clock.js';
import type { Subgroup } from '../handler/contract.js';
import type { HostRegisters, HostScope } from '../host-registers/index.js';
import type { InvoiceStatusChange } from '../invoice-status/invoice-state.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { HostOrders } from '../send/host-orders.js';
import type { IntegrationSettingsInput } from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';
import type { DeletionPolicyInput } from '../sync/deletion-policy.js';
import type { WebSocketLike } from '../sync/event-source.js';

/** The Fortnox app (Developer Portal) and where Fortnox lives. */
export interface FortnoxAppOptions {
  clientId: string;
  /** Stays on the server: never sent to a browser, redacted from errors and logs. */
  clientSecret: string;
  /** The callback URL registered in the Developer Portal (the handler's `/oauth/callback`). */
  redirectUri: string;
  /** @default ['customer', 'article', 'order', 'invoice', 'costcenter', 'settings', 'salary', 'companyinformation', 'price'] */
  scopes?: readonly string[];
  /** @default 'https://api.fortnox.se' */
  apiBaseUrl?: string;
  /** @default 'https://apps.fortnox.se' */
  authBaseUrl?: string;
  /** Service account instead of the OAuth code flow. @default 'authorization-code' */
  mode?: 'authorization-code' | 'client-credentials';
  /** The tenant for `client-credentials`. */
  tenantId?: string | number;
}

/** Options of `createIntegration`. */
export interface IntegrationOptions {
  fortnox: FortnoxAppOptions;
  /** What the kit remembers (tokens encrypted, links, runs, journal, statuses). */
  store: StateStore;
  /**
   * The host's tenant (company, account) this integration belongs to; not Fortnox's tenant
   * (`fortnox.tenantId`, for service accounts). Every host callback
   * gets it through its {@link HostScope}, and the handler answers 404 to a user of another
   * tenant (decisions/058).
   */
  tenantId: string;
  /**
   * The host's customer and article registers, made for a scope: filter every query by
   * `scope.tenantId`. Called when the integration is built (background scope, `user: null`)
   * and per request for the article export.
   */
  registers: (scope: HostScope) => HostRegisters;
  /**
   * The host's orders, users, facilities and service objects, made for a scope: filter every
   * query by `scope.tenantId` (an order of another tenant is `undefined`, never sent or shown).
   * Called per request with the signed-in user, and once with `user: null` for background work.
   */
  hostOrders: (scope: HostScope) => HostOrders;
  /** The connection's id in the store (one per tenant/subgroup). @default 'default' */
  connectionId?: string;
  /** The host's subgroups, or null when it does not use them. @default () => null */
  subgroups?: () => Promise<Subgroup[] | null>;
  /** Settings until an admin saves some. @default {} (all off) */
  defaultSettings?: IntegrationSettingsInput;
  /** Called for every invoice status change (after it is stored and the order marked). */
  onInvoiceStatusChange?: (change: InvoiceStatusChange) => void | Promise<void>;
  /** Polling interval of invoice statuses when no events arrive. @default 300000 (5 min) */
  statusPollIntervalMs?: number;
  /** Interval of the scheduled register sync. @default 3600000 (1 h) */
  syncIntervalMs?: number;
  /**
   * What a deletion on one side does to the linked record on the other, per register:
   * `delete`, `deactivate` or `unlink` (decisions/115). Settings 22 / 24 (and 28 towards
   * Fortnox) decide whether it applies at all; when they keep the register apart, `unlink`.
   * @default { customers: 'deactivate', articles: 'deactivate' }
   */
  deletions?: DeletionPolicyInput;
  /**
   * How long a send or a sync of a process that stopped (crash, SIGKILL) blocks the others
   * before they take over; a live process's heartbeat renews its lease every third of it.
   * @default 10000
   */
  leaseMs?: number;
  /** @default systemClock */
  clock?: Clock;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default silent */
  logger?: FortnoxLogger;
  /**
   * Serializes token refreshes. The default takes the store's leases, so every process
   * sharing the store (a SQLite file, PostgreSQL) refreshes one at a time with nothing to
   * configure; pass a lock only to use another mechanism (e.g. Redis).
   * @default createStoreLock(store)
   */
  lock?: Lock;
  /**
   * Fortnox WebSocket events (topics customers, articles, orders, invoices): register changes
   * sync at once and invoice statuses arrive without waiting for the next poll. Off when
   * absent; polling covers everything either way. On Node 20 pass `connect` with the `ws`
   * package (`(url) => new WebSocket(url)`).
   */
  events?: {
    /** @default `new globalThis.WebSocket(url)` */
    connect?: (url: string) => WebSocketLike;
    /** @default 'wss://ws.fortnox.se/topics-v1' */
    url?: string;
  };
  /**
   * The connection's request pacing. The default is the store's shared limiter when it has
   * one (PostgreSQL: every process together stays under 25 per 5 s), else the process-wide
   * limiter of the connection.
   * @default store.createRateLimiter?.(connectionKey) ?? the process-wide limiter
   */
  rateLimiter?: RateLimiter;
}

/** The scopes the whole kit uses. */
export const DEFAULT_SCOPES = [
  'customer',
  'article',
  'order',
  'invoice',
  'costcenter',
  'settings',
  'salary',
  'companyinformation',
  'price',
] as const;
