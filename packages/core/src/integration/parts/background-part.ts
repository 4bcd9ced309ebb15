import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';
import type { InvoiceStatusPart } from './invoice-status-part.js';

/** The facade's lifecycle members, and whether `start` has run. */
export interface BackgroundPart {
  members: Pick<Integration, 'start' | 'stop'>;
  isStarted(): boolean;
}

/**
 * Builds {@link BackgroundPart}: `start` runs the scheduler, the WebSocket events and a
 * polling loop (reconcile, then poll invoice statuses) until `stop`.
 */
export function createBackgroundPart(
  context: IntegrationContext,
  status: Pick<InvoiceStatusPart, 'reconcileSends' | 'resumeTracking'>,
): BackgroundPart {
  const { options, clock, scheduler, events, tracker, connected } = context;
  let loops: AbortController | undefined;
  let polling: Promise<void> | undefined;
  let started = false;

  async function loop(signal: AbortSignal, intervalMs: number, work: () => Promise<unknown>) {
    while (!signal.aborted) {
      await work().catch((error) =>
        options.logger?.warn?.(`fortnox-kit background work failed: ${String(error)}`),
      );
      await clock.sleep(intervalMs, signal).catch(() => undefined);
    }
  }

  const members: BackgroundPart['members'] = {
    async start() {
      if (started) return;
      started = true;
      loops = new AbortController();
      polling = loop(loops.signal, options.statusPollIntervalMs ?? 300_000, async () => {
        if (!(await connected())) return;
        await status.reconcileSends();
        await tracker.pollOnce();
      });
      await status.resumeTracking();
      await scheduler.start();
      if (events && (await connected())) events.start();
    },
    async stop(stopOptions) {
      started = false;
      loops?.abort();
      events?.stop();
      await scheduler.stop(stopOptions);
      await polling;
    },
  };
  return { members, isStarted: () => started };
}
