import type { Clock } from '@fortnox-kit/core';
import type { TokenStore } from '../auth/token-store.js';
import type { SlidingWindowLimiter } from '../control/rate-limiter.js';
import type { DomainContext } from '../domain/context.js';
import type { EmulatorRules } from '../options.js';
import type { Tenant } from '../store/tenant.js';
import { errorBody, FORTNOX_CODES, FortnoxApiError } from './fortnox-error.js';
import { errorResponse, htmlNotFound, jsonResponse } from './responses.js';
import { matchRoute, type Route } from './route.js';

/** What the REST dispatcher needs from the emulator. */
export interface ApiDeps {
  routes: readonly Route[];
  tokens: TokenStore;
  tenants: ReadonlyMap<number, Tenant>;
  clock: Clock;
  rules: EmulatorRules;
  limiter: SlidingWindowLimiter;
  context(tenant: Tenant): DomainContext;
}

/** Who made a request, once the token is known. */
export interface Caller {
  tenantId?: number;
  clientId?: string;
}

const unauthorized = () =>
  jsonResponse(errorBody(FORTNOX_CODES.invalidCredentials, 'Ogiltig inloggning'), 401);

/** Reads the bearer token of a request. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}

/**
 * Answers a `/3/...` request in Fortnox's order: unknown path (HTML 404), token (401),
 * scope (403), rate limit (429), then the route, whose errors become `ErrorInformation`.
 */
export async function handleApi(
  request: Request,
  path: string,
  deps: ApiDeps,
  caller: Caller,
): Promise<Response> {
  const match = matchRoute(deps.routes, request.method, path);
  if (!('route' in match)) return htmlNotFound();
  const token = bearerToken(request);
  const entry = token
    ? deps.tokens.check(token, deps.clock.now(), deps.rules.tokenExpiry)
    : 'invalid';
  if (typeof entry === 'string') return unauthorized();
  caller.tenantId = entry.tenantId;
  caller.clientId = entry.clientId;
  const tenant = deps.tenants.get(entry.tenantId);
  if (!tenant) return unauthorized();
  if (deps.rules.scopes && !entry.scopes.includes(match.route.scope)) {
    return jsonResponse(
      errorBody(
        FORTNOX_CODES.noScopePermission,
        `Har inte behörighet för scope: ${match.route.scope}`,
      ),
      403,
    );
  }
  if (
    deps.rules.rateLimit &&
    !deps.limiter.tryAcquire(`${entry.clientId}:${entry.tenantId}`, deps.clock.now())
  ) {
    return jsonResponse({ message: 'Too Many Requests' }, 429);
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (
    (request.method === 'POST' || request.method === 'PUT') &&
    contentType !== '' &&
    !contentType.includes('json')
  ) {
    return errorResponse(
      new FortnoxApiError(400, 1000031, 'Ogiltig Content-Type, använd application/json.'),
    );
  }
  try {
    const ctx = {
      ...deps.context(tenant),
      request,
      url: new URL(request.url),
      params: match.params,
      scopes: entry.scopes,
    };
    return await match.route.handle(ctx);
  } catch (error) {
    if (error instanceof FortnoxApiError) return errorResponse(error);
    return jsonResponse(errorBody(FORTNOX_CODES.systemError, 'Ett systemfel har uppstått.'), 500);
  }
}
