export {
  type FortnoxBrowserActions,
  type PopupHandle,
  windowBrowserActions,
} from './browser-actions.js';
export {
  createFortnoxApi,
  type FortnoxApi,
  type FortnoxApiOptions,
  type FortnoxTransport,
  type SyncStreamEvent,
} from './client/fortnox-api.js';
export {
  createFortnoxBackendClient,
  type FortnoxBackendClient,
  type FortnoxBackendClientOptions,
} from './client/fortnox-backend-client.js';
export {
  type BackendErrorDetail,
  FortnoxBackendError,
  isFortnoxBackendError,
} from './client/fortnox-backend-error.js';
export type { Resource, ResourceState } from './client/resource.js';
export type { SyncState, SyncStore } from './client/sync-store.js';
export {
  FetchOrderFromFortnox,
  type FetchOrderFromFortnoxProps,
} from './components/fetch-order-from-fortnox.js';
export { FortnoxConnect, type FortnoxConnectProps } from './components/fortnox-connect.js';
export {
  FortnoxSyncStatus,
  type FortnoxSyncStatusProps,
} from './components/fortnox-sync-status.js';
export {
  SendToFortnoxButton,
  type SendToFortnoxButtonProps,
} from './components/send-to-fortnox-button.js';
export {
  TimeReportSection,
  type TimeReportSectionProps,
} from './components/time-report-section.js';
export {
  ViewInvoiceButton,
  type ViewInvoiceButtonProps,
} from './components/view-invoice-button.js';
export {
  type FortnoxContextValue,
  type FortnoxLocale,
  FortnoxProvider,
  type FortnoxProviderProps,
  type FortnoxRole,
  useFortnoxContext,
} from './fortnox-provider.js';
export {
  type ConnectMode,
  type FortnoxConnectionHook,
  useFortnoxConnection,
} from './hooks/use-fortnox-connection.js';
export {
  type FortnoxOrderHook,
  type FortnoxOrderOptions,
  useFortnoxOrder,
} from './hooks/use-fortnox-order.js';
export { useFortnoxSync } from './hooks/use-fortnox-sync.js';
export {
  type FortnoxTimeReportHook,
  useFortnoxTimeReport,
} from './hooks/use-fortnox-time-report.js';
export type { FortnoxMessages } from './i18n/messages.js';
export { errorText } from './i18n/messages.js';
export {
  FortnoxSettingsForm,
  type FortnoxSettingsFormProps,
} from './settings/fortnox-settings-form.js';
export {
  type SettingsFormValues,
  settingsResolver,
  toFormValues,
} from './settings/settings-values.js';
