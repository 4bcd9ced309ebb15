// The handler contract: its routes, the header every write carries, and paths.

/**
 * Every route of the handler. `admin`: the host's `authorize` hook must grant the admin role;
 * other routes need a signed-in user (except the OAuth callback, which checks `state`).
 */
export const HANDLER_ROUTES = {
  getConnection: { method: 'GET', path: '/connection', admin: false },
  connect: { method: 'POST', path: '/connection/connect', admin: true },
  oauthCallback: { method: 'GET', path: '/oauth/callback', admin: false },
  disconnect: { method: 'DELETE', path: '/connection', admin: true },
  getSettings: { method: 'GET', path: '/settings', admin: false },
  putSettings: { method: 'PUT', path: '/settings', admin: true },
  exportArticles: { method: 'GET', path: '/articles/export.csv', admin: true },
  startSync: { method: 'POST', path: '/sync', admin: false },
  getSyncStatus: { method: 'GET', path: '/sync/status', admin: false },
  syncEvents: { method: 'GET', path: '/sync/events', admin: false },
  notifyHostChange: { method: 'POST', path: '/sync/host-changes', admin: false },
  sendOrder: { method: 'POST', path: '/orders/:orderId/send', admin: false },
  getOrderStatus: { method: 'GET', path: '/orders/:orderId/status', admin: false },
  invoicePdf: { method: 'GET', path: '/orders/:orderId/invoice.pdf', admin: false },
  confirmationPdf: { method: 'GET', path: '/orders/:orderId/confirmation.pdf', admin: false },
  importOrder: { method: 'POST', path: '/orders/import', admin: false },
  getTimeReport: { method: 'GET', path: '/orders/:orderId/time-report', admin: false },
  sendTimeReport: { method: 'POST', path: '/orders/:orderId/time-report', admin: false },
} as const satisfies Record<string, { method: string; path: string; admin: boolean }>;
export type HandlerRouteName = keyof typeof HANDLER_ROUTES;

/**
 * The header every state-changing request from the React client carries (with
 * `Content-Type: application/json`). Either one forces a CORS preflight on a cross-origin
 * request, which the handler never grants: how a browser proves the request is the app's
 * own (decisions/056). Other front ends send it too, with the value `1`.
 */
export const FORTNOX_KIT_HEADER = 'x-fortnox-kit';

/** Fills `:orderId` and encodes it: `routePath('sendOrder', { orderId: 'AO 1' })`. */
export function routePath(name: HandlerRouteName, params: { orderId?: string } = {}): string {
  const { path } = HANDLER_ROUTES[name];
  if (!path.includes(':orderId')) return path;
  if (!params.orderId) throw new TypeError(`Route ${name} needs an orderId.`);
  return path.replace(':orderId', encodeURIComponent(params.orderId));
}
