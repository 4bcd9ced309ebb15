export {
  articleFromFortnox,
  articleToFortnox,
  decidePriceFromFortnox,
  isEmptyPrice,
  type PriceDecision,
} from './article-fields.js';
export {
  type ChangeTrigger,
  type ChangeTriggerOptions,
  createChangeTrigger,
} from './change-trigger.js';
export { customerFromFortnox, customerToFortnox } from './customer-fields.js';
export {
  createFortnoxEventSource,
  type EventSourceStatus,
  FORTNOX_TOPICS_URL,
  type FortnoxEventSource,
  type FortnoxEventSourceOptions,
  type FortnoxTopicEvent,
  type WebSocketLike,
} from './event-source.js';
export {
  createFortnoxSyncApi,
  DEFAULT_PRICE_LIST,
  type FortnoxSyncApi,
  type SyncClient,
} from './fortnox-sync-api.js';
export {
  createSyncEngine,
  DEFAULT_OVERLAP_MS,
  type SyncEngine,
  type SyncEngineOptions,
  type SyncPlan,
  type SyncRunOptions,
} from './sync-engine.js';
export { isSyncInProgressError, SyncInProgressError } from './sync-in-progress-error.js';
export {
  createSyncScheduler,
  type RunNowOptions,
  type SyncScheduler,
  type SyncSchedulerOptions,
  type SyncSnapshot,
} from './sync-scheduler.js';
export type { SyncSettings } from './sync-settings.js';
export type {
  RegisterProgress,
  RunCounts,
  SyncCheckpoint,
  SyncPlanItem,
  SyncStep,
} from './sync-types.js';
