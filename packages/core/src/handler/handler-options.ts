import type { FortnoxLogger } from '../client/logger.js';
import { type Clock, systemClock } from '../env/clock.js';
import type { HandlerUser } from '../host-registers/host-scope.js';
import { normalizeOrigins } from './csrf.js';
import { DEFAULT_MAX_BODY_BYTES } from './read-body.js';

/** Options of `createFortnoxHandler`. */
export interface FortnoxHandlerOptions {
  /**
   * The host's authentication: the user behind a request (cookie, header...), or null. The
   * user's `tenantId` must be the integration's, or every route answers 404.
   */
  authorize: (request: Request) => HandlerUser | null | Promise<HandlerUser | null>;
  /**
   * Where the handler is mounted. Routes match exactly below it (`${basePath}/settings`);
   * anything else is 404. `'/'` mounts it at the root.
   * @default '/api/fortnox'
   */
  basePath?: string;
  /**
   * Origins besides the request's own that may make state-changing requests (a front end on
   * another origin, e.g. `https://app.example.se`). Every other cross-origin POST, PUT, PATCH
   * or DELETE is refused with 403 `csrf_refused` (decisions/056).
   * @default [] (same origin only)
   */
  allowedOrigins?: readonly string[];
  /**
   * The largest request body read, in bytes; a larger one is refused with 413 as soon as it
   * passes the cap. Bodies are read only after `authorize` accepted the request.
   * @default 1048576 (1 MB)
   */
  maxBodyBytes?: number;
  /** Where the host shows an order, for the import response's `url`. */
  orderUrl?: (orderId: string) => string;
  /**
   * Gets every unexpected error (status 500 and up) before it is turned into a generic JSON
   * body: log it. Expected refusals (4xx) go to `logger.debug` by code instead.
   */
  onError?: (error: unknown, request: Request) => void;
  /** Receives the expected refusals (4xx) at debug level. @default silent */
  logger?: FortnoxLogger;
  /**
   * A comment line on the sync event stream this often, so proxies keep it open; 0 = none.
   * @default 25000
   */
  heartbeatMs?: number;
  /** Times the heartbeat. @default systemClock */
  clock?: Clock;
}

/** {@link FortnoxHandlerOptions} with every default resolved. */
export interface NormalizedHandlerOptions
  extends Required<Omit<FortnoxHandlerOptions, 'orderUrl' | 'onError' | 'allowedOrigins'>> {
  /** The base path without a trailing slash; '' for the root. */
  basePath: string;
  allowedOrigins: ReadonlySet<string>;
  orderUrl: FortnoxHandlerOptions['orderUrl'];
  onError: FortnoxHandlerOptions['onError'];
}

/** The defaults of {@link FortnoxHandlerOptions}. */
export const HANDLER_DEFAULTS = {
  basePath: '/api/fortnox',
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  heartbeatMs: 25_000,
} as const;

/** Resolves the defaults once. */
export function normalizeHandlerOptions(options: FortnoxHandlerOptions): NormalizedHandlerOptions {
  return {
    authorize: options.authorize,
    basePath: (options.basePath ?? HANDLER_DEFAULTS.basePath).replace(/\/+$/, ''),
    allowedOrigins: normalizeOrigins(options.allowedOrigins),
    maxBodyBytes: options.maxBodyBytes ?? HANDLER_DEFAULTS.maxBodyBytes,
    orderUrl: options.orderUrl,
    onError: options.onError,
    logger: options.logger ?? {},
    heartbeatMs: options.heartbeatMs ?? HANDLER_DEFAULTS.heartbeatMs,
    clock: options.clock ?? systemClock,
  };
}
