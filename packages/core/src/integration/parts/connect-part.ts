import { completeConnect, disconnect, readConnectionState, startConnect } from '../connect-flow.js';
import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The connection members of the facade: OAuth start and callback, state, disconnect. */
export type ConnectPart = Pick<
  Integration,
  'getConnectionState' | 'startConnect' | 'completeConnect' | 'disconnect'
>;

/** Builds {@link ConnectPart}; `isStarted` says whether `start` has run (events follow it). */
export function createConnectPart(
  context: IntegrationContext,
  isStarted: () => boolean,
): ConnectPart {
  const { options, connectionId, store, connection, client, now, settings, settingsStore } =
    context;
  const deps = {
    connectionId,
    store,
    connection,
    client,
    now,
    subgroups: options.subgroups,
    subgroup: async () => (await settings()).subgroup,
  };
  return {
    getConnectionState: () => readConnectionState(deps),
    startConnect: (request, user) => startConnect(deps, request, user ?? null),
    async completeConnect(query, user) {
      const outcome = await completeConnect(deps, query, user ?? null);
      if (!outcome.error) {
        // A subgroup chosen when connecting becomes the integration's (SPEC §3, §6); none
        // given leaves the setting alone (a reconnect must not reset it).
        if (outcome.pending.subgroup !== null) {
          await settingsStore.patch({ subgroup: outcome.pending.subgroup });
        }
        await context.sync.start({ trigger: 'connect' }).catch(() => undefined);
        if (isStarted()) context.events?.start();
      }
      return outcome;
    },
    disconnect: () => disconnect(deps),
  };
}
