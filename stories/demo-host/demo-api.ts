/** The demo host's own API (`pnpm demo --ui`, demo/run-ui.ts): who is logged in, which orders exist. */

/** The kinds of host order the demo has. */
export type DemoOrderKind = 'service' | 'work' | 'sales';

/** One host order as `GET /api/demo/orders` lists it. */
export interface DemoOrder {
  id: string;
  orderNumber: string;
  kind: DemoOrderKind;
  customerName: string;
  title: string;
}

/** The logged-in user's role, from `GET /api/demo/me`. */
export type DemoRole = 'admin' | 'user';

const KINDS: readonly string[] = ['service', 'work', 'sales'];

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`${path} svarade ${response.status}`);
  return response.json();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toOrder(value: unknown): DemoOrder {
  const ok =
    isRecord(value) &&
    ['id', 'orderNumber', 'customerName', 'title'].every((k) => typeof value[k] === 'string') &&
    KINDS.includes(String(value.kind));
  if (!ok) throw new Error('/api/demo/orders svarade med en order i fel form');
  return value as unknown as DemoOrder;
}

/** The current user's role; anything but `admin` is treated as a plain user. */
export async function fetchRole(signal?: AbortSignal): Promise<DemoRole> {
  const body = await getJson('/api/demo/me', signal);
  return isRecord(body) && body.role === 'admin' ? 'admin' : 'user';
}

/** The host's orders, in the order the backend lists them. */
export async function fetchOrders(signal?: AbortSignal): Promise<DemoOrder[]> {
  const body = await getJson('/api/demo/orders', signal);
  if (!isRecord(body) || !Array.isArray(body.orders)) {
    throw new Error('/api/demo/orders svarade utan orders');
  }
  return body.orders.map(toOrder);
}
