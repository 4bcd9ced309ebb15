/**
 * The sync benchmark's Fortnox: the emulator as a localhost HTTP server in its own process,
 * so its records (and its garbage) stay out of the measured process. Started by
 * `bench/sync.ts` with `fork()`; answers one IPC message {@link EmulatorReady} and serves
 * until the parent disconnects.
 *
 * Its clock is a virtual clock that never moves by itself: the measured process keeps the
 * benchmark's clock and advances this one through the control API
 * (`POST /__emulator/clock/advance`) before each request, so the emulator enforces its
 * rate limit (25 per sliding 5 s) on the same simulated time.
 */
import { createVirtualClock } from '../packages/core/src/env/clock.js';
import { startFortnoxMock } from '../packages/mock-server/src/node.js';

/** What the child tells the parent once it listens. */
export interface EmulatorReady {
  url: string;
  accessToken: string;
  tenantId: number;
  /** The emulator's time (epoch ms) after seeding. */
  now: number;
  /** Active articles in the tenant: the ones the sync reads in full. */
  activeArticles: number;
  rssMb: number;
}

/** What the parent asks for (JSON in `process.argv[2]`). */
export interface EmulatorRequest {
  customers: number;
  articles: number;
  /** The benchmark clock's start (epoch ms). */
  start: number;
}

async function main() {
  const request = JSON.parse(process.argv[2] ?? '{}') as EmulatorRequest;
  const clock = createVirtualClock({ start: request.start });
  const mock = await startFortnoxMock({
    port: 0,
    seed: 1,
    size: {
      customers: request.customers,
      articles: request.articles,
      orders: 0,
      invoices: 0,
      employees: 0,
      attendanceTransactions: 0,
    },
    // Tokens last an hour; the full sync takes longer in simulated time, and token refresh
    // is measured elsewhere (the connection's tests), so expiry is off here.
    emulator: { clock, rules: { tokenExpiry: false } },
  });
  const { tenantId, clientId } = mock.demo;
  const { accessToken } = mock.emulator.issueTokens({ clientId, tenantId });
  let activeArticles = 0;
  for (const article of mock.emulator.db.tenant(tenantId).articles.values()) {
    if (article.Active !== false) activeArticles++;
  }
  const ready: EmulatorReady = {
    url: mock.url,
    accessToken,
    tenantId,
    now: mock.emulator.control.now(),
    activeArticles,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  process.send?.(ready);
  process.on('disconnect', () => {
    void mock.close().finally(() => process.exit(0));
  });
}

await main();
