export { type ImportedOrder, type ImportOrderDeps, importOrder } from './import-order.js';
