import type { HandlerUser } from '../host-registers/host-scope.js';
import type { Integration } from '../integration/create-integration.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { toErrorInfo } from '../send/last-send-error.js';
import { ERROR_STATUS, HANDLER_ROUTES } from './contract.js';
import { checkCsrf } from './csrf.js';
import {
  type FortnoxHandlerOptions,
  type NormalizedHandlerOptions,
  normalizeHandlerOptions,
} from './handler-options.js';
import { oauthPopupPage, oauthRedirect } from './oauth-callback-page.js';
import { errorResponse } from './responses.js';
import { matchRoute } from './route-match.js';
import { serveRoute } from './serve-route.js';

/** A web-standard request handler: Node 18+, Deno, Bun, Next route handlers, Hono, MSW. */
export type FortnoxHandler = (request: Request) => Promise<Response>;

/**
 * The backend the React components talk to (decisions/050): the handler contract's routes
 * over one tenant's integration. In this order, a request is matched exactly below
 * `basePath` (else 404; dot segments and malformed escapes 400), checked against CSRF when it
 * changes state (403, decisions/056), authenticated (401; a user of another tenant: 404),
 * checked for the admin role where the route needs it (403), and only then is its body read,
 * capped at `maxBodyBytes` (413). The OAuth callback needs a `state` this server issued
 * instead of a session. Every error is `{ error: { code, message, field?, userMessage? } }`;
 * no token, secret or key is ever in a response.
 *
 * @example
 * const handler = createFortnoxHandler(integration, { authorize: async (req) => sessionUser(req) });
 * export const GET = handler, POST = handler, PUT = handler, DELETE = handler; // Next.js
 */
export function createFortnoxHandler(
  integration: Integration,
  options: FortnoxHandlerOptions,
): FortnoxHandler {
  const resolved = normalizeHandlerOptions(options);
  return async (request) => {
    try {
      return await handle(integration, resolved, request);
    } catch (error) {
      const info = toErrorInfo(error);
      report(resolved, error, info.code, request);
      return errorResponse(info);
    }
  };
}

async function handle(
  integration: Integration,
  options: NormalizedHandlerOptions,
  request: Request,
): Promise<Response> {
  const url = new URL(request.url);
  const path = belowBase(url.pathname, options.basePath);
  const match = path === undefined ? undefined : matchRoute(request.method, path);
  if (!match) throw new WorkflowError('not_found', `No route ${request.method} ${url.pathname}.`);
  checkCsrf(request, options.allowedOrigins);
  if (match.name === 'oauthCallback') {
    // Fortnox's redirect is a top-level navigation: the session cookie comes along, and the
    // state is honoured only for the user who started connecting (no session, no connect).
    const user = await options.authorize(request);
    return await oauthCallback(integration, request, url, user);
  }
  const user = await options.authorize(request);
  if (!user) throw new WorkflowError('unauthenticated', 'Sign in to use the Fortnox integration.');
  // A session of another tenant sees nothing here, as if the integration did not exist.
  if (user.tenantId !== integration.tenantId) {
    throw new WorkflowError('not_found', `No route ${request.method} ${url.pathname}.`);
  }
  if (HANDLER_ROUTES[match.name].admin && !user.isAdmin) {
    throw new WorkflowError(
      'forbidden',
      'Only an administrator can change the Fortnox integration.',
    );
  }
  return await serveRoute({ integration, options, request, match, user });
}

async function oauthCallback(
  integration: Integration,
  request: Request,
  url: URL,
  user: HandlerUser | null,
): Promise<Response> {
  const q = url.searchParams;
  // An unknown, reused or another session's state throws oauth_state_mismatch: answered as
  // JSON, nothing stored.
  const { pending, error } = await integration.completeConnect(
    { code: q.get('code'), state: q.get('state'), error: q.get('error') },
    user,
  );
  const status = error ? 'error' : 'connected';
  return pending.mode === 'popup'
    ? oauthPopupPage(url.origin, status, error?.code)
    : oauthRedirect(request.url, pending.returnTo, status, error?.code);
}

// onError is for what nobody expected (5xx); a refusal is normal traffic, logged by code.
function report(
  options: NormalizedHandlerOptions,
  error: unknown,
  code: keyof typeof ERROR_STATUS,
  request: Request,
): void {
  if (ERROR_STATUS[code] >= 500) {
    options.onError?.(error, request);
    return;
  }
  const { pathname } = new URL(request.url);
  options.logger.debug?.(`fortnox-kit handler refused ${request.method} ${pathname}: ${code}`, {
    code,
  });
}

function belowBase(pathname: string, base: string): string | undefined {
  if (base === '') return pathname;
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined;
}
