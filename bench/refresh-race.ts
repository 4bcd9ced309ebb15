/**
 * Cross-process token refresh (issue 13): 2 and 3 OS processes on one SQLite file with
 * default options, 50 concurrent calls each on an expired access token, 20 trials each.
 * Prints one JSON line: per process count, trials with exactly one refresh and broken
 * connections (the race itself is `tests/cross-process/refresh-race.ts`).
 */
import { runRefreshRace } from '../tests/cross-process/refresh-race.js';

const TRIALS = 20;
const CALLS = 50;

async function measure(processes: number) {
  const started = Date.now();
  const r = await runRefreshRace({ processes, trials: TRIALS, callsPerProcess: CALLS });
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

const twoProcesses = await measure(2);
const threeProcesses = await measure(3);
console.log(JSON.stringify({ store: 'sqlite', twoProcesses, threeProcesses }));
