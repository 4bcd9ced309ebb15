import type * as z from 'zod/mini';
import { type Clock, systemClock } from '../env/clock.js';
import type { Integration } from '../integration/create-integration.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { toErrorInfo } from '../send/last-send-error.js';
import {
  ConnectRequest,
  HANDLER_ROUTES,
  ImportOrderRequest,
  SettingsPutRequest,
  SyncRequest,
  type SyncStreamEvents,
} from './contract.js';
import { oauthPopupPage, oauthRedirect } from './oauth-callback-page.js';
import { csvResponse, errorResponse, jsonResponse, pdfResponse } from './responses.js';
import { matchRoute, type RouteMatch } from './route-match.js';
import { sseResponse } from './sse.js';

/** Who is asking, as the host's `authorize` hook decides; null = not signed in. */
export interface HandlerUser {
  id: string;
  /** May add, change or remove the integration and its settings (SPEC §3). */
  isAdmin: boolean;
}

/** Options of {@link createFortnoxHandler}. */
export interface FortnoxHandlerOptions {
  /** The host's authentication: the user behind a request (cookie, header...), or null. */
  authorize: (request: Request) => HandlerUser | null | Promise<HandlerUser | null>;
  /** Where the handler is mounted, e.g. `/api/fortnox`. @default routes are matched by their ending */
  basePath?: string;
  /** Where the host shows an order, for the import response's `url`. */
  orderUrl?: (orderId: string) => string;
  /** Gets every error before it is turned into a JSON body (log it; the body stays generic). */
  onError?: (error: unknown, request: Request) => void;
  /**
   * A comment line on the sync event stream this often, so proxies keep it open; 0 = none.
   * @default 25000
   */
  heartbeatMs?: number;
  /** Times the heartbeat. @default systemClock */
  clock?: Clock;
}

/** A web-standard request handler: Node 18+, Deno, Bun, Next route handlers, Hono, MSW. */
export type FortnoxHandler = (request: Request) => Promise<Response>;

/**
 * The backend the React components talk to (decisions/050): the handler contract's routes
 * over an integration. Admin routes need `isAdmin`; the OAuth callback needs a `state`
 * this server issued. Every error is `{ error: { code, message, field? } }`; no token,
 * secret or key is ever in a response.
 *
 * @example
 * const handler = createFortnoxHandler(integration, { authorize: async (req) => sessionUser(req), basePath: '/api/fortnox' });
 * export const GET = handler, POST = handler, PUT = handler, DELETE = handler; // Next.js
 */
export function createFortnoxHandler(
  integration: Integration,
  options: FortnoxHandlerOptions,
): FortnoxHandler {
  return async (request) => {
    try {
      const url = new URL(request.url);
      const path = stripBase(url.pathname, options.basePath);
      const match = path === undefined ? undefined : matchRoute(request.method, path);
      if (!match)
        throw new WorkflowError('not_found', `No route ${request.method} ${url.pathname}.`);
      if (match.name === 'oauthCallback') return await oauthCallback(integration, request, url);
      const user = await options.authorize(request);
      if (!user)
        throw new WorkflowError('unauthenticated', 'Sign in to use the Fortnox integration.');
      if (HANDLER_ROUTES[match.name].admin && !user.isAdmin) {
        throw new WorkflowError(
          'forbidden',
          'Only an administrator can change the Fortnox integration.',
        );
      }
      return await serve(integration, options, request, match);
    } catch (error) {
      options.onError?.(error, request);
      return errorResponse(toErrorInfo(error));
    }
  };
}

async function serve(
  integration: Integration,
  options: FortnoxHandlerOptions,
  request: Request,
  match: RouteMatch,
) {
  const orderId = match.orderId ?? '';
  switch (match.name) {
    case 'getConnection':
      return jsonResponse(await integration.getConnectionState());
    case 'connect':
      return jsonResponse(await integration.startConnect(await readBody(request, ConnectRequest)));
    case 'disconnect':
      await integration.disconnect();
      return new Response(null, { status: 204 });
    case 'getSettings':
      return jsonResponse(settingsBody(await integration.getSettings()));
    case 'putSettings': {
      const body = await readBody(request, SettingsPutRequest);
      return jsonResponse(settingsBody(await integration.putSettings(body.settings)));
    }
    case 'exportArticles':
      return csvResponse(integration.exportArticlesCsv(), 'artiklar.csv');
    case 'startSync': {
      const body = await readBody(request, SyncRequest);
      return jsonResponse(await integration.startSync(body), 202);
    }
    case 'getSyncStatus':
      return jsonResponse(await integration.getSyncStatus());
    case 'syncEvents':
      return sseResponse(
        request.signal,
        async (send) => {
          const unsubscribe = integration.sync.subscribe(({ event, data }) => send(event, data));
          send('status' satisfies keyof typeof SyncStreamEvents, await integration.getSyncStatus());
          return unsubscribe;
        },
        heartbeat(options),
      );
    case 'sendOrder':
      return jsonResponse((await integration.sendOrder(orderId)).status);
    case 'getOrderStatus':
      return jsonResponse(await integration.getOrderStatus(orderId));
    case 'invoicePdf': {
      const pdf = await integration.invoicePdf(orderId);
      return pdfResponse(pdf.bytes, pdf.fileName);
    }
    case 'confirmationPdf': {
      const pdf = await integration.confirmationPdf(orderId);
      return pdfResponse(pdf.bytes, pdf.fileName);
    }
    case 'importOrder': {
      const body = await readBody(request, ImportOrderRequest);
      const imported = await integration.importOrder(body.fortnoxOrderNumber);
      const url = options.orderUrl?.(imported.orderId);
      return jsonResponse(
        { orderId: imported.orderId, orderNumber: imported.orderNumber, ...(url ? { url } : {}) },
        201,
      );
    }
    default:
      throw new WorkflowError('not_found', 'No such route.');
  }
}

async function oauthCallback(
  integration: Integration,
  request: Request,
  url: URL,
): Promise<Response> {
  const q = url.searchParams;
  // An unknown or reused state throws oauth_state_mismatch: answered as JSON, nothing stored.
  const { pending, error } = await integration.completeConnect({
    code: q.get('code'),
    state: q.get('state'),
    error: q.get('error'),
  });
  const status = error ? 'error' : 'connected';
  return pending.mode === 'popup'
    ? oauthPopupPage(url.origin, status, error?.code)
    : oauthRedirect(request.url, pending.returnTo, status, error?.code);
}

function heartbeat(options: FortnoxHandlerOptions) {
  const intervalMs = options.heartbeatMs ?? 25_000;
  return intervalMs > 0 ? { clock: options.clock ?? systemClock, intervalMs } : undefined;
}

function settingsBody(stored: { settings: unknown; updatedAt: number | null }) {
  return {
    settings: stored.settings,
    updatedAt: stored.updatedAt === null ? null : new Date(stored.updatedAt).toISOString(),
  };
}

/** Parses a JSON body with a contract schema: bad JSON → bad_request, invalid → validation_failed. */
async function readBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  const text = await request.text();
  let data: unknown = {};
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      throw new WorkflowError('bad_request', 'The request body is not valid JSON.');
    }
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  throw new WorkflowError('validation_failed', issue?.message ?? 'Invalid request body.', {
    field,
  });
}

function stripBase(pathname: string, basePath: string | undefined): string | undefined {
  if (basePath === undefined) return pathname;
  const base = basePath.replace(/\/+$/, '');
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined;
}
