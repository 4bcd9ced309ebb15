export { checkCodes, codesOf } from './check-codes.js';
export { deliverInvoice, invoiceChannel, invoiceFromOrder } from './deliver-invoice.js';
export { createArticles, findMissingArticles } from './ensure-articles.js';
export { type CustomerResolution, ensureCustomer, resolveCustomer } from './ensure-customer.js';
export type { HostOrderPatch, HostOrders, NewHostOrder } from './host-orders.js';
export { SEND_KEY_PREFIX, sendKey } from './idempotency-key.js';
export { readLastSendError, type SendErrorInfo, toErrorInfo } from './last-send-error.js';
export {
  createMemoryHostOrders,
  type MemoryHostOrders,
  type MemoryHostOrdersOptions,
} from './memory-host-orders.js';
export { type ReconcileDeps, type ReconcileResult, reconcileSends } from './reconcile-sends.js';
export { withRowIds } from './resend-rows.js';
export type { MapOrderFn, MappedDocument, SendDeps, SendResult } from './send-deps.js';
export { sendOrder } from './send-order.js';
export { isUncertainFailure, type WriteOnceResult, writeOnce } from './write-once.js';
