/**
 * Register-sync benchmark: a first full sync of 10,000 customers and 10,000 articles from
 * the Fortnox emulator (rate limit on: 25 requests per sliding 5 s) into an empty host, on
 * a virtual clock, then one idle hourly run. Reports requests made against the minimum,
 * simulated seconds against the rate-limit bound, 429s received and peak resident memory.
 *
 * The minimum: every list page once (500 per page), plus one full read per record whose
 * list item lacks fields the host model needs (customers: delivery address, country,
 * active; articles: type). The bound: N requests at 25 per 5 s need (ceil(N / 25) - 1) x 5 s.
 *
 * Memory (decisions/047): the emulator runs in a child process (`bench/sync-emulator.ts`)
 * whose clock this process advances through the control API; the sync talks to it over
 * localhost HTTP, driven through the scheduler with one subscriber. The measured process
 * is a bundle of this file run with plain `node` (no tsx loader) and holds only Node, the
 * kit and its stores (SQLite files by default; `--stores memory` for the in-memory ones).
 * `peakRssMb` is its peak resident memory over its whole life
 * (`process.resourceUsage().maxRSS`); `peakRssMbHeapCapped` the same from a second run
 * with the V8 heap bounded ({@link HEAP_CAP_FLAGS}).
 *
 * The client sends with `createNodeFetch()` from `@fortnox-kit/core/node`, the transport
 * the kit recommends on Node (decisions/049); `--transport fetch` uses Node's `fetch`.
 *
 * Run: `pnpm exec tsx bench/sync.ts [--customers N] [--articles N] [--stores memory] [--transport fetch]`
 * (prints JSON; about 2 × 1–2 minutes for 10k + 10k). `pnpm bench` runs it as its own process.
 * `--in-process` runs the sync in the calling process instead (no bundle, no second run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { staticAccessToken } from '../packages/core/src/client/access-token-provider.js';
import { createFortnoxClient } from '../packages/core/src/client/create-fortnox-client.js';
import { createVirtualClock } from '../packages/core/src/env/clock.js';
import { createMemoryHostRegisters } from '../packages/core/src/host-registers/memory-host-registers.js';
import { createNodeFetch } from '../packages/core/src/node/index.js';
import { createSlidingWindowRateLimiter } from '../packages/core/src/rate-limit/index.js';
import { IntegrationSettings } from '../packages/core/src/settings/integration-settings.js';
import { createMemoryStateStore } from '../packages/core/src/store/memory-store.js';
import { createSqliteStateStore } from '../packages/core/src/store/sqlite/index.js';
import { generateEncryptionKey } from '../packages/core/src/store/token-cipher.js';
import { createFortnoxSyncApi } from '../packages/core/src/sync/fortnox-sync-api.js';
import { createSyncEngine } from '../packages/core/src/sync/sync-engine.js';
import { createSyncScheduler } from '../packages/core/src/sync/sync-scheduler.js';
import { startEmulatorProcess } from './sync-emulator-process.js';
import { runMeasuredProcess } from './sync-measured-process.js';
import { createMemorySampler } from './sync-memory.js';
import { measureLaterRuns, type ReconcileFigures } from './sync-reconcile.js';
import { createSqliteHostRegisters } from './sync-sqlite-host.js';

const CUSTOMERS = 10_000;
const ARTICLES = 10_000;
const PAGE = 500;
const LIMIT = 25;
const WINDOW_SECONDS = 5;
const START = Date.parse('2026-01-05T08:00:00Z');

/**
 * V8 flags of the second, memory-bounded run: a 64 MB old space (the sync keeps about 16 MB
 * live) and 2 MB semi-spaces, plus one glibc malloc arena ({@link HEAP_CAP_ENV}): the
 * settings a memory-conscious host would give its process (decisions/047).
 */
export const HEAP_CAP_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=64'];
export const HEAP_CAP_ENV = { MALLOC_ARENA_MAX: '1' };

/**
 * Where the kit's state and the host's registers live during the benchmark:
 * `sqlite` (default): the kit's SQLite state store and a SQLite host (a host's own
 * database), both in files, as in production; `memory`: the in-memory store and registers,
 * which hold every record, link and log line in this process by design.
 */
export type BenchStores = 'sqlite' | 'memory';

export interface SyncBenchOptions {
  customers?: number;
  articles?: number;
  /** @default 'sqlite' */
  stores?: BenchStores;
  /**
   * How the client sends: `node`, `createNodeFetch()` from `@fortnox-kit/core/node` (what a
   * host on Node passes as `fetch`); `fetch`, Node's global `fetch`. @default 'node'
   */
  transport?: 'node' | 'fetch';
}

export interface SyncBenchResult {
  sync: ReconcileFigures & {
    stores: BenchStores;
    transport: 'node' | 'fetch';
    requests: number;
    minimumRequests: number;
    simulatedSeconds: number;
    boundSeconds: number;
    http429: number;
    /** Peak resident memory of the measured process (the emulator runs in another one). */
    peakRssMb: number;
    /** Resident memory just before the sync started (Node, tsx, the kit's modules). */
    baselineRssMb: number;
    /** Heap in use after the sync and a forced GC (needs `--expose-gc`; else null). */
    heapAfterGcMb: number | null;
    /** The emulator process's resident memory after seeding (not part of the peak). */
    emulatorRssMb: number;
    wallSeconds: number;
    /** Notifications the scheduler's subscriber received during the sync. */
    snapshotUpdates: number;
    /** The same sync's peak with the V8 heap bounded by {@link HEAP_CAP_FLAGS} (a second run). */
    peakRssMbHeapCapped?: number;
    heapCapFlags?: string;
  };
  syncIdle: { requests: number };
}

