import {
  type Clock,
  type ConnectionState,
  type OrderStatus,
  type SettingsResponse,
  systemClock,
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
  const orders = new Map<string, Resource<OrderStatus>>();
  return {
    api,
    clock,
    connection: createResource(() => api.getConnection()),
    settings: createResource(() => api.getSettings()),
    sync: createSyncStore(api, clock),
    order(orderId) {
      let resource = orders.get(orderId);
      if (!resource) {
        resource = createResource(() => api.getOrderStatus(orderId));
        orders.set(orderId, resource);
      }
      return resource;
    },
  };
}
