export {
  type ConnectFlowDeps,
  type ConnectOutcome,
  completeConnect,
  disconnect,
  type PendingConnect,
  readConnectionState,
  startConnect,
} from './connect-flow.js';
export { createFortnoxGateway } from './create-fortnox-gateway.js';
export { createIntegration, type Integration, type SendOutcome } from './create-integration.js';
export type {
  AttendanceTransactionInput,
  FortnoxCodeRegister,
  FortnoxGateway,
  InvoiceSendChannel,
} from './fortnox-gateway.js';
export {
  FortnoxArticleRead,
  FortnoxAttendanceRead,
  FortnoxCustomerRead,
  FortnoxDocumentRowRead,
  FortnoxEmployeeRead,
  FortnoxInvoiceRead,
  FortnoxOrderRead,
} from './gateway-schemas.js';
export {
  DEFAULT_SCOPES,
  type FortnoxAppOptions,
  type IntegrationOptions,
} from './integration-options.js';
export { type OrderStatusDeps, readOrderStatus } from './order-status.js';
export { createSettingsStore, type SettingsStore, type StoredSettings } from './settings-store.js';
export {
  createSyncRunner,
  type SyncRunner,
  type SyncStreamEvent,
  toSyncRun,
} from './sync-runner.js';
export { isWorkflowError, WorkflowError, type WorkflowErrorOptions } from './workflow-error.js';
