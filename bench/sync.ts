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
 * Memory: `peakRssMb` is the whole process (tsx, emulator and in-memory host included) and
 * mostly shows how lazily V8 collects; `baselineRssMb` is the process just before the sync.
 * The sync itself streams pages: with `node --max-old-space-size=120 --import tsx
 * bench/sync.ts` the same run completes and retains about 24 MB of heap afterwards.
 *
 * Run: `pnpm exec tsx bench/sync.ts` (prints JSON).
 */
import { performance } from 'node:perf_hooks';
import { staticAccessToken } from '../packages/core/src/client/access-token-provider.js';
import { createFortnoxClient } from '../packages/core/src/client/create-fortnox-client.js';
import { createVirtualClock } from '../packages/core/src/env/clock.js';
import { createMemoryHostRegisters } from '../packages/core/src/host-registers/memory-host-registers.js';
import { createSlidingWindowRateLimiter } from '../packages/core/src/rate-limit/index.js';
import { IntegrationSettings } from '../packages/core/src/settings/integration-settings.js';
import { createMemoryStateStore } from '../packages/core/src/store/memory-store.js';
import { generateEncryptionKey } from '../packages/core/src/store/token-cipher.js';
import { createFortnoxSyncApi } from '../packages/core/src/sync/fortnox-sync-api.js';
import { createSyncEngine } from '../packages/core/src/sync/sync-engine.js';
import { createFortnoxEmulator } from '../packages/mock-server/src/index.js';

const CUSTOMERS = 10_000;
const ARTICLES = 10_000;
const PAGE = 500;
const LIMIT = 25;
const WINDOW_SECONDS = 5;

export interface SyncBenchResult {
  sync: {
    requests: number;
    minimumRequests: number;
    simulatedSeconds: number;
    boundSeconds: number;
    http429: number;
    /** Peak resident memory of the whole process (emulator and in-memory host included). */
    peakRssMb: number;
    /** Resident memory just before the sync started (modules, emulator data). */
    baselineRssMb: number;
  };
  syncIdle: { requests: number };
}

/** Runs the benchmark (about a minute of real time for 20,040 simulated requests). */
export async function runSyncBench(
  options: { customers?: number; articles?: number } = {},
): Promise<SyncBenchResult> {
  const customers = options.customers ?? CUSTOMERS;
  const articles = options.articles ?? ARTICLES;
  const clock = createVirtualClock({ autoAdvance: true });
  // Tokens last an hour; the full sync takes longer in simulated time, and token refresh
  // is measured elsewhere (the connection's tests), so expiry is off here.
  const emulator = createFortnoxEmulator({ clock, rules: { tokenExpiry: false } });
  const { tenantId } = emulator.createTenant({
    seed: 1,
    size: { customers, articles, orders: 0, invoices: 0, employees: 0, attendanceTransactions: 0 },
  });
  const app = emulator.registerClient();
  const { accessToken } = emulator.issueTokens({ clientId: app.clientId, tenantId });
  let requests = 0;
  let http429 = 0;
  const client = createFortnoxClient({
    auth: staticAccessToken(accessToken, `bench-${tenantId}`),
    clock,
    rateLimiter: createSlidingWindowRateLimiter({ clock }),
    // Straight into the emulator's handlers (the same ones MSW serves), without interception.
    fetch: async (input, init) => {
      requests++;
      const response = await emulator.fetch(new Request(input, init));
      if (response.status === 429) http429++;
      return response;
    },
  });
  const host = createMemoryHostRegisters({ clock });
  const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
  const settings = IntegrationSettings.parse({});
  const engine = createSyncEngine({
    connectionId: 'bench',
    store,
    host,
    fortnox: createFortnoxSyncApi(client),
    settings: () => settings,
    clock,
  });

  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const sampler = setInterval(sample, 50);
  const started = clock.now();
  const wallStart = performance.now();
  const run = await engine.run({ trigger: 'connect', onProgress: sample });
  const simulatedSeconds = (clock.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  if (run.status !== 'succeeded') throw new Error(`sync ended ${run.status}: ${run.error}`);
  const wallSeconds = (performance.now() - wallStart) / 1000;

  const activeArticles = [...emulator.db.tenant(tenantId).articles.values()].filter(
    (a) => a.Active !== false,
  ).length;
  const minimumRequests =
    Math.max(1, Math.ceil(customers / PAGE)) +
    customers +
    Math.max(1, Math.ceil(articles / PAGE)) +
    activeArticles;
  const syncRequests = requests;

  clock.advance(3_600_000);
  const before = requests;
  const idle = await engine.run({ trigger: 'schedule' });
  if (idle.status !== 'succeeded') throw new Error(`idle sync ended ${idle.status}`);

  if (process.env.BENCH_VERBOSE) console.error({ wallSeconds, counts: run.counts });
  return {
    sync: {
      requests: syncRequests,
      minimumRequests,
      simulatedSeconds: Math.round(simulatedSeconds * 10) / 10,
      boundSeconds: (Math.ceil(minimumRequests / LIMIT) - 1) * WINDOW_SECONDS,
      http429,
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      baselineRssMb: Math.round(baselineRss / 1024 / 1024),
    },
    syncIdle: { requests: requests - before },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runSyncBench()));
}
