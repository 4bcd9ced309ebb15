/**
 * Starts `bench/sync-emulator.ts` in a child process and connects to it: the measured
 * process then talks to Fortnox over real localhost HTTP, and the emulator's records and
 * garbage are not counted in its memory.
 */
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmulatorReady, EmulatorRequest } from './sync-emulator.js';

/** A running emulator child. */
export interface EmulatorProcess extends EmulatorReady {
  /**
   * A `fetch` that first brings the emulator's clock to `now()` (see `sync-emulator.ts`),
   * then sends the request with `transport` (default: Node's global `fetch`), the clock
   * call too (so the measured process loads no other HTTP stack).
   */
  fetchAt(now: () => number, transport?: typeof fetch): typeof fetch;
  close(): Promise<void>;
}

/** The repository root; set by `sync.ts` when this code runs from a bundle elsewhere. */
export const BENCH_ROOT =
  process.env.SYNC_BENCH_ROOT ?? dirname(dirname(fileURLToPath(import.meta.url)));
const FILE = join(BENCH_ROOT, 'bench', 'sync-emulator.ts');

/** Forks the emulator, seeded with `request`, and waits until it listens. */
export function startEmulatorProcess(request: EmulatorRequest): Promise<EmulatorProcess> {
  const child = fork(FILE, [JSON.stringify(request)], {
    execArgv: ['--import', 'tsx', '--conditions=@fortnox-kit/source'],
    cwd: BENCH_ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`emulator process exited ${code}`)));
    child.once('message', (message) => {
      const ready = message as EmulatorReady;
      let emulatorNow = ready.now;
      const advance = async (ms: number, transport: typeof fetch) => {
        const response = await transport(`${ready.url}/__emulator/clock/advance`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ms }),
        });
        emulatorNow = ((await response.json()) as { now: number }).now;
      };
      resolve({
        ...ready,
        fetchAt:
          (now, transport = fetch) =>
          async (input, init) => {
            const target = now();
            if (target < emulatorNow)
              throw new Error(`benchmark clock ${target} is behind the emulator's ${emulatorNow}`);
            if (target > emulatorNow) await advance(target - emulatorNow, transport);
            return transport(input, init);
          },
        close: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.disconnect();
          }),
      });
    });
  });
}
