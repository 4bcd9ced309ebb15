import type {
  Facility,
  IntegrationReference,
  Order,
  OrderInput,
  ServiceObject,
  User,
} from '../host/index.js';

/** What the workflows may change on a host order. */
export interface HostOrderPatch {
  integrationReference?: IntegrationReference;
  invoiced?: boolean;
}

/** A new host order from an imported Fortnox order: the host assigns `id` and `number`. */
export type NewHostOrder = Omit<OrderInput, 'id' | 'number'> & { number?: string };

/**
 * The host's orders and the people and places they refer to, as the send, status and import
 * workflows need them. Implement it over the host's own tables (the kit never writes them
 * any other way); {@link createMemoryHostOrders} is the in-memory version.
 */
export interface HostOrders {
  findById(id: string): Promise<Order | undefined>;
  /** The host order that was sent as, or imported from, this Fortnox document. */
  findByIntegrationReference(reference: IntegrationReference): Promise<Order | undefined>;
  /** Writes the integration reference and/or the invoiced flag; returns the updated order. */
  update(id: string, patch: HostOrderPatch): Promise<Order>;
  /** Creates an order (import, setting 35). */
  create(order: NewHostOrder): Promise<Order>;
  findUser(id: string): Promise<User | undefined>;
  findFacility(id: string): Promise<Facility | undefined>;
  findServiceObject(id: string): Promise<ServiceObject | undefined>;
}