/** Runs the benchmark (about a minute of real time for 20,040 simulated requests). */
export async function runSyncBench(options: SyncBenchOptions = {}): Promise<SyncBenchResult> {
  const customers = options.customers ?? CUSTOMERS;
  const articles = options.articles ?? ARTICLES;
  const stores = options.stores ?? 'sqlite';
  const transport = options.transport ?? 'node';
  const emulator = await startEmulatorProcess({ customers, articles, start: START });
  const dir = mkdtempSync(join(tmpdir(), 'fortnox-kit-sync-bench-'));
  try {
    const clock = createVirtualClock({ start: emulator.now, autoAdvance: true });
    let requests = 0;
    let http429 = 0;
    // As a host on Node is told to (decisions/049): the kit's Node transport, unless
    // `--transport fetch` asks for Node's global `fetch` (the kit's default without it).
    const fetchAtClock = emulator.fetchAt(
      () => clock.now(),
      transport === 'node' ? createNodeFetch() : fetch,
    );
    const client = createFortnoxClient({
      auth: staticAccessToken(emulator.accessToken, `bench-${emulator.tenantId}`),
      baseUrl: emulator.url,
      clock,
      rateLimiter: createSlidingWindowRateLimiter({ clock }),
      fetch: async (input, init) => {
        requests++;
        const response = await fetchAtClock(input, init);
        if (response.status === 429) http429++;
        return response;
      },
    });
    const encryptionKey = generateEncryptionKey();
    const host =
      stores === 'memory'
        ? createMemoryHostRegisters({ clock })
        : createSqliteHostRegisters(join(dir, 'host.db'), clock);
    const store =
      stores === 'memory'
        ? createMemoryStateStore({ encryptionKey, clock })
        : createSqliteStateStore({ database: join(dir, 'state.db'), encryptionKey, clock });
    const settings = IntegrationSettings.parse({});
    const engine = createSyncEngine({
      connectionId: 'bench',
      store,
      host,
      fortnox: createFortnoxSyncApi(client),
      settings: () => settings,
      clock,
    });

    // Driven as a host drives it: through the scheduler, with one subscriber reading the
    // snapshot on every notification (what `useSyncExternalStore` or an SSE stream does).
    const scheduler = createSyncScheduler({ engine, store, connectionId: 'bench', clock });
    let snapshotUpdates = 0;
    const memory = createMemorySampler();
    scheduler.subscribe(() => {
      snapshotUpdates++;
      if (scheduler.getSnapshot().progress.length > 0 && snapshotUpdates % 64 === 0)
        memory.sample();
    });
    const started = clock.now();
    const wallStart = performance.now();
    const run = await (await scheduler.runNow({ trigger: 'connect' })).done;
    const simulatedSeconds = (clock.now() - started) / 1000;
    const wallSeconds = (performance.now() - wallStart) / 1000;
    const peak = memory.stop();
    const syncSnapshotUpdates = snapshotUpdates;
    if (run.status !== 'succeeded') throw new Error(`sync ended ${run.status}: ${run.error}`);

    const minimumRequests =
      Math.max(1, Math.ceil(customers / PAGE)) +
      customers +
      Math.max(1, Math.ceil(articles / PAGE)) +
      emulator.activeArticles;
    const syncRequests = requests;
    const active = emulator.activeArticles;
    const sizes = { customers, activeArticles: active, inactiveArticles: articles - active };
    const later = await measureLaterRuns(scheduler, clock, () => requests, sizes);

    if (process.env.BENCH_VERBOSE)
      console.error({ counts: run.counts, memory: peak, snapshotUpdates: syncSnapshotUpdates });
    return {
      sync: {
        stores,
        transport,
        requests: syncRequests,
        minimumRequests,
        simulatedSeconds: Math.round(simulatedSeconds * 10) / 10,
        boundSeconds: (Math.ceil(minimumRequests / LIMIT) - 1) * WINDOW_SECONDS,
        http429,
        peakRssMb: peak.peakRssMb,
        baselineRssMb: peak.baselineRssMb,
        heapAfterGcMb: peak.heapAfterGcMb,
        emulatorRssMb: emulator.rssMb,
        wallSeconds: Math.round(wallSeconds * 10) / 10,
        snapshotUpdates: syncSnapshotUpdates,
        reconcileRequests: later.reconcileRequests,
        reconcileListPages: later.reconcileListPages,
      },
      syncIdle: { requests: later.idleRequests },
    };
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      articles: { type: 'string' },
      stores: { type: 'string' },
      transport: { type: 'string' },
      'in-process': { type: 'boolean' },
    },
  });
  if (process.env.SYNC_BENCH_MEASURED || values['in-process']) {
    const result = await runSyncBench({
      customers: values.customers === undefined ? undefined : Number(values.customers),
      articles: values.articles === undefined ? undefined : Number(values.articles),
      stores: values.stores === 'memory' ? 'memory' : 'sqlite',
      transport: values.transport === 'fetch' ? 'fetch' : 'node',
    });
    console.log(JSON.stringify(result));
  } else {
    // The figures come from a bundled copy of this file in its own process (decisions/047):
    // once with Node's defaults (`peakRssMb`), once with the heap capped.
    const args = process.argv.slice(2);
    const result = JSON.parse(await runMeasuredProcess(args)) as SyncBenchResult;
    const capped = JSON.parse(
      await runMeasuredProcess(args, 'sync', HEAP_CAP_FLAGS, HEAP_CAP_ENV),
    ) as SyncBenchResult;
    result.sync.peakRssMbHeapCapped = capped.sync.peakRssMb;
    result.sync.heapCapFlags = ['MALLOC_ARENA_MAX=1', ...HEAP_CAP_FLAGS].join(' ');
    console.log(JSON.stringify(result));
  }
}
