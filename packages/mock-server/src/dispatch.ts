import type { Clock } from '@fortnox-kit/core';
import { handleAuthorize } from './auth/authorize.js';
import { handleRevoke, handleToken } from './auth/token-endpoint.js';
import type { TokenStore } from './auth/token-store.js';
import type { EmulatorControl } from './control/control.js';
import type { FaultRegistry, FaultSpec } from './control/faults.js';
import type { SlidingWindowLimiter } from './control/rate-limiter.js';
import type { RequestLog } from './control/request-log.js';
import type { DomainContext } from './domain/context.js';
import { bearerToken, type Caller, handleApi } from './http/api-handler.js';
import { errorBody, FORTNOX_CODES } from './http/fortnox-error.js';
import { htmlNotFound, jsonResponse } from './http/responses.js';
import type { ResolvedEmulatorOptions } from './options.js';
import { ALL_ROUTES } from './resources/all-routes.js';
import type { Tenant } from './store/tenant.js';

/** Everything the dispatcher reaches into. */
export interface DispatchDeps {
  resolved: ResolvedEmulatorOptions;
  clock: Clock;
  tenants: ReadonlyMap<number, Tenant>;
  tokens: TokenStore;
  faults: FaultRegistry;
  log: RequestLog;
  limiter: SlidingWindowLimiter;
  context(tenant: Tenant): DomainContext;
  control(): EmulatorControl;
}

/**
 * The emulator's single entry: routes OAuth, `/3/...` and `/__emulator/...`, applies
 * injected faults and writes the request log. msw handlers and the localhost server both
 * call it, so they behave the same.
 */
export function createDispatcher(deps: DispatchDeps): (request: Request) => Promise<Response> {
  const { resolved, clock, tenants, tokens, faults, log, limiter, context } = deps;
  const apiDeps = {
    routes: ALL_ROUTES,
    tokens,
    tenants,
    clock,
    rules: resolved.rules,
    limiter,
    context,
  };
  const authPath = `${new URL(resolved.authBaseUrl).pathname.replace(/\/$/, '')}/oauth-v1/auth`;

  const route = async (request: Request, caller: Caller): Promise<Response> => {
    const url = request.url;
    if (url.startsWith(`${resolved.authBaseUrl}/oauth-v1/`)) {
      const path = url.slice(resolved.authBaseUrl.length).split('?')[0];
      const tenantList = () =>
        [...tenants.values()].map((t) => ({
          tenantId: t.tenantId,
          companyName: t.company.CompanyName,
        }));
      const deps = {
        tokens,
        now: clock.now,
        singleUseRefreshTokens: resolved.rules.singleUseRefreshTokens,
      };
      if (path === '/oauth-v1/auth')
        return handleAuthorize(request, { tokens, now: clock.now, tenants: tenantList, authPath });
      if (path === '/oauth-v1/token' && request.method === 'POST')
        return handleToken(request, deps);
      if (path === '/oauth-v1/revoke' && request.method === 'POST')
        return handleRevoke(request, deps);
      return htmlNotFound();
    }
    if (url.startsWith(`${resolved.apiBaseUrl}/3/`)) {
      const path = new URL(url).pathname.slice(
        new URL(resolved.apiBaseUrl).pathname.replace(/\/$/, '').length,
      );
      return handleApi(request, path, apiDeps, caller);
    }
    if (url.startsWith(`${resolved.apiBaseUrl}/__emulator/`))
      return deps.control().handleHttp(request);
    return htmlNotFound();
  };

  const applyFault = async (
    fault: FaultSpec,
    request: Request,
    caller: Caller,
  ): Promise<Response> => {
    if (fault.latencyMs) await clock.sleep(fault.latencyMs);
    if (fault.reset) return Response.error();
    if (fault.status !== undefined) {
      return jsonResponse(
        fault.body ?? errorBody(FORTNOX_CODES.systemError, 'Ett systemfel har uppstått.'),
        fault.status,
      );
    }
    const response = await route(request, caller);
    return fault.timeoutAfterCommit ? Response.error() : response;
  };

  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const caller: Caller = {};
    const token = bearerToken(request);
    const known = token ? tokens.access.get(token) : undefined;
    if (known) {
      caller.tenantId = known.tenantId;
      caller.clientId = known.clientId;
    }
    const fault = url.pathname.includes('/__emulator/')
      ? undefined
      : faults.take(request.method, url.pathname, caller.tenantId);
    const response = fault
      ? await applyFault(fault, request, caller)
      : await route(request, caller);
    if (!url.pathname.includes('/__emulator/')) {
      log.add({
        time: clock.now(),
        method: request.method,
        path: url.pathname,
        search: url.search,
        status: response.type === 'error' ? 0 : response.status,
        ...(caller.tenantId !== undefined ? { tenantId: caller.tenantId } : {}),
        ...(caller.clientId !== undefined ? { clientId: caller.clientId } : {}),
        ...(fault ? { fault: describeFault(fault) } : {}),
      });
    }
    return response;
  };
}

function describeFault(fault: FaultSpec): string {
  if (fault.timeoutAfterCommit) return 'timeout-after-commit';
  if (fault.reset) return 'reset';
  if (fault.status !== undefined) return `status-${fault.status}`;
  return `latency-${fault.latencyMs ?? 0}`;
}
