/** The driver's side of the pg-boss crash tests: the stores the worker processes share. */
import { createStateStoreTokenStore } from '../../packages/core/src/fortnox/index.js';
import { generateEncryptionKey, systemClock } from '../../packages/core/src/index.js';
import {
  dropSchema,
  freshSchema,
  TEST_DATABASE_URL,
} from '../../packages/core/src/store/postgres/postgres-test-database.test-support.js';
import type { startFortnoxMock } from '../../packages/mock-server/src/node.js';
import { mockFortnoxApp, seedConnection } from './refresh-race.js';
import { openRaceStore, type RaceStoreSpec } from './refresh-race-protocol.js';

/**
 * A connection with tokens from the emulator, in a fresh PostgreSQL store schema, and a fresh
 * schema for pg-boss: what every worker process is given on `init`. `cleanup` drops both.
 */
export async function connectedOnPostgres(
  mock: Awaited<ReturnType<typeof startFortnoxMock>>,
  connectionId: string,
  scopes: string[],
  cleanup: (() => Promise<unknown> | unknown)[],
) {
  const url = TEST_DATABASE_URL ?? '';
  const store: RaceStoreSpec = {
    kind: 'postgres',
    url,
    schema: freshSchema(),
    encryptionKey: generateEncryptionKey(),
  };
  const boss = { url, schema: freshSchema() };
  cleanup.push(() => dropSchema(store.schema));
  cleanup.push(() => dropSchema(boss.schema));
  const parent = await openRaceStore(store, systemClock);
  cleanup.push(parent.close);
  await seedConnection(mock, createStateStoreTokenStore(parent.store), connectionId, scopes);
  return { store, boss, parent: parent.store, fortnox: mockFortnoxApp(mock) };
}
