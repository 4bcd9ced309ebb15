import { WorkflowError } from '../integration/workflow-error.js';
import { FORTNOX_KIT_HEADER } from './contract.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const REFUSED = {
  sv: 'Förfrågan avvisades: den kom inte från den här appen. Ladda om sidan och försök igen.',
  en: 'The request was refused: it did not come from this app. Reload the page and try again.',
};

/**
 * The CSRF defence of every state-changing route (decisions/056). Refuses, before anything
 * is read or changed, a POST/PUT/PATCH/DELETE that
 * - a browser marks as cross-site (`Sec-Fetch-Site` other than `same-origin`/`none`), or
 *   whose `Origin` is neither the request's own host nor one of `allowedOrigins`; or
 * - carries neither `Content-Type: application/json` nor `X-Fortnox-Kit`, or carries another
 *   content type (a form or a `text/plain` fetch, which browsers send without a preflight).
 *
 * A request without `Origin` and `Sec-Fetch-Site` is not from a browser (or from one too old
 * to matter) and passes the origin check; the header check still applies.
 *
 * @throws WorkflowError `csrf_refused` (403)
 */
export function checkCsrf(request: Request, allowedOrigins: ReadonlySet<string>): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const origin = request.headers.get('origin');
  if (!isAllowedOrigin(request, origin, allowedOrigins)) {
    refuse(`A cross-origin ${request.method} from ${origin ?? 'another site'} was refused.`);
  }
  const type = request.headers.get('content-type');
  if (type === null ? !request.headers.has(FORTNOX_KIT_HEADER) : !isJson(type)) {
    refuse(
      `A ${request.method} needs Content-Type: application/json (or, without a body, ` +
        `the ${FORTNOX_KIT_HEADER} header); got ${type ?? 'neither'}.`,
    );
  }
}

/** The `allowedOrigins` option normalised: `https://app.example` form, no trailing slash. */
export function normalizeOrigins(origins: readonly string[] = []): ReadonlySet<string> {
  return new Set(origins.map((origin) => new URL(origin).origin));
}

function isAllowedOrigin(
  request: Request,
  origin: string | null,
  allowed: ReadonlySet<string>,
): boolean {
  if (origin !== null && allowed.has(origin)) return true;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'none';
  if (origin === null) return true;
  // Host, not scheme: behind a TLS-terminating proxy the request URL says http.
  return hostOf(origin) === new URL(request.url).host;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined; // `Origin: null` (sandboxed frames, some redirects)
  }
}

function isJson(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function refuse(message: string): never {
  throw new WorkflowError('csrf_refused', message, { userMessage: REFUSED });
}
