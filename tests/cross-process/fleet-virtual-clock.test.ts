import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canRunPgBoss } from '../../packages/core/src/workers/pg-boss.test-support.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `bench/fleet.ts` (3 worker processes on pg-boss) and parses the JSON line it prints. */
function runFleet(args: string[]): Record<string, unknown> {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@fortnox-kit/source', 'bench/fleet.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: process.env },
  );
  if (run.status !== 0) throw new Error(`bench/fleet.ts failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
}

describe.skipIf(!canRunPgBoss)('the fleet on one scaled clock', { timeout: 240_000 }, () => {
  it('3 tenants, 3 workers, a simulated hour at speed 60: every token expires in the hour, refreshes = token expiries with no refresh token reused, each sync starts in its hour and no job attempt fails, no 429', () => {
    const fleet = runFleet(['--tenants', '3', '--speed', '60']);
    expect(fleet).toMatchObject({
      tenants: 3,
      workers: 3,
      tokensExpiringInHour: 3,
      refreshRaces: 0,
      http401: 0,
      http429: 0,
      lostJobs: 0,
      failedJobAttempts: 0,
      tenantsSynced: 3,
      syncsStartedWithinHour: 3,
      duplicateDocuments: 0,
    });
    expect(fleet.refreshes).toBe(fleet.tokenExpiries);
    expect(fleet.refreshes).toBeGreaterThanOrEqual(3);
    expect(fleet.simulatedSeconds).toBeGreaterThanOrEqual(3600);
  });
});
