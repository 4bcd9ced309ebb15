import { useSyncExternalStore } from 'react';
import type { SyncState } from '../client/sync-store.js';
import { useFortnoxContext } from '../fortnox-provider.js';

/** Live sync state (kept current by the backend's event stream) and the "Synk" action. */
export function useFortnoxSync(): SyncState & { start(): Promise<void> } {
  const { client } = useFortnoxContext();
  const { sync } = client;
  const state = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
  return { ...state, start: sync.start };
}
