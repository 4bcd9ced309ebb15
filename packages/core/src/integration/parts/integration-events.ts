import type { Clock } from '../../env/clock.js';
import type { InvoiceStatusTracker } from '../../invoice-status/invoice-status-tracker.js';
import type { ChangeTrigger } from '../../sync/change-trigger.js';
import { createFortnoxEventSource, type FortnoxEventSource } from '../../sync/event-source.js';
import type { IntegrationOptions } from '../integration-options.js';

/** What {@link createIntegrationEvents} routes events to. */
export interface IntegrationEventsInput {
  options: IntegrationOptions;
  connectionId: string;
  clock: Clock;
  accessToken: () => Promise<string>;
  changes: ChangeTrigger;
  tracker: InvoiceStatusTracker;
}

/**
 * The Fortnox WebSocket subscription when `options.events` is given: register changes wake
 * the sync, order and invoice events go to the status tracker.
 */
export function createIntegrationEvents(
  input: IntegrationEventsInput,
): FortnoxEventSource | undefined {
  const { options, connectionId, clock, changes, tracker } = input;
  if (!options.events) return undefined;
  return createFortnoxEventSource({
    store: options.store,
    scope: `events:${connectionId}`,
    clientSecret: options.fortnox.clientSecret,
    accessToken: input.accessToken,
    topics: ['customers', 'articles', 'orders', 'invoices'],
    url: options.events.url,
    connect: options.events.connect,
    clock,
    onEvent: async (event) => {
      if (event.topic === 'customers' || event.topic === 'articles') changes.changed(event.topic);
      else await tracker.handleEvent(event);
    },
    onError: (error) => options.logger?.warn?.(`fortnox-kit events: ${String(error)}`),
  });
}
