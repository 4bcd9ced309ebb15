import type { SyncProgressEvent, SyncRun, SyncStatus } from '@fortnox-kit/core/contract';
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
  const printed = new Map<string, string>();
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
  printed: Map<string, string>,
) {
  const parts = [...latest.values()].map(describe);
  if (term.interactive) {
    term.status(parts.join('   '));
    return;
  }
  // Plain output: one line per register and quarter of the way, and per phase change.
  for (const p of latest.values()) {
    const quarter = p.total ? Math.floor((4 * p.processed) / p.total) : 0;
    const key = `${p.phase === 'done' ? 'done' : p.total === null ? 'write' : 'read'}:${quarter}`;
    if (printed.get(p.register) === key) continue;
    printed.set(p.register, key);
    term.info(describe(p));
  }
}

/** One register's line: a bar while Fortnox is read (total known), a count while writing. */
function describe(p: SyncProgressEvent): string {
  const label = LABELS[p.register as keyof typeof LABELS] ?? p.register;
  if (p.phase === 'done') return `${label} ${progressBar(1, 1, 20)} klart`;
  if (p.total === null) return `${label} ${p.processed} behandlade, skriver till Fortnox …`;
  return `${label} ${progressBar(p.processed, p.total, 20)} ${p.processed}/${p.total} från Fortnox`;
}
