/**
 * The JSON contract between the React components (packages/react) and the host backend
 * (`createFortnoxHandler`, or any backend that implements the same routes). Both sides
 * validate against these schemas. Paths are relative to the handler's mount point
 * (e.g. `/api/fortnox`). See decisions/050-handler-contract.md. Written with `zod/mini`
 * because every page with the components loads it (decisions/055). One file per route group
 * in `contract-schemas/`; this file lists them (decisions/130).
 */

export {
  ConnectionState,
  ConnectRequest,
  ConnectResponse,
  OAuthPopupMessage,
  Subgroup,
} from './contract-schemas/connection.js';
export { ERROR_STATUS, ErrorBody, FortnoxErrorCode } from './contract-schemas/errors.js';
export {
  ImportOrderRequest,
  ImportOrderResponse,
  InvoiceState,
  OrderStatus,
} from './contract-schemas/orders.js';
export {
  FORTNOX_KIT_HEADER,
  HANDLER_ROUTES,
  type HandlerRouteName,
  routePath,
} from './contract-schemas/routes.js';
export { SettingsPutRequest, SettingsResponse } from './contract-schemas/settings.js';
export {
  SyncProgressEvent,
  SyncRecordError,
  SyncRegister,
  SyncRequest,
  SyncRun,
  SyncStarted,
  SyncStatus,
  type SyncStreamEventName,
  SyncStreamEvents,
} from './contract-schemas/sync.js';
