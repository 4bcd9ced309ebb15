import * as z from 'zod/mini';

/**
 * The JSON contract between the React components (packages/react) and the host backend
 * (`createFortnoxHandler`, or any backend that implements the same routes). Both sides
 * validate against these schemas. Paths are relative to the handler's mount point
 * (e.g. `/api/fortnox`). See decisions/050-handler-contract.md. Written with `zod/mini`
 * because every page with the components loads it (decisions/055).
 */

/** Every error the handler returns has this body, with a stable `code`. */
export const FortnoxErrorCode = z.enum([
  'bad_request',
  'validation_failed',
  'payload_too_large',
  'csrf_refused',
  'unauthenticated',
  'forbidden',
  'not_found',
  'not_connected',
  'reconnect_needed',
  'oauth_state_mismatch',
  'oauth_denied',
  'sync_in_progress',
  'send_in_progress',
  'order_not_ready',
  'already_invoiced',
  'resend_not_allowed',
  'missing_fortnox_code',
  'invoice_not_found',
  'feature_disabled',
  'fortnox_order_not_found',
  'already_imported',
  'fortnox_error',
  'rate_limited',
  'internal',
]);
export type FortnoxErrorCode = z.infer<typeof FortnoxErrorCode>;

/**
 * `{ error: { code, message, field?, userMessage? } }`. `message` is English, for developers
 * and logs; `field` is a settings key or a body property; `userMessage` is the detail in
 * the user's words, in Swedish and English, when the backend has one (which code is missing
 * in Fortnox, Fortnox's own message): the components show it in their language.
 */
