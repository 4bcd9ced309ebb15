import type { DomainContext } from '../domain/context.js';

/** A Fortnox scope, e.g. `customer`. */
export type Scope = string;

/** What a route handler gets. */
export interface ApiContext extends DomainContext {
  readonly request: Request;
  readonly url: URL;
  /** Decoded path parameters, in order. */
  readonly params: readonly string[];
}

/** One REST route of the emulator. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly pattern: RegExp;
  readonly scope: Scope;
  handle(ctx: ApiContext): Response | Promise<Response>;
}

/** Declares a route; `:name` segments become path parameters. */
export function route(
  method: Route['method'],
  path: string,
  scope: Scope,
  handle: Route['handle'],
): Route {
  const source = path.replace(/:[A-Za-z]+/g, '([^/]+)');
  return { method, pattern: new RegExp(`^${source}/?$`), scope, handle };
}

/** The first route matching `method` and `path`, with its decoded parameters. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: string[] } | { pathKnown: boolean } {
  let pathKnown = false;
  for (const candidate of routes) {
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (candidate.method !== method) continue;
    return { route: candidate, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return { pathKnown };
}
