import {
  Facility,
  type FacilityInput,
  type IntegrationReference,
  Order,
  type OrderInput,
  ServiceObject,
  User,
} from '../host/index.js';
import type { HostOrders } from './host-orders.js';

/** Options of {@link createMemoryHostOrders}. */
export interface MemoryHostOrdersOptions {
  orders?: readonly OrderInput[];
  users?: readonly User[];
  facilities?: readonly FacilityInput[];
  serviceObjects?: readonly ServiceObject[];
  /** Number given to imported orders: `(n) => 'SO-' + n`. @default `IMP-${n}` */
  numberFor?: (sequence: number) => string;
}

/** In-memory host orders for tests and the demo; `orders` exposes what the kit wrote. */
export interface MemoryHostOrders extends HostOrders {
  /** Every order, in insertion order. */
  all(): Order[];
  /** Adds or replaces an order (the host editing it). */
  put(order: OrderInput): Order;
}

const sameReference = (a: IntegrationReference | null | undefined, b: IntegrationReference) =>
  !!a && a.target === b.target && a.documentNumber === b.documentNumber;

/**
 * {@link HostOrders} held in memory.
 *
 * @example
 * const hostOrders = createMemoryHostOrders({ orders: [{ id: 'o1', kind: 'work', number: 'AO-1', customerId: 'c1', orderDate: '2026-11-20' }] });
 */
export function createMemoryHostOrders(options: MemoryHostOrdersOptions = {}): MemoryHostOrders {
  const orders = new Map<string, Order>();
  const users = new Map((options.users ?? []).map((u) => [u.id, User.parse(u)]));
  const facilities = new Map((options.facilities ?? []).map((f) => [f.id, Facility.parse(f)]));
  const objects = new Map(
    (options.serviceObjects ?? []).map((s) => [s.id, ServiceObject.parse(s)]),
  );
  const numberFor = options.numberFor ?? ((n: number) => `IMP-${n}`);
  let sequence = 0;
  const put = (input: OrderInput) => {
    const order = Order.parse(input);
    orders.set(order.id, order);
    return order;
  };
  for (const order of options.orders ?? []) put(order);

  return {
    all: () => [...orders.values()],
    put,
    findById: async (id) => orders.get(id),
    async findByIntegrationReference(reference) {
      return [...orders.values()].find((o) => sameReference(o.integrationReference, reference));
    },
    async update(id, patch) {
      const order = orders.get(id);
      if (!order) throw new Error(`No host order ${id}`);
      const updated: Order = { ...order, ...patch };
      orders.set(id, updated);
      return updated;
    },
    async create(input) {
      sequence++;
      return put({
        ...input,
        id: `imported-${sequence}`,
        number: input.number ?? numberFor(sequence),
      });
    },
    findUser: async (id) => users.get(id),
    findFacility: async (id) => facilities.get(id),
    findServiceObject: async (id) => objects.get(id),
  };
}
