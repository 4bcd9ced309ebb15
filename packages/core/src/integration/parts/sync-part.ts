import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The register sync members of the facade. */
export type SyncPart = Pick<Integration, 'startSync' | 'getSyncStatus'>;

/** Builds {@link SyncPart}: a manual run needs a connection. */
export function createSyncPart(context: IntegrationContext): SyncPart {
  const { sync, requireConnected } = context;
  return {
    async startSync(request = {}) {
      await requireConnected();
      return sync.start({ trigger: 'manual', ...request });
    },
    getSyncStatus: () => sync.status(),
  };
}
