/** The host data every process of the pg-boss crash test starts from (in memory, the same). */
import type { CustomerInput } from '../../packages/core/src/host/index.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../../packages/core/src/integration/host-fixture.test-support.js';

export { FILTER_ARTICLE };

export const BOSS_CRASH_CONNECTION = 'crash';

/** The host's customers: the sync pushes each to Fortnox exactly once. */
export const BOSS_CRASH_CUSTOMERS: CustomerInput[] = [
  CUSTOMER,
  ...[2, 3, 4, 5].map((n) => ({ id: `c${n}`, name: `Kund ${n} AB`, email: `k${n}@kund.se` })),
];

export const BOSS_CRASH_ORDER_IDS = ['o1', 'o2', 'o3'];

export const BOSS_CRASH_ORDERS = BOSS_CRASH_ORDER_IDS.map((id) => readyWorkOrder(id));
