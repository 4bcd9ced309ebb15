import { setupServer } from 'msw/node';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { staticAccessToken } from '../../client/access-token-provider.js';
import { createFortnoxClient } from '../../client/create-fortnox-client.js';
import { createFortnoxEmulator } from '../../emulator.test-support.js';
import { createVirtualClock, systemClock } from '../../env/clock.js';
import { createSlidingWindowRateLimiter } from '../../rate-limit/sliding-window-rate-limiter.js';
import { generateEncryptionKey } from '../token-cipher.js';
import type { PostgresPool } from './pg-types.js';
import { createPostgresStateStore, type PostgresStateStore } from './postgres-store.js';
import {
  dropSchema,
  freshSchema,
  TEST_DATABASE_URL,
} from './postgres-test-database.test-support.js';

// Separate pools stand for separate processes: nothing is shared between them but the
// database.
const newPool = () =>
  new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 4 }) as unknown as PostgresPool;

describe.skipIf(!TEST_DATABASE_URL)('the PostgreSQL rate limiter', () => {
  const pools: PostgresPool[] = [];
  const schemas: string[] = [];
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  afterEach(async () => {
    server.resetHandlers();
    await Promise.all(pools.splice(0).map((p) => p.end()));
    for (const schema of schemas.splice(0)) await dropSchema(schema);
  });
  /** `n` "processes", each with its own pool, on one schema. */
  const processes = async (n: number): Promise<PostgresStateStore[]> => {
    const schema = freshSchema();
    schemas.push(schema);
    const encryptionKey = generateEncryptionKey();
    return Promise.all(
      Array.from({ length: n }, () => {
        const pool = newPool();
        pools.push(pool);
        return createPostgresStateStore({ pool, schema, encryptionKey });
      }),
    );
  };

  /** Three clients on one tenant, as three processes would be, firing 60 calls at once. */
  async function burst(
    limiterFor: (i: number) => Parameters<typeof createFortnoxClient>[0]['rateLimiter'],
  ) {
    const emulator = createFortnoxEmulator();
    server.use(...emulator.handlers);
    const { tenantId } = emulator.createTenant({ seed: 1, size: 5 });
    const app = emulator.registerClient();
    const { accessToken } = emulator.issueTokens({
      clientId: app.clientId,
      tenantId,
      scopes: ['companyinformation'],
    });
    const clients = [0, 1, 2].map((i) =>
      createFortnoxClient({
        auth: staticAccessToken(accessToken),
        rateLimiter: limiterFor(i),
        retry: { maxRetries: 0 },
      }),
    );
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => clients[i % 3]?.companyInformation.get()),
    );
    const statuses = emulator.control.requests({ tenantId }).map((r) => r.status);
    return { ok: results.filter((r) => r.status === 'fulfilled').length, statuses };
  }

  it("keeps three processes together under Fortnox's 25 per 5 s: no 429 in a burst of 60", async () => {
    const stores = await processes(3);
    const { ok, statuses } = await burst((i) =>
      stores[i]?.createRateLimiter('client:tenant', { clock: systemClock }),
    );
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    expect(ok).toBe(60);
  }, 60_000);

  it('is what prevents the 429s: three per-process limiters in the same burst get some', async () => {
    const { statuses } = await burst(() => createSlidingWindowRateLimiter({ clock: systemClock }));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  }, 60_000);

  it('leaves five grants of a window to interactive requests while background ones wait', async () => {
    const [a, b] = await processes(2);
    const clock = createVirtualClock();
    const sync = a?.createRateLimiter('k', { clock });
    const user = b?.createRateLimiter('k', { clock });
    for (let i = 0; i < 20; i++) await sync?.acquire({ priority: 'background' });
    let backgroundGranted = false;
    const waiting = sync?.acquire({ priority: 'background' }).then(() => {
      backgroundGranted = true;
    });
    for (let i = 0; i < 5; i++) await user?.acquire({ priority: 'interactive' });
    expect(backgroundGranted).toBe(false);
    clock.advance(5_100);
    await waiting;
    expect(backgroundGranted).toBe(true);
  });

  it('makes every process wait after one of them reports a 429', async () => {
    const [a, b] = await processes(2);
    const clock = createVirtualClock();
    a?.createRateLimiter('k', { clock }).reportRateLimited(10_000);
    const limiter = b?.createRateLimiter('k', { clock });
    let granted = false;
    // The pause is written in the background; give it a moment to land.
    await new Promise((done) => setTimeout(done, 200));
    const waiting = limiter?.acquire({ priority: 'interactive' }).then(() => {
      granted = true;
    });
    await new Promise((done) => setTimeout(done, 200));
    expect(granted).toBe(false);
    clock.advance(10_000);
    await waiting;
    expect(granted).toBe(true);
  });
});
