import type {
  Clock,
  SyncProgressEvent,
  SyncRegister,
  SyncRun,
  SyncStatus,
} from '@fortnox-kit/core/contract';
import type { FakeBackendState } from './fake-state.js';

type Send = (event: 'status' | 'progress' | 'finished', data: unknown) => void;

const TOTALS: Record<SyncRegister, number> = { customers: 24, articles: 40 };
const STEPS = 4;

/** The sync part of the fake backend: runs advance on the clock and stream their progress. */
export function createFakeSync(state: FakeBackendState, clock: Clock, stepMs: number) {
  const listeners = new Set<Send>();
  let running: SyncRun | null = null;
  let progress: SyncProgressEvent[] = [];

  const status = (): SyncStatus => ({ running, progress, runs: state.runs.slice(0, 50) });
  const emit: Send = (event, data) => {
    for (const send of listeners) send(event, data);
  };

  async function run(current: SyncRun): Promise<void> {
    for (const register of ['customers', 'articles'] as const) {
      const total = TOTALS[register];
      for (let step = 1; step <= STEPS; step++) {
        await clock.sleep(stepMs);
        const event: SyncProgressEvent = {
          runId: current.id,
          register,
          phase: step === STEPS ? 'done' : 'writing',
          processed: Math.round((total * step) / STEPS),
          total,
        };
        progress = [...progress.filter((p) => p.register !== register), event];
        emit('progress', event);
      }
    }
    const errors = state.nextSyncErrors;
    state.nextSyncErrors = [];
    const failed = (register: SyncRegister) => errors.filter((e) => e.register === register).length;
    const finished: SyncRun = {
      ...current,
      finishedAt: new Date(clock.now()).toISOString(),
      result: errors.length > 0 ? 'partial' : 'ok',
      counts: {
        customers: {
          created: 2,
          updated: 3,
          unchanged: 19 - failed('customers'),
          failed: failed('customers'),
        },
        articles: {
          created: 0,
          updated: 5,
          unchanged: 35 - failed('articles'),
          failed: failed('articles'),
        },
      },
      errors,
    };
    state.runs = [finished, ...state.runs];
    running = null;
    progress = [];
    emit('finished', finished);
    emit('status', status());
  }

  return {
    status,
    isRunning: () => running !== null,
    start(): string {
      const id = `run-${clock.now()}-${state.runs.length + 1}`;
      running = {
        id,
        trigger: 'manual',
        startedAt: new Date(clock.now()).toISOString(),
        finishedAt: null,
        result: 'running',
        counts: {},
        errors: [],
      };
      progress = [];
      emit('status', status());
      void run(running);
      return id;
    },
    /** `GET /sync/events`: a stream that stays open until the client goes away. */
    stream(signal: AbortSignal): ReadableStream<Uint8Array> {
      const encoder = new TextEncoder();
      let send: Send | null = null;
      return new ReadableStream({
        start(controller) {
          send = (event, data) => {
            try {
              controller.enqueue(
                encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
              );
            } catch {
              if (send) listeners.delete(send);
            }
          };
          listeners.add(send);
          send('status', status());
          signal.addEventListener('abort', () => {
            if (send) listeners.delete(send);
            try {
              controller.close();
            } catch {
              // Already closed by the reader.
            }
          });
        },
        cancel() {
          if (send) listeners.delete(send);
        },
      });
    },
  };
}
