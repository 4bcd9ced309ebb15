import {
  type Clock,
  type ConnectionState,
  type OrderStatus,
  type SettingsResponse,
  systemClock,
  type TimeReport,
} from '@fortnox-kit/core/contract';
import { createFortnoxApi, type FortnoxApi, type FortnoxApiOptions } from './fortnox-api.js';
import { createResource, type Resource } from './resource.js';
import { createSyncStore, type SyncStore } from './sync-store.js';

/** Options of {@link createFortnoxBackendClient}. */
export interface FortnoxBackendClientOptions extends FortnoxApiOptions {
  /** Drives polling and reconnect waits. @default systemClock */
  clock?: Clock;
}

/**
 * The headless core of the components: the contract's API plus shared, observable state.
 * Two components showing the same order (send and view buttons) share one status.
 */
export interface FortnoxBackendClient {
  readonly api: FortnoxApi;
  readonly clock: Clock;
  readonly connection: Resource<ConnectionState>;
  readonly settings: Resource<SettingsResponse>;
  readonly sync: SyncStore;
  order(orderId: string): Resource<OrderStatus>;
  /** The order's time report; a send of the order replaces it with the send's answer. */
  timeReport(orderId: string): Resource<TimeReport>;
}

/**
 * @example
 * const client = createFortnoxBackendClient({ baseUrl: '/api/fortnox' });
 * client.connection.subscribe(() => console.log(client.connection.getSnapshot().data));
 * client.connection.load();
 */
export function createFortnoxBackendClient(
  options: FortnoxBackendClientOptions,
): FortnoxBackendClient {
  const api = createFortnoxApi(options);
  const clock = options.clock ?? systemClock;
  return {
    api,
    clock,
    connection: createResource(() => api.getConnection()),
    settings: createResource(() => api.getSettings()),
    sync: createSyncStore(api, clock),
    order: perOrder((orderId) => api.getOrderStatus(orderId)),
    timeReport: perOrder((orderId) => api.getTimeReport(orderId)),
  };
}

// One shared resource per order id: every component showing that order sees the same state.
function perOrder<T>(load: (orderId: string) => Promise<T>): (orderId: string) => Resource<T> {
  const resources = new Map<string, Resource<T>>();
  return (orderId) => {
    let resource = resources.get(orderId);
    if (!resource) {
      resource = createResource(() => load(orderId));
      resources.set(orderId, resource);
    }
    return resource;
  };
}
