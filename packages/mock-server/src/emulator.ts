import { http, type RequestHandler, type WebSocketHandler, ws } from 'msw';
import { type ClientApp, type TokenSet, TokenStore } from './auth/token-store.js';
import { createEmulatorClock, type EmulatorClock } from './clock.js';
import { createControl, type EmulatorControl } from './control/control.js';
import { FaultRegistry } from './control/faults.js';
import { SlidingWindowLimiter } from './control/rate-limiter.js';
import { RequestLog } from './control/request-log.js';
import { createDispatcher } from './dispatch.js';
import type { DomainContext } from './domain/context.js';
import { EventLog } from './events/event-log.js';
import { createTopicsSession, type TopicsSession } from './events/topics-session.js';
import {
  type FortnoxEmulatorOptions,
  type ResolvedEmulatorOptions,
  resolveOptions,
} from './options.js';
import type { Tenant } from './store/tenant.js';
import { buildTenant, type CreateTenantOptions } from './tenants.js';
import { stockholmIso } from './time.js';

/** Options of `emulator.issueTokens`: a test shortcut past the OAuth consent. */
export interface IssueTokensOptions {
  clientId: string;
  tenantId: number;
  /** @default every scope */
  scopes?: readonly string[];
  /** Record a service-account consent, so `client_credentials` works for this tenant. @default false */
  serviceAccount?: boolean;
  /**
   * When the tokens were issued (epoch ms on the emulator's clock): a time in the past gives
   * an access token that expires sooner, e.g. a fleet whose tokens expire staggered.
   * @default the emulator's now
   */
  issuedAt?: number;
}

/** The emulator's data: every tenant, isolated. */
export interface EmulatorDb {
  readonly tenants: ReadonlyMap<number, Tenant>;
  /** A tenant by id; throws when unknown. */
  tenant(tenantId: number): Tenant;
}

/** A stateful Fortnox API emulator. */
export interface FortnoxEmulator {
  /** MSW handlers for REST, OAuth and the control API (`/__emulator/*`). */
  readonly handlers: RequestHandler[];
  /**
   * An MSW handler for the WebSocket topics feed at `wsUrl`, created on first use (it needs
   * a global `WebSocket`: browsers and Node 22+). The browser setup includes it.
   */
  readonly websocketHandler: WebSocketHandler;
  readonly clock: EmulatorClock;
  readonly db: EmulatorDb;
  readonly control: EmulatorControl;
  readonly events: EventLog;
  readonly tokens: TokenStore;
  readonly options: ResolvedEmulatorOptions;
  /** Answers any request the handlers answer (used by the localhost server). */
  fetch(request: Request): Promise<Response>;
  /** Opens a WebSocket topics session; `send` delivers frames to the client. */
  openTopicsSession(send: (data: string) => void): TopicsSession;
  createTenant(options?: CreateTenantOptions): { tenantId: number; companyName: string };
  registerClient(options?: Partial<ClientApp>): ClientApp;
  issueTokens(options: IssueTokensOptions): TokenSet;
  /** A write context for a tenant (what `actAsUser` uses). */
  context(tenantId: number): DomainContext;
}

/**
 * Creates a Fortnox emulator with every Fortnox rule on.
 *
 * @example
 * const emulator = createFortnoxEmulator();
 * const server = setupServer(...emulator.handlers);
 * const { tenantId } = emulator.createTenant({ seed: 1, size: 20 });
 * const { clientId } = emulator.registerClient();
 * const { accessToken } = emulator.issueTokens({ clientId, tenantId });
 */
export function createFortnoxEmulator(options: FortnoxEmulatorOptions = {}): FortnoxEmulator {
  const resolved = resolveOptions(options);
  const clock = createEmulatorClock(resolved.clock);
  const tenants = new Map<number, Tenant>();
  const tokens = new TokenStore();
  const events = new EventLog({ now: () => clock.now() });
  const faults = new FaultRegistry(resolved.faultSeed);
  const log = new RequestLog();
  const limiter = new SlidingWindowLimiter();
  let nextTenantId = 1_000_001;

  const db: EmulatorDb = {
    tenants,
    tenant(tenantId) {
      const tenant = tenants.get(tenantId);
      if (!tenant) throw new Error(`Unknown tenant ${tenantId}`);
      return tenant;
    },
  };

  const context = (tenant: Tenant): DomainContext => {
    const now = clock.now();
    return {
      tenant,
      now,
      apiBaseUrl: resolved.apiBaseUrl,
      publish: (topic, type, entityId) =>
        events.publish({
          topic,
          type,
          tenantId: tenant.tenantId,
          entityId,
          timestamp: stockholmIso(now),
        }),
    };
  };

  const emulatorFetch = createDispatcher({
    resolved,
    clock,
    tenants,
    tokens,
    faults,
    log,
    limiter,
    context,
    control: () => emulator.control,
  });

  let control: EmulatorControl | undefined;
  let websocketHandler: WebSocketHandler | undefined;
  const emulator: FortnoxEmulator = {
    handlers: [],
    get websocketHandler() {
      websocketHandler ??= ws.link(resolved.wsUrl).addEventListener('connection', ({ client }) => {
        const session = emulator.openTopicsSession((data) => client.send(data));
        client.addEventListener('message', (event) => session.handle(String(event.data)));
        client.addEventListener('close', () => session.close());
      });
      return websocketHandler;
    },
    clock,
    db,
    events,
    tokens,
    options: resolved,
    fetch: emulatorFetch,
    get control() {
      control ??= createControl({ emulator, faults, log });
      return control;
    },
    createTenant(tenantOptions = {}) {
      const tenantId = tenantOptions.tenantId ?? nextTenantId++;
      if (tenants.has(tenantId)) throw new Error(`Tenant ${tenantId} already exists`);
      const tenant = buildTenant(tenantId, tenantOptions, clock.now());
      tenants.set(tenantId, tenant);
      return { tenantId, companyName: tenant.company.CompanyName };
    },
    registerClient: (app) => tokens.registerClient(app),
    issueTokens({ clientId, tenantId, scopes, serviceAccount = false, issuedAt }) {
      if (!tokens.clients.has(clientId)) throw new Error(`Unknown client ${clientId}`);
      db.tenant(tenantId);
      const grant = tokens.createGrant(clientId, tenantId, scopes, serviceAccount);
      return tokens.issue(grant, issuedAt ?? clock.now(), true);
    },
    context: (tenantId) => context(db.tenant(tenantId)),
    openTopicsSession: (send) => createTopicsSession({ events, tokens, now: clock.now }, send),
  };
  const origins = [...new Set([resolved.apiBaseUrl, resolved.authBaseUrl])];
  emulator.handlers.push(
    ...origins.map((base) => http.all(`${base}/*`, ({ request }) => emulatorFetch(request))),
  );
  return emulator;
}
