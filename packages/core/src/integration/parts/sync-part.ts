import { createHostChangeNotifier } from '../host-change-notifier.js';
import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The register sync members of the facade. */
export type SyncPart = Pick<
  Integration,
  'startSync' | 'getSyncStatus' | 'notifyHostChange' | 'hostChanges'
>;

/** Builds {@link SyncPart}: a manual run needs a connection; host saves feed the change trigger. */
export function createSyncPart(context: IntegrationContext): SyncPart {
  const { sync, requireConnected } = context;
  const hostChanges = createHostChangeNotifier(context.changes);
  return {
    async startSync(request = {}) {
      await requireConnected();
      return sync.start({ trigger: 'manual', ...request });
    },
    getSyncStatus: () => sync.status(),
    notifyHostChange: (register, ids) => hostChanges.notify(register, ids),
    hostChanges,
  };
}
