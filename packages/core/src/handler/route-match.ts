import { HANDLER_ROUTES, type HandlerRouteName } from './contract.js';

/** A matched route and its `:orderId`. */
export interface RouteMatch {
  name: HandlerRouteName;
  orderId?: string;
}

const ROUTES = (
  Object.entries(HANDLER_ROUTES) as [HandlerRouteName, (typeof HANDLER_ROUTES)[HandlerRouteName]][]
)
  .map(([name, route]) => ({
    name,
    method: route.method as string,
    pattern: new RegExp(`${route.path.replace(':orderId', '([^/]+)').replace(/\./g, '\\.')}$`),
  }))
  // Longest first, so `/connection/connect` wins over `/connection`.
  .sort((a, b) => b.pattern.source.length - a.pattern.source.length);

/**
 * Finds the route of `method` + `path` (the path below the mount point, or the full path
 * when the mount point is unknown). `methodMismatch` tells a 405-ish miss from a 404.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const clean = path.replace(/\/+$/, '') || '/';
  // `/orders/import` must not be read as the order "import".
  const candidates = ROUTES.filter((r) => r.method === method);
  for (const route of candidates) {
    const match = route.pattern.exec(clean);
    if (!match) continue;
    const prefix = clean.slice(0, match.index);
    if (prefix !== '' && !prefix.startsWith('/')) continue;
    return match[1] === undefined
      ? { name: route.name }
      : { name: route.name, orderId: decodeURIComponent(match[1]) };
  }
  return undefined;
}
