/**
 * Cross-process token refresh (issue 13): 2 and 3 OS processes on one shared store (a
 * SQLite file; PostgreSQL too when FORTNOX_KIT_TEST_DATABASE_URL names a database, as
 * `scripts/test-database.sh` prints), default options, 50 concurrent calls each on an
 * expired access token, 20 trials each. Prints one JSON line: per store and process count,
 * trials with exactly one refresh and broken connections (the race itself is
 * `tests/cross-process/refresh-race.ts`).
 */
import { type RefreshRaceOptions, runRefreshRace } from '../tests/cross-process/refresh-race.js';

const TRIALS = 20;
const CALLS = 50;

async function measure(store: RefreshRaceOptions['store'], processes: number) {
  const started = Date.now();
  const r = await runRefreshRace({ store, processes, trials: TRIALS, callsPerProcess: CALLS });
  return {
    processes,
    trials: r.trials,
    callsPerProcess: r.callsPerProcess,
    exactlyOneRefresh: r.exactlyOneRefresh,
    refreshes: r.refreshesPerTrial.reduce((a, b) => a + b, 0),
    brokenConnections: r.brokenConnections,
    failedCalls: r.failedCalls,
    seconds: (Date.now() - started) / 1000,
  };
}

async function both(store: RefreshRaceOptions['store']) {
  return { twoProcesses: await measure(store, 2), threeProcesses: await measure(store, 3) };
}

const sqlite = await both('sqlite');
const postgres = process.env.FORTNOX_KIT_TEST_DATABASE_URL
  ? await both('postgres')
  : { skipped: 'FORTNOX_KIT_TEST_DATABASE_URL not set' };
console.log(JSON.stringify({ sqlite, postgres }));
