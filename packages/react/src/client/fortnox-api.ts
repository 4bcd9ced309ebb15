import {
  ConnectionState,
  type ConnectRequest,
  ConnectResponse,
  ErrorBody,
  FORTNOX_KIT_HEADER,
  HANDLER_ROUTES,
  type HandlerRouteName,
  ImportOrderResponse,
  OrderStatus,
  routePath,
  SendOrderResponse,
  type SettingsPutRequest,
  SettingsResponse,
  SyncStarted,
  SyncStatus,
  type SyncStreamEventName,
  SyncStreamEvents,
  TimeReport,
} from '@fortnox-kit/core/contract';
import type * as z from 'zod/mini';
import { readEventStream } from './event-stream.js';
import { FortnoxBackendError } from './fortnox-backend-error.js';

/**
 * How requests reach the host backend: any `fetch`-shaped function. The default is
 * `fetch` itself; a host can pass its own (extra headers, a different origin) or even the
 * core handler, `createFortnoxHandler(...)`, to run everything in one process.
 */
export type FortnoxTransport = (request: Request) => Promise<Response>;

/** Options of {@link createFortnoxApi}. */
export interface FortnoxApiOptions {
  /** Where the handler is mounted, e.g. `/api/fortnox` (resolved against the page). */
  baseUrl: string;
  /** @default globalThis.fetch */
  transport?: FortnoxTransport;
  /** Sent as `accept-language` so the backend may answer messages in the user's language. */
  locale?: string;
}

/** A sync stream event with its parsed payload. */
export type SyncStreamEvent = {
  [K in SyncStreamEventName]: { event: K; data: z.infer<(typeof SyncStreamEvents)[K]> };
}[SyncStreamEventName];

/** Typed calls of every route in the handler contract (decisions/050). */
export interface FortnoxApi {
  getConnection(): Promise<ConnectionState>;
  connect(body: ConnectRequest): Promise<ConnectResponse>;
  disconnect(): Promise<void>;
  getSettings(): Promise<SettingsResponse>;
  putSettings(settings: SettingsPutRequest['settings']): Promise<SettingsResponse>;
  startSync(): Promise<SyncStarted>;
  getSyncStatus(): Promise<SyncStatus>;
  /** Follows `GET /sync/events` until the stream ends or `signal` aborts. */
  followSync(onEvent: (event: SyncStreamEvent) => void, signal: AbortSignal): Promise<void>;
  /** Sends the order; the status after it, and what the mapping changed (`warnings`). */
  sendOrder(orderId: string): Promise<SendOrderResponse>;
  getOrderStatus(orderId: string): Promise<OrderStatus>;
  importOrder(fortnoxOrderNumber: string): Promise<ImportOrderResponse>;
  /** The order's time report per user and date (setting 33), as recorded. */
  getTimeReport(orderId: string): Promise<TimeReport>;
  /** Sends the order's time report, or corrects it in Fortnox after changes. */
  sendTimeReport(orderId: string): Promise<TimeReport>;
  /** Fetches a PDF or CSV (invoice, order confirmation, article export) as a Blob. */
  download(
    route: 'invoicePdf' | 'confirmationPdf' | 'exportArticles',
    orderId?: string,
  ): Promise<Blob>;
}

/** Creates the framework-free client of the handler contract. */
export function createFortnoxApi(options: FortnoxApiOptions): FortnoxApi {
  const base = options.baseUrl.replace(/\/+$/, '');
  const transport: FortnoxTransport = options.transport ?? ((request) => fetch(request));

  async function call(
    name: HandlerRouteName,
    init: { orderId?: string; body?: unknown; signal?: AbortSignal } = {},
  ): Promise<Response> {
    const url = resolveUrl(base + routePath(name, { orderId: init.orderId }));
    const method = HANDLER_ROUTES[name].method;
    // What the handler's CSRF defence requires (decisions/056): both force a CORS preflight.
    const headers = new Headers({ accept: 'application/json', [FORTNOX_KIT_HEADER]: '1' });
    if (options.locale) headers.set('accept-language', options.locale);
    if (method !== 'GET') headers.set('content-type', 'application/json');
    const request = new Request(url, {
      method,
      headers,
      body: init.body === undefined ? null : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: init.signal ?? null,
    });
    let response: Response;
    try {
      response = await transport(request);
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      throw new FortnoxBackendError(
        { status: 0, code: 'network', message: String(cause) },
        { cause },
      );
    }
    if (!response.ok) throw await toError(response);
    return response;
  }

  async function json<T>(schema: z.ZodMiniType<T>, name: HandlerRouteName, init = {}): Promise<T> {
    const response = await call(name, init);
    return schema.parse(await response.json());
  }

  return {
    getConnection: () => json(ConnectionState, 'getConnection'),
    connect: (body) => json(ConnectResponse, 'connect', { body }),
    disconnect: async () => void (await call('disconnect')),
    getSettings: () => json(SettingsResponse, 'getSettings'),
    putSettings: (settings) => json(SettingsResponse, 'putSettings', { body: { settings } }),
    startSync: () => json(SyncStarted, 'startSync', { body: {} }),
    getSyncStatus: () => json(SyncStatus, 'getSyncStatus'),
    followSync: async (onEvent, signal) => {
      const response = await call('syncEvents', { signal });
      if (!response.body) return;
      await readEventStream(response.body, ({ event, data }) => {
        if (!(event in SyncStreamEvents)) return;
        const name = event as SyncStreamEventName;
        const parsed = SyncStreamEvents[name].safeParse(JSON.parse(data));
        if (parsed.success) onEvent({ event: name, data: parsed.data } as SyncStreamEvent);
      });
    },
    sendOrder: (orderId) => json(SendOrderResponse, 'sendOrder', { orderId }),
    getOrderStatus: (orderId) => json(OrderStatus, 'getOrderStatus', { orderId }),
    importOrder: (fortnoxOrderNumber) =>
      json(ImportOrderResponse, 'importOrder', { body: { fortnoxOrderNumber } }),
    getTimeReport: (orderId) => json(TimeReport, 'getTimeReport', { orderId }),
    sendTimeReport: (orderId) => json(TimeReport, 'sendTimeReport', { orderId, body: {} }),
    download: async (route, orderId) => (await call(route, { orderId })).blob(),
  };
}

function resolveUrl(url: string): string {
  const page = globalThis.location?.href;
  return page ? new URL(url, page).href : url;
}

async function toError(response: Response): Promise<FortnoxBackendError> {
  // Not JSON (a proxy's HTML page): a generic error below.
  const body: unknown = await response.json().catch(() => null);
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success)
    return new FortnoxBackendError({ status: response.status, ...parsed.data.error });
  return new FortnoxBackendError({
    status: response.status,
    code: response.status === 403 ? 'forbidden' : 'internal',
    message: `HTTP ${response.status}`,
  });
}
