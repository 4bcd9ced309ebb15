export { FortnoxEvent, type FortnoxEventInput } from './fortnox-event.js';
export {
  countsAsInvoiced,
  type InvoiceStatusChange,
  invoiceState,
  isFinalState,
  TrackedInvoiceStatus,
} from './invoice-state.js';
export {
  createInvoiceStatusTracker,
  type InvoiceStatusTracker,
  type InvoiceStatusTrackerOptions,
} from './invoice-status-tracker.js';
