/**
 * The refresh race (issue 13): N host processes share one store with default options; in
 * each trial every process holds an expired access token and makes `callsPerProcess`
 * concurrent calls. Correct means exactly one refresh at Fortnox per trial and a connection
 * that still works. Used by `refresh-race.test.ts` and by `pnpm bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createStateStoreTokenStore } from '../../packages/core/src/fortnox/index.js';
import { generateEncryptionKey, systemClock } from '../../packages/core/src/index.js';
import { startFortnoxMock } from '../../packages/mock-server/src/node.js';
import {
  openRaceStore,
  type RaceStoreSpec,
  type WorkerCommand,
  type WorkerReply,
} from './refresh-race-protocol.js';
import { forkWorker, type WorkerProcess } from './worker-process.js';

const WORKER = 'tests/cross-process/refresh-worker.ts';
const HOUR = 3_600_000;
const CONNECTION_ID = 'race';

/** Options of {@link runRefreshRace}. */
export interface RefreshRaceOptions {
  /** `postgres` needs FORTNOX_KIT_TEST_DATABASE_URL (a fresh schema is made and dropped). */
  store: 'sqlite' | 'postgres';
  processes: number;
  trials: number;
  callsPerProcess: number;
}

/** What {@link runRefreshRace} measured. */
export interface RefreshRaceResult extends RefreshRaceOptions {
  /** Token endpoint requests in each trial (1 is right). */
  refreshesPerTrial: number[];
  /** Trials with exactly one refresh. */
  exactlyOneRefresh: number;
  /** Trials after which the stored connection was not `connected` or an API call failed. */
  brokenConnections: number;
  /** `getAccessToken` calls that failed, over all trials. */
  failedCalls: number;
  /** Trials in which the processes did not all end up with one and the same token. */
  trialsWithSeveralTokens: number;
  firstErrors: string[];
}

/** Runs the race on a fresh SQLite file and a fresh localhost emulator. */
export async function runRefreshRace(options: RefreshRaceOptions): Promise<RefreshRaceResult> {
  const dir = mkdtempSync(join(tmpdir(), 'fk-refresh-race-'));
  const spec = raceStore(options.store, dir);
  const mock = await startFortnoxMock({ size: 5 });
  const parent = await openRaceStore(spec, systemClock);
  const workers: Worker[] = [];
  try {
    await seedConnection(mock, createStateStoreTokenStore(parent.store));
    for (let i = 0; i < options.processes; i++) workers.push(await startWorker());
    const fortnox = mockFortnoxApp(mock);
    await all(workers, { type: 'init', store: spec, connectionId: CONNECTION_ID, fortnox });
    const result: RefreshRaceResult = {
      ...options,
      refreshesPerTrial: [],
      exactlyOneRefresh: 0,
      brokenConnections: 0,
      failedCalls: 0,
      trialsWithSeveralTokens: 0,
      firstErrors: [],
    };
    const tokenRequests = () =>
      mock.emulator.control.requests().filter((r) => r.path === '/oauth-v1/token').length;
    for (let trial = 1; trial <= options.trials; trial++) {
      // Every process loads the tokens, then its clock passes their expiry.
      await all(workers, { type: 'prepare', offsetMs: 0 });
      await all(workers, { type: 'prepare', offsetMs: trial * 2 * HOUR });
      const before = tokenRequests();
      const went = await all(workers, { type: 'go', calls: options.callsPerProcess });
      const refreshes = tokenRequests() - before;
      result.refreshesPerTrial.push(refreshes);
      if (refreshes === 1) result.exactlyOneRefresh++;
      const stored = await createStateStoreTokenStore(parent.store).load(CONNECTION_ID);
      const errors = went.flatMap((w) => (w.type === 'went' ? w.errors : [JSON.stringify(w)]));
      const apiOk = went.every((w) => w.type === 'went' && w.apiOk);
      if (stored?.status !== 'connected' || !apiOk) result.brokenConnections++;
      result.failedCalls += errors.filter((e) => !e.startsWith('api:')).length;
      const tokens = new Set(went.flatMap((w) => (w.type === 'went' ? w.tokens : [])));
      if (tokens.size !== 1) result.trialsWithSeveralTokens++;
      if (result.firstErrors.length < 5) result.firstErrors.push(...errors.slice(0, 5));
    }
    return result;
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await parent.close();
    await mock.close();
    if (spec.kind === 'postgres') await dropSchema(spec);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh store for a cross-process test: a SQLite file in `dir`, or a new PostgreSQL schema. */
export function raceStore(kind: RefreshRaceOptions['store'], dir: string): RaceStoreSpec {
  const encryptionKey = generateEncryptionKey();
  if (kind === 'sqlite') return { kind, file: join(dir, 'state.db'), encryptionKey };
  const url = process.env.FORTNOX_KIT_TEST_DATABASE_URL;
  if (!url) throw new Error('The PostgreSQL race needs FORTNOX_KIT_TEST_DATABASE_URL');
  const schema = `fk_race_${globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  return { kind, url, schema, encryptionKey };
}

/** Drops a PostgreSQL store's schema after a test. */
export async function dropSchema(spec: Extract<RaceStoreSpec, { kind: 'postgres' }>) {
  const client = new pg.Client({ connectionString: spec.url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${spec.schema}" CASCADE`);
  await client.end();
}

/** The Fortnox app settings a worker's integration uses to reach the emulator's HTTP server. */
export function mockFortnoxApp(mock: Awaited<ReturnType<typeof startFortnoxMock>>) {
  return {
    clientId: mock.demo.clientId,
    clientSecret: mock.demo.clientSecret,
    redirectUri: mock.demo.redirectUri,
    apiBaseUrl: mock.url,
    authBaseUrl: mock.url,
  };
}

/** The connection as after the customer's consent: tokens from the emulator, stored. */
export async function seedConnection(
  mock: Awaited<ReturnType<typeof startFortnoxMock>>,
  tokenStore: ReturnType<typeof createStateStoreTokenStore>,
  connectionId = CONNECTION_ID,
  scopes = ['companyinformation', 'customer', 'article'],
) {
  const issued = mock.emulator.issueTokens({
    clientId: mock.demo.clientId,
    tenantId: mock.demo.tenantId,
    scopes,
  });
  const now = Date.now();
  await tokenStore.save(connectionId, {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresAt: now + issued.expiresIn * 1000,
    scope: issued.scope,
    tenantId: String(mock.demo.tenantId),
    status: 'connected',
    connectedAt: now,
  });
}

type Worker = WorkerProcess<WorkerCommand, WorkerReply>;

const startWorker = () => forkWorker<WorkerCommand, WorkerReply>(WORKER, { type: 'exit' });

async function all(workers: Worker[], command: WorkerCommand): Promise<WorkerReply[]> {
  const replies = await Promise.all(workers.map((w) => w.ask(command)));
  const failed = replies.find((r) => r.type === 'error');
  if (failed) throw new Error(`worker: ${JSON.stringify(failed)}`);
  return replies;
}
