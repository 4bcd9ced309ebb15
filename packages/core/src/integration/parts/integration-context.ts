import type { IntegrationOptions } from '../integration-options.js';
import { createIntegrationParts } from '../integration-parts.js';
import { createScopedDeps } from '../scoped-deps.js';
import { WorkflowError } from '../workflow-error.js';

/**
 * What every part of the facade builds on: the integration's objects, the options, the
 * connection checks and the host callbacks made for a request's user.
 */
export function createIntegrationContext(options: IntegrationOptions) {
  const parts = createIntegrationParts(options);
  const { connection, tenantId, connectionId, store, gateway, clock, settings } = parts;
  const connected = async () => (await connection.load()).status === 'connected';
  // The workflows that call Fortnox refuse early, with the reason the UI shows.
  const requireConnected = async () => {
    const { status } = await connection.load();
    if (status === 'reconnect_needed') {
      throw new WorkflowError(
        'reconnect_needed',
        'The Fortnox connection must be authorized again.',
      );
    }
    if (status !== 'connected')
      throw new WorkflowError('not_connected', 'Fortnox is not connected.');
  };
  const scoped = createScopedDeps({
    options,
    tenantId,
    connectionId,
    store,
    gateway,
    clock,
    settings,
  });
  return { ...parts, ...scoped, options, connected, requireConnected };
}

/** The shared context of the facade's parts. */
export type IntegrationContext = ReturnType<typeof createIntegrationContext>;
