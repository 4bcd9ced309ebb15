import type { SyncProgressEvent, SyncRun, SyncStatus } from '@fortnox-kit/core/contract';
import { DemoError } from './host-api.js';
import type { DemoText } from './i18n/text.js';
import { readSse } from './sse.js';
import { progressBar, type Terminal } from './terminal.js';

/** A followed sync: resolves with the finished run. */
export interface FollowedSync {
  finished: Promise<SyncRun>;
  /** Starts drawing (events before are remembered, then drawn at once). */
  show(): void;
  stop(): void;
}

/** What one register's steps reported: Fortnox records read, host records processed. */
interface RegisterState {
  read: number | null;
  processed: number | null;
  complete: boolean;
  printed: boolean;
}

/**
 * Follows `GET /api/fortnox/sync/events` (server-sent events, as the React sync status
 * does). On a terminal the active step is a bar redrawn in place; in plain output (CI,
 * pipes) each register gets one line when its steps are done, with the counts the summary
 * adds up to.
 */
export function followSync(apiUrl: string, term: Terminal, text: DemoText): FollowedSync {
  const controller = new AbortController();
  // The run that connecting starts; scheduled runs and earlier runs are not this one.
  const since = Date.now() - 1000;
  let visible = false;
  let connectRun: string | undefined;
  let active: SyncProgressEvent | undefined;
  const registers = new Map<string, RegisterState>();
  const draw = () => visible && drawProgress(term, text, registers, active);
  const finished = (async () => {
    const response = await fetch(`${apiUrl}/sync/events`, { signal: controller.signal });
    if (!response.ok) {
      throw new DemoError({
        sv: `Synkhändelserna svarade ${response.status}.`,
        en: `Sync events answered ${response.status}.`,
      });
    }
    for await (const { event, data } of readSse(response)) {
      if (event === 'progress') {
        const progress = JSON.parse(data) as SyncProgressEvent;
        if (connectRun && progress.runId !== connectRun) continue;
        record(registers, progress);
        active = progress;
        draw();
      } else if (event === 'finished') {
        const run = JSON.parse(data) as SyncRun;
        if (run.trigger !== 'connect') continue;
        for (const state of registers.values()) state.complete = true;
        active = undefined;
        draw();
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
    throw new DemoError({
      sv: 'Synkhändelserna tog slut innan synken var klar.',
      en: 'The sync event stream ended before the sync finished.',
    });
  })();
  return {
    finished,
    show() {
      visible = true;
      draw();
    },
    stop: () => controller.abort(),
  };
}

/**
 * Remembers a step's numbers; a register is complete once another one has started. The
 * wire event has no direction: Fortnox → host has a total, host → Fortnox has none, and
 * `done` closes whichever step ran last.
 */
function record(registers: Map<string, RegisterState>, p: SyncProgressEvent) {
  for (const [name, state] of registers) if (name !== p.register) state.complete = true;
  const state = registers.get(p.register) ?? {
    read: null,
    processed: null,
    complete: false,
    printed: false,
  };
  const toFortnox = p.phase === 'done' ? state.processed !== null : p.total === null;
  if (toFortnox) state.processed = p.processed;
  else state.read = p.processed;
  registers.set(p.register, state);
}

function drawProgress(
  term: Terminal,
  text: DemoText,
  registers: Map<string, RegisterState>,
  active: SyncProgressEvent | undefined,
) {
  for (const [register, state] of registers) {
    if (!state.complete || state.printed) continue;
    state.printed = true;
    term.info(`${label(text, register)} ${text.progressLine(state.read, state.processed)}`);
  }
  if (!term.interactive || !active || registers.get(active.register)?.complete) return;
  const p = active;
  const detail =
    p.total !== null
      ? `${progressBar(p.processed, p.total, 20)} ${text.progressRead(p.processed, p.total)}`
      : text.progressWrite(p.processed);
  term.status(`${label(text, p.register)} ${detail}`);
}

const label = (text: DemoText, register: string) =>
  (text.register[register as keyof DemoText['register']] ?? register).padEnd(9);
