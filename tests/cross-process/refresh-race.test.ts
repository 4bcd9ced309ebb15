import { describe, expect, it } from 'vitest';
import { runRefreshRace } from './refresh-race.js';

const postgres = process.env.FORTNOX_KIT_TEST_DATABASE_URL;
if (!postgres && process.env.CI) throw new Error('CI must run the PostgreSQL race');

// Two and then three OS processes on one shared store, default options, each holding an
// expired access token and making 50 concurrent calls: Fortnox's refresh tokens are
// single-use, so a second refresh with the same token would break the connection.
describe.each([
  ['SQLite', 'sqlite'],
  ['PostgreSQL', 'postgres'],
] as const)('host processes sharing one %s store', (_name, store) => {
  describe.skipIf(store === 'postgres' && !postgres).each([2, 3])('%i processes', (processes) => {
    it('refresh exactly once per expiry and never break the connection, over 20 trials', async () => {
      const result = await runRefreshRace({ store, processes, trials: 20, callsPerProcess: 50 });
      expect(result.firstErrors).toEqual([]);
      expect(result.refreshesPerTrial).toEqual(Array(20).fill(1));
      expect(result.brokenConnections).toBe(0);
      expect(result.failedCalls).toBe(0);
      expect(result.trialsWithSeveralTokens).toBe(0);
    }, 180_000);
  });
});
