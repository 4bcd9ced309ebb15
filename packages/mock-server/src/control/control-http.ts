import type { FortnoxEmulator } from '../emulator.js';
import { FortnoxApiError } from '../http/fortnox-error.js';
import { errorResponse, jsonResponse } from '../http/responses.js';
import type { EmulatorControl } from './control.js';
import type { FaultSpec } from './faults.js';

type Json = Record<string, unknown>;

async function body(request: Request): Promise<Json> {
  const text = await request.text();
  return text ? (JSON.parse(text) as Json) : {};
}

/**
 * Every route of the control API over HTTP (under `${apiBaseUrl}/__emulator`), as
 * `METHOD /path`. The mock-server README documents each one with a curl example (tested).
 */
export const CONTROL_ROUTES = [
  'GET /clock',
  'POST /clock/advance',
  'POST /faults',
  'DELETE /faults',
  'GET /requests',
  'DELETE /requests',
  'POST /tenants',
  'POST /clients',
  'POST /tokens',
  'POST /tenants/:id/act',
] as const;

/**
 * The control API over HTTP, under `${apiBaseUrl}/__emulator/` (the server's root URL for
 * `fortnox-mock`, not `/3`), for scripts and non-JS clients. It has no authentication: the
 * emulator is a test tool bound to localhost.
 */
export async function handleControlHttp(
  request: Request,
  emulator: FortnoxEmulator,
  control: EmulatorControl,
): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.slice(url.pathname.indexOf('/__emulator/') + '/__emulator'.length);
  const key = `${request.method} ${path.replace(/\/\d+(?=\/|$)/g, '/:id')}`;
  try {
    switch (key) {
      case 'GET /clock':
        return jsonResponse({ now: control.now(), iso: new Date(control.now()).toISOString() });
      case 'POST /clock/advance':
        return jsonResponse({ now: control.advanceClock(Number((await body(request)).ms ?? 0)) });
      case 'POST /faults': {
        const spec = (await body(request)) as unknown as FaultSpec & { pathRegex?: string };
        const path = spec.pathRegex ? new RegExp(spec.pathRegex) : spec.path;
        return jsonResponse({ id: control.injectFault({ ...spec, path }) }, 201);
      }
      case 'DELETE /faults':
        control.clearFaults();
        return new Response(null, { status: 204 });
      case 'GET /requests': {
        const tenantId = url.searchParams.get('tenantId');
        const filter = tenantId ? { tenantId: Number(tenantId) } : {};
        return jsonResponse({
          requests: control.requests(filter),
          counts: control.requestCounts(),
        });
      }
      case 'DELETE /requests':
        control.clearRequests();
        return new Response(null, { status: 204 });
      case 'POST /tenants':
        return jsonResponse(emulator.createTenant(await body(request)), 201);
      case 'POST /clients':
        return jsonResponse(emulator.registerClient(await body(request)), 201);
      case 'POST /tokens':
        return jsonResponse(emulator.issueTokens((await body(request)) as never), 201);
      case 'POST /tenants/:id/act': {
        const tenantId = Number(path.split('/')[2]);
        const { action, args } = (await body(request)) as { action: string; args?: unknown[] };
        const actions = control.actAsUser(tenantId) as unknown as Record<
          string,
          (...a: unknown[]) => unknown
        >;
        const fn = Object.hasOwn(actions, action) ? actions[action] : undefined;
        if (!fn)
          return jsonResponse(
            { error: `Unknown action ${action}`, actions: Object.keys(actions) },
            400,
          );
        return jsonResponse({ result: (await fn(...(args ?? []))) ?? null });
      }
      default:
        return jsonResponse(
          { error: `No control route ${request.method} ${path}`, routes: CONTROL_ROUTES },
          404,
        );
    }
  } catch (error) {
    if (error instanceof FortnoxApiError) return errorResponse(error);
    return jsonResponse({ error: error instanceof Error ? error.message : String(error) }, 400);
  }
}
