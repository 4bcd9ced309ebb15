import { afterEach, describe, expect, it } from 'vitest';
import { createScaledClock } from '../env/scaled-clock.js';
import { createMemoryStateStore } from '../store/memory-store.js';
import { testPool } from '../store/postgres/postgres-test-database.test-support.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { createStateStoreTokenStore } from '../store/token-store-adapter.js';
import { FORTNOX_QUEUES } from './job-names.js';
import { canRunPgBoss, startTestBoss } from './pg-boss.test-support.js';
import { nextSlot, slotOffset } from './slots.js';
import { startFortnoxWorkers } from './start-fortnox-workers.js';

const HOUR = 3_600_000;
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A store with one connected connection `c1`, on `clock`. */
async function connectedStore(clock: ReturnType<typeof createScaledClock>) {
  const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
  await createStateStoreTokenStore(store).save('c1', {
    accessToken: 'a',
    refreshToken: 'r',
    expiresAt: clock.now() + HOUR,
    scope: 'customer',
    tenantId: '1',
    status: 'connected',
    connectedAt: clock.now(),
  });
  return store;
}

describe.skipIf(!canRunPgBoss)('startFortnoxWorkers on a scaled clock', { timeout: 60_000 }, () => {
  it('hands pg-boss the real time at which the clock reaches a slot (toDatabaseTime), not the slot itself', async () => {
    // A clock eleven months behind real time, at twice its speed; c1's slot 30 simulated minutes ahead.
    const offset = slotOffset('sync:c1', HOUR);
    const clock = createScaledClock({
      speed: 2,
      clockStart: Date.parse('2026-01-05T08:00:00Z') + offset - 30 * 60_000,
    });
    const store = await connectedStore(clock);
    const { boss, schema, close } = await startTestBoss();
    cleanup.push(close);
    const workers = await startFortnoxWorkers({
      boss,
      store,
      clock,
      toDatabaseTime: (clockMs) => new Date(clock.toRealTime(clockMs)),
      integration: () => {
        throw new Error('no job is due in this test');
      },
      planCron: '0 0 1 1 *',
    });
    cleanup.push(() => workers.stop());
    const slot = nextSlot(clock.now(), offset, HOUR);
    const { rows } = await testPool().query<{ start_after: Date }>(
      `SELECT start_after FROM "${schema}".job WHERE name = $1 AND data->>'connectionId' = 'c1'`,
      [FORTNOX_QUEUES.sync],
    );
    expect(rows.map((r) => r.start_after.getTime())).toEqual([
      new Date(clock.toRealTime(slot)).getTime(),
    ]);
    expect(rows[0]?.start_after.getTime()).toBeGreaterThan(Date.now());
  });
});
