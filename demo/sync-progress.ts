import type { SyncProgressEvent, SyncRun, SyncStatus } from '@fortnox-kit/core';
import { DemoError } from './host-api.js';
import { readSse } from './sse.js';
import { progressBar, type Terminal } from './terminal.js';

const LABELS = { customers: 'Kunder  ', articles: 'Artiklar' } as const;

/** A followed sync: resolves with the finished run. */
export interface FollowedSync {
  finished: Promise<SyncRun>;
  /** Starts drawing (events before are remembered, not drawn). */
  show(): void;
  stop(): void;
}

/**
 * Follows `GET /api/fortnox/sync/events` (server-sent events, as the React sync status
 * does) and draws a progress bar per register: redrawn in place on a terminal, one line
 * per quarter in plain output (CI, pipes).
 */
export function followSync(apiUrl: string, term: Terminal): FollowedSync {
  const controller = new AbortController();
  // The run that connecting starts; scheduled runs and earlier runs are not this one.
  const since = Date.now() - 1000;
  let visible = false;
  let connectRun: string | undefined;
  const latest = new Map<string, SyncProgressEvent>();
  const printed = new Map<string, number>();
  const finished = (async () => {
    const response = await fetch(`${apiUrl}/sync/events`, { signal: controller.signal });
    if (!response.ok) throw new DemoError(`Sync events answered ${response.status}.`);
    for await (const { event, data } of readSse(response)) {
      if (event === 'progress') {
        const progress = JSON.parse(data) as SyncProgressEvent;
        if (connectRun && progress.runId !== connectRun) continue;
        latest.set(progress.register, progress);
        if (visible) draw(term, latest, printed);
      } else if (event === 'finished') {
        const run = JSON.parse(data) as SyncRun;
        if (run.trigger !== 'connect') continue;
        term.endStatus();
        return run;
      } else if (event === 'status') {
        // Subscribed after the run ended: the newest connect run is the answer.
        const status = JSON.parse(data) as SyncStatus;
        if (status.running?.trigger === 'connect') connectRun = status.running.id;
        const last = status.runs.find((r) => r.trigger === 'connect');
        if (status.running?.trigger !== 'connect' && last?.finishedAt) {
          if (Date.parse(last.startedAt) >= since) return last;
        }
      }
    }
    throw new DemoError('The sync event stream ended before the sync finished.');
  })();
  return {
    finished,
    show() {
      visible = true;
      draw(term, latest, printed);
    },
    stop: () => controller.abort(),
  };
}

function draw(
  term: Terminal,
  latest: Map<string, SyncProgressEvent>,
  printed: Map<string, number>,
) {
  const parts = [...latest.values()].map((p) => {
    const total = p.total ?? 0;
    const label = LABELS[p.register as keyof typeof LABELS] ?? p.register;
    return `${label} ${progressBar(p.processed, total, 20)} ${p.processed}/${p.total ?? '?'}`;
  });
  if (term.interactive) {
    term.status(parts.join('   '));
    return;
  }
  for (const p of latest.values()) {
    const total = p.total ?? 0;
    const quarter = total > 0 ? Math.floor((4 * p.processed) / total) : 0;
    if ((printed.get(p.register) ?? -1) >= quarter) continue;
    printed.set(p.register, quarter);
    const label = LABELS[p.register as keyof typeof LABELS] ?? p.register;
    term.info(`${label} ${progressBar(p.processed, total, 20)} ${p.processed}/${p.total ?? '?'}`);
  }
}
