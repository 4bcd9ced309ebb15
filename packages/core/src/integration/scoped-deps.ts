import type { Clock } from '../env/clock.js';
import type { HandlerUser, HostScope } from '../host-registers/host-scope.js';
import type { WorkflowDeps } from '../send/send-deps.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';
import type { FortnoxGateway } from './fortnox-gateway.js';
import type { IntegrationOptions } from './integration-options.js';
import { WorkflowError } from './workflow-error.js';

/** What {@link createScopedDeps} builds on. */
export interface ScopedDepsInput {
  options: Pick<IntegrationOptions, 'registers' | 'hostOrders'>;
  tenantId: string;
  connectionId: string;
  store: StateStore;
  gateway: FortnoxGateway;
  clock: Clock;
  settings: () => Promise<IntegrationSettings>;
}

/**
 * The host callbacks of one request, made for its user (decisions/058): `scopeOf` refuses a
 * user of another tenant with `not_found` (the integration shows them nothing), and
 * `workflowDeps` hands the workflows registers and orders made for that scope.
 */
export function createScopedDeps(input: ScopedDepsInput) {
  const { options, tenantId, ...shared } = input;
  const scopeOf = (user: HandlerUser | null | undefined): HostScope => {
    if (user && user.tenantId !== tenantId) {
      throw new WorkflowError('not_found', 'Not found for this tenant.');
    }
    return { tenantId, user: user ?? null };
  };
  const workflowDeps = (user?: HandlerUser | null): WorkflowDeps => {
    const scope = scopeOf(user);
    return {
      ...shared,
      registers: options.registers(scope),
      hostOrders: options.hostOrders(scope),
    };
  };
  return { scopeOf, workflowDeps };
}
