/** What the refresh race's driver and its worker processes say to each other. */
import type { Clock, StateStore } from '../../packages/core/src/index.js';
import { createPostgresStateStore } from '../../packages/core/src/store/postgres/index.js';
import { createSqliteStateStore } from '../../packages/core/src/store/sqlite/index.js';

/** The store every process opens: one SQLite file, or one PostgreSQL schema. */
export type RaceStoreSpec =
  | { kind: 'sqlite'; file: string; encryptionKey: string }
  | { kind: 'postgres'; url: string; schema: string; encryptionKey: string };

/** The first command every worker process gets: which store and Fortnox app to use. */
export interface InitCommand {
  type: 'init';
  store: RaceStoreSpec;
  connectionId: string;
  fortnox: {
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    apiBaseUrl: string;
    authBaseUrl: string;
  };
}

export type WorkerCommand =
  | InitCommand
  | { type: 'prepare'; offsetMs: number }
  | { type: 'go'; calls: number }
  | { type: 'exit' };

export type WorkerReply =
  | { type: 'ok' }
  | { type: 'prepared'; status: string }
  | { type: 'went'; tokens: string[]; errors: string[]; apiOk: boolean }
  | { type: 'error'; message: string };

/** Opens the shared store as a host process would. */
export async function openRaceStore(
  spec: RaceStoreSpec,
  clock: Clock,
): Promise<{ store: StateStore; close: () => Promise<void> }> {
  if (spec.kind === 'postgres') {
    const store = await createPostgresStateStore({
      connectionString: spec.url,
      schema: spec.schema,
      encryptionKey: spec.encryptionKey,
      clock,
    });
    return { store, close: () => store.close() };
  }
  const store = createSqliteStateStore({
    database: spec.file,
    encryptionKey: spec.encryptionKey,
    clock,
  });
  return { store, close: () => store.close() };
}
