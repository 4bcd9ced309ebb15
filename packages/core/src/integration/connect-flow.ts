import type { FortnoxClient } from '../client/create-fortnox-client.js';
import type { FortnoxConnection } from '../connection/fortnox-connection.js';
import { isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import type { ConnectionState, ConnectRequest, Subgroup } from '../handler/contract.js';
import type { HandlerUser } from '../host-registers/host-scope.js';
import type { StateStore } from '../store/state-store.js';
import { WorkflowError } from './workflow-error.js';

/** How long a started authorization may take (Fortnox codes live 10 minutes). */
const STATE_TTL_MS = 15 * 60_000;

/** What was asked when the authorization started; the callback answers accordingly. */
export interface PendingConnect {
  subgroup: string | null;
  mode: 'redirect' | 'popup';
  returnTo: string | undefined;
  expiresAt: number;
  /**
   * The signed-in user who started it (the handler's `authorize`): only that user's session
   * may finish it. Null when host code started it without a user.
   */
  startedBy?: { userId: string; tenantId: string } | null;
}

/** Dependencies of the connect flow. */
export interface ConnectFlowDeps {
  connectionId: string;
  store: StateStore;
  connection: FortnoxConnection;
  client: FortnoxClient;
  now: () => number;
  subgroups?: () => Promise<Subgroup[] | null>;
  /** The integration's subgroup (from its settings). */
  subgroup?: () => Promise<string | null>;
}

const stateKey = (state: string) => `oauth-state:${state}`;

/**
 * Starts the OAuth authorization: remembers a fresh `state`, bound to `user` when there is
 * one, and returns Fortnox's consent URL.
 */
export async function startConnect(
  deps: ConnectFlowDeps,
  request: ConnectRequest = {},
  user: HandlerUser | null = null,
) {
  const { url, state } = deps.connection.buildAuthorizeUrl();
  const pending: PendingConnect = {
    subgroup: request.subgroup ?? null,
    mode: request.mode ?? 'redirect',
    returnTo: request.returnTo,
    expiresAt: deps.now() + STATE_TTL_MS,
    startedBy: user ? { userId: user.id, tenantId: user.tenantId } : null,
  };
  await deps.store.setCursor(deps.connectionId, stateKey(state), JSON.stringify(pending));
  return { authorizeUrl: url };
}

/** The outcome of a callback whose `state` was valid: connected, or why not. */
export interface ConnectOutcome {
  pending: PendingConnect;
  error: WorkflowError | null;
}

/** Whether `user` may finish an authorization that `pending` remembers. */
function startedBySameUser(pending: PendingConnect, user: HandlerUser | null): boolean {
  const by = pending.startedBy;
  if (!by) return true;
  return user !== null && user.id === by.userId && user.tenantId === by.tenantId;
}

/**
 * Finishes the authorization on the callback: the `state` must be one this server issued,
 * unused, unexpired and started by `user` (else it throws `oauth_state_mismatch`); a declined
 * consent is reported as `oauth_denied` in the outcome. Stores the tokens, the subgroup and
 * the company name.
 */
export async function completeConnect(
  deps: ConnectFlowDeps,
  query: { code?: string | null; state?: string | null; error?: string | null },
  user: HandlerUser | null = null,
): Promise<ConnectOutcome> {
  const state = query.state ?? '';
  const raw = state ? await deps.store.getCursor(deps.connectionId, stateKey(state)) : undefined;
  const pending = raw ? (JSON.parse(raw) as PendingConnect) : undefined;
  if (!pending || pending.expiresAt < deps.now()) {
    throw new WorkflowError(
      'oauth_state_mismatch',
      'This Fortnox authorization was not started here, was already used or has expired. Start connecting again.',
    );
  }
  // Left unused: another session must not be able to spend the user's state either.
  if (!startedBySameUser(pending, user)) {
    throw new WorkflowError(
      'oauth_state_mismatch',
      'This Fortnox authorization was started by another session. Start connecting again, signed in as yourself.',
    );
  }
  await deps.store.setCursor(deps.connectionId, stateKey(state), '');
  if (query.error || !query.code) {
    return {
      pending,
      error: new WorkflowError('oauth_denied', 'The connection to Fortnox was not approved.'),
    };
  }
  try {
    await deps.connection.exchangeCode({ code: query.code, state, expectedState: state });
  } catch (error) {
    if (!isFortnoxAuthError(error)) throw error;
    const message = `Fortnox did not accept the authorization: ${error.message}`;
    return { pending, error: new WorkflowError('oauth_denied', message, { cause: error }) };
  }
  const company = await deps.client.companyInformation
    .get({ priority: 'interactive' })
    .catch(() => undefined);
  if (company) {
    const info = {
      name: company.CompanyName ?? '',
      organisationNumber: company.OrganizationNumber ?? '',
    };
    await deps.store.setCursor(deps.connectionId, 'company', JSON.stringify(info));
  }
  return { pending, error: null };
}

/** `GET /connection`: the connection's state, never a token or key. */
export async function readConnectionState(deps: ConnectFlowDeps): Promise<ConnectionState> {
  const snapshot = await deps.connection.load();
  const company = await deps.store.getCursor(deps.connectionId, 'company');
  const subgroup = deps.subgroup ? await deps.subgroup() : null;
  return {
    status: snapshot.status,
    company: snapshot.status !== 'not_connected' && company ? JSON.parse(company) : null,
    subgroup,
    subgroups: deps.subgroups ? await deps.subgroups() : null,
    connectedAt: snapshot.connectedAt ? new Date(snapshot.connectedAt).toISOString() : null,
  };
}

/** Revokes the grant (best effort) and forgets tokens and company. */
export async function disconnect(deps: ConnectFlowDeps): Promise<void> {
  await deps.connection.disconnect();
  await deps.store.setCursor(deps.connectionId, 'company', '');
}
