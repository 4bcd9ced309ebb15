import { WorkflowError } from '../integration/workflow-error.js';
import { HANDLER_ROUTES, type HandlerRouteName } from './contract.js';

/** A matched route and its `:orderId`. */
export interface RouteMatch {
  name: HandlerRouteName;
  orderId?: string;
}

const ROUTES = (
  Object.entries(HANDLER_ROUTES) as [HandlerRouteName, (typeof HANDLER_ROUTES)[HandlerRouteName]][]
).map(([name, route]) => ({
  name,
  method: route.method as string,
  segments: route.path.split('/'),
}));

// `.` and `..` also when percent-encoded: a runtime that does not normalise the URL must
// not let `/orders/x/../../settings` reach `/settings` (decisions/057).
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Finds the route of `method` + `path`, where `path` is the path below the mount point
 * (`/orders/AO%201/send`). The match is exact, segment by segment: no prefix, no trailing
 * slash, no dot segments. An order id with a malformed percent-escape, or a path with a
 * dot segment, is a `bad_request` (400); no route is `undefined` (404).
 *
 * @example matchRoute('POST', '/orders/AO%201/send') // { name: 'sendOrder', orderId: 'AO 1' }
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/');
  if (segments.some((segment) => DOT_SEGMENT.test(segment))) {
    throw new WorkflowError('bad_request', 'The path may not contain "." or ".." segments.');
  }
  for (const route of ROUTES) {
    if (route.method !== method || route.segments.length !== segments.length) continue;
    const orderId = matchSegments(route.segments, segments);
    if (orderId === false) continue;
    return orderId === undefined ? { name: route.name } : { name: route.name, orderId };
  }
  return undefined;
}

/** `false`: no match; otherwise the decoded `:orderId` (undefined when the route has none). */
function matchSegments(pattern: string[], segments: string[]): string | undefined | false {
  let orderId: string | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string;
    const actual = segments[i] as string;
    if (expected !== ':orderId') {
      if (expected !== actual) return false;
      continue;
    }
    // `/orders/import` is the import route, not the order "import" (method tells them apart).
    if (actual === '') return false;
    orderId = decodeSegment(actual);
  }
  return orderId;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (cause) {
    throw new WorkflowError(
      'bad_request',
      'The order id in the path is not valid percent-encoding.',
      {
        cause,
      },
    );
  }
}