export const ErrorBody = z.object({
  error: z.object({
    code: FortnoxErrorCode,
    message: z.string(),
    field: z.optional(z.string()),
    userMessage: z.optional(z.object({ sv: z.string(), en: z.string() })),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The HTTP status each error code is sent with. */
export const ERROR_STATUS: Readonly<Record<FortnoxErrorCode, number>> = {
  bad_request: 400,
  validation_failed: 400,
  payload_too_large: 413,
  csrf_refused: 403,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_connected: 409,
  reconnect_needed: 409,
  oauth_state_mismatch: 400,
  oauth_denied: 400,
  sync_in_progress: 409,
  send_in_progress: 409,
  order_not_ready: 409,
  already_invoiced: 409,
  resend_not_allowed: 409,
  missing_fortnox_code: 422,
  invoice_not_found: 404,
  feature_disabled: 409,
  fortnox_order_not_found: 404,
  already_imported: 409,
  fortnox_error: 502,
  rate_limited: 503,
  internal: 500,
};

// `z.iso.datetime` and `z.url` would add about 650 bytes (gzip) to every page that uses the
// components; these checks are as strict for what the handler sends (decisions/055).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const IsoDateTime = z
  .string()
  .check(
    z.refine(
      (text) => ISO_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)),
      'ISO date-time',
    ),
  );
const HttpUrl = z.string().check(z.refine(isHttpUrl, 'http(s) URL'));

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** A subgroup the host offers (branch or company inside the group). */
export const Subgroup = z.object({ id: z.string(), name: z.string() });
export type Subgroup = z.infer<typeof Subgroup>;

/** `GET /connection`. Never contains a token or key. */
export const ConnectionState = z.object({
  status: z.enum(['not_connected', 'connected', 'reconnect_needed']),
  /** The Fortnox company (from `/3/companyinformation`) once connected. */
  company: z.nullable(z.object({ name: z.string(), organisationNumber: z.string() })),
  /** The subgroup the integration applies to; null = all groups. */
  subgroup: z.nullable(z.string()),
  /** The host's subgroups; null when the host does not use subgroups (hide the field). */
  subgroups: z.nullable(z.array(Subgroup)),
  connectedAt: z.nullable(IsoDateTime),
});
export type ConnectionState = z.infer<typeof ConnectionState>;

/** `POST /connection/connect` (admin). */
export const ConnectRequest = z.object({
  subgroup: z._default(z.nullable(z.string()), null),
  /** `redirect`: the callback redirects to `returnTo`; `popup`: it posts a message and closes. */
  mode: z._default(z.enum(['redirect', 'popup']), 'redirect'),
  /** Where to send the browser after the callback (same origin as the host app). */
  returnTo: z.optional(z.string()),
});
export type ConnectRequest = z.input<typeof ConnectRequest>;

/** Response of `POST /connection/connect`: the browser goes to Fortnox's consent page. */
export const ConnectResponse = z.object({ authorizeUrl: HttpUrl });
export type ConnectResponse = z.infer<typeof ConnectResponse>;

/** What the popup-mode callback page posts to `window.opener` (target origin: the host's). */
export const OAuthPopupMessage = z.object({
  type: z.literal('fortnox-kit:oauth'),
  status: z.enum(['connected', 'error']),
  code: z.optional(FortnoxErrorCode),
});
export type OAuthPopupMessage = z.infer<typeof OAuthPopupMessage>;

/** `GET /settings` and the response of `PUT /settings`: settings as the schema outputs them. */
export const SettingsResponse = z.object({
  settings: z.record(z.string(), z.unknown()),
  updatedAt: z.nullable(IsoDateTime),
});
export type SettingsResponse = z.infer<typeof SettingsResponse>;

/** `PUT /settings` (admin): the form's values (`z.input` of `IntegrationSettings`). */
export const SettingsPutRequest = z.object({ settings: z.record(z.string(), z.unknown()) });
export type SettingsPutRequest = z.infer<typeof SettingsPutRequest>;

/** A register the sync engine moves between the host and Fortnox. */
export const SyncRegister = z.enum(['customers', 'articles']);
export type SyncRegister = z.infer<typeof SyncRegister>;

/** `POST /sync`: "Synk" (any signed-in user). Answered 202 with the run id. */
export const SyncRequest = z.object({
  registers: z.optional(z.array(SyncRegister)),
  /** Full reconciliation instead of the delta since the last run. */
  full: z._default(z.boolean(), false),
});
export type SyncRequest = z.input<typeof SyncRequest>;
export const SyncStarted = z.object({ runId: z.string() });
export type SyncStarted = z.infer<typeof SyncStarted>;

/**
 * `POST /sync/host-changes`: the host saved these records; a debounced delta run follows
 * ("at once", settings 22 / 24; decisions/116). Answered 202.
 */
export const HostChangeRequest = z.object({
  register: SyncRegister,
  ids: z
    .array(z.string().check(z.minLength(1), z.maxLength(200)))
    .check(z.minLength(1), z.maxLength(1000)),
});
export type HostChangeRequest = z.input<typeof HostChangeRequest>;
export const HostChangeAccepted = z.object({ register: SyncRegister, pending: z.int() });
export type HostChangeAccepted = z.infer<typeof HostChangeAccepted>;

/** One record that could not be synced, shown in the run log. */
export const SyncRecordError = z.object({
  register: SyncRegister,
  /** Host id or Fortnox number of the record. */
  recordId: z.string(),
  /** What a user recognises: the customer's name, the article's description. */
  label: z.optional(z.string()),
  code: z.string(),
  message: z.string(),
});
export type SyncRecordError = z.infer<typeof SyncRecordError>;

const count = () => z.int().check(z.nonnegative());
const Counts = z.object({
  created: count(),
  updated: count(),
  unchanged: count(),
  /** Left alone on purpose (an inactive article, a customer the settings exclude). */
  skipped: z.optional(count()),
  failed: count(),
});

/** One sync run: the last one is "last sync time and result", the list is the log. */
export const SyncRun = z.object({
  id: z.string(),
  trigger: z.enum(['manual', 'schedule', 'connect']),
  startedAt: IsoDateTime,
  finishedAt: z.nullable(IsoDateTime),
  /** `interrupted`: its process stopped (crash, shutdown); a later run resumed it. */
  result: z.enum(['running', 'ok', 'partial', 'failed', 'interrupted']),
  counts: z.partialRecord(SyncRegister, Counts),
  errors: z.array(SyncRecordError),
  /** For `failed`: why the whole run stopped (e.g. reconnect needed). */
  message: z.optional(z.string()),
});
export type SyncRun = z.infer<typeof SyncRun>;

/** Live progress of a running sync: `event: progress` on `GET /sync/events`. */
export const SyncProgressEvent = z.object({
  runId: z.string(),
  register: SyncRegister,
  phase: z.enum(['reading', 'writing', 'done']),
  processed: count(),
  /** Unknown while Fortnox is still being paged. */
  total: z.nullable(count()),
});
export type SyncProgressEvent = z.infer<typeof SyncProgressEvent>;

/** `GET /sync/status`: the running run (if any) and the recent runs, newest first. */
export const SyncStatus = z.object({
  running: z.nullable(SyncRun),
  progress: z.array(SyncProgressEvent),
  runs: z.array(SyncRun).check(z.maxLength(50)),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** Server-sent events on `GET /sync/events` (`event:` name → `data:` JSON). */
export const SyncStreamEvents = {
  /** Sent once on connect, and whenever a run starts or ends. */
  status: SyncStatus,
  progress: SyncProgressEvent,
  finished: SyncRun,
} as const;
export type SyncStreamEventName = keyof typeof SyncStreamEvents;

/** Fortnox's invoice states as the UI shows them. */
export const InvoiceState = z.enum(['unsent', 'sent', 'booked', 'paid', 'cancelled', 'credited']);
export type InvoiceState = z.infer<typeof InvoiceState>;

/** `GET /orders/:orderId/status`, and the response of `POST /orders/:orderId/send`. */
export const OrderStatus = z.object({
  orderId: z.string(),
  state: z.enum(['not_sent', 'sent', 'invoiced']),
  /** The integration reference: which Fortnox document the order became. */
  reference: z.nullable(
    z.object({ target: z.enum(['order', 'invoice']), documentNumber: z.string() }),
  ),
  invoice: z.nullable(z.object({ documentNumber: z.string(), state: InvoiceState })),
  /** Sending is possible now (connected, ready for invoicing or 19 on, not yet sent). */
  canSend: z.boolean(),
  /** Sending again updates the same Fortnox document (19 on, not invoiced). */
  canResend: z.boolean(),
  /** The last failed attempt, kept until a send succeeds. */
  lastError: z.nullable(ErrorBody.shape.error),
  sentAt: z.nullable(IsoDateTime),
});
export type OrderStatus = z.infer<typeof OrderStatus>;

/** `POST /orders/import` (setting 35): create a host order from a Fortnox order number. */
export const ImportOrderRequest = z.object({
  fortnoxOrderNumber: z.string().check(z.trim(), z.regex(/^\d{1,9}$/, 'digits only')),
});
export type ImportOrderRequest = z.input<typeof ImportOrderRequest>;
export const ImportOrderResponse = z.object({
  orderId: z.string(),
  orderNumber: z.string(),
  /** Where the host shows the order, when the host tells the handler. */
  url: z.optional(z.string()),
});
export type ImportOrderResponse = z.infer<typeof ImportOrderResponse>;

/**
 * Every route of the handler. `admin`: the host's `authorize` hook must grant the admin role;
 * other routes need a signed-in user (except the OAuth callback, which checks `state`).
 */
export const HANDLER_ROUTES = {
  getConnection: { method: 'GET', path: '/connection', admin: false },
  connect: { method: 'POST', path: '/connection/connect', admin: true },
  oauthCallback: { method: 'GET', path: '/oauth/callback', admin: false },
  disconnect: { method: 'DELETE', path: '/connection', admin: true },
  getSettings: { method: 'GET', path: '/settings', admin: false },
  putSettings: { method: 'PUT', path: '/settings', admin: true },
  exportArticles: { method: 'GET', path: '/articles/export.csv', admin: true },
  startSync: { method: 'POST', path: '/sync', admin: false },
  getSyncStatus: { method: 'GET', path: '/sync/status', admin: false },
  syncEvents: { method: 'GET', path: '/sync/events', admin: false },
  notifyHostChange: { method: 'POST', path: '/sync/host-changes', admin: false },
  sendOrder: { method: 'POST', path: '/orders/:orderId/send', admin: false },
  getOrderStatus: { method: 'GET', path: '/orders/:orderId/status', admin: false },
  invoicePdf: { method: 'GET', path: '/orders/:orderId/invoice.pdf', admin: false },
  confirmationPdf: { method: 'GET', path: '/orders/:orderId/confirmation.pdf', admin: false },
  importOrder: { method: 'POST', path: '/orders/import', admin: false },
} as const satisfies Record<string, { method: string; path: string; admin: boolean }>;
export type HandlerRouteName = keyof typeof HANDLER_ROUTES;

/**
 * The header every state-changing request from the React client carries (with
 * `Content-Type: application/json`). Either one forces a CORS preflight on a cross-origin
 * request, which the handler never grants: how a browser proves the request is the app's
 * own (decisions/056). Other front ends send it too, with the value `1`.
 */
export const FORTNOX_KIT_HEADER = 'x-fortnox-kit';

/** Fills `:orderId` and encodes it: `routePath('sendOrder', { orderId: 'AO 1' })`. */
export function routePath(name: HandlerRouteName, params: { orderId?: string } = {}): string {
  const { path } = HANDLER_ROUTES[name];
  if (!path.includes(':orderId')) return path;
  if (!params.orderId) throw new TypeError(`Route ${name} needs an orderId.`);
  return path.replace(':orderId', encodeURIComponent(params.orderId));
}
