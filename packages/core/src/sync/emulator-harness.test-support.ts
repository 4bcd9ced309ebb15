import type { SetupServer } from 'msw/node';
import { staticAccessToken } from '../client/access-token-provider.js';
import { createFortnoxClient } from '../client/create-fortnox-client.js';
import { createFortnoxEmulator, type FortnoxEmulator } from '../emulator.test-support.js';
import { createVirtualClock, type VirtualClock } from '../env/clock.js';
import {
  createMemoryHostRegisters,
  type MemoryHostRegistersOptions,
} from '../host-registers/memory-host-registers.js';
import { createSlidingWindowRateLimiter } from '../rate-limit/index.js';
import { IntegrationSettings, type IntegrationSettingsInput } from '../settings/index.js';
import { createMemoryStateStore } from '../store/memory-store.js';
import type { StateStore } from '../store/state-store.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { createFortnoxSyncApi } from './fortnox-sync-api.js';
import { createSyncEngine, type SyncEngineOptions } from './sync-engine.js';

/** Options of {@link createSyncHarness}. */
export interface SyncHarnessOptions {
  customers?: number;
  articles?: number;
  host?: Omit<MemoryHostRegistersOptions, 'clock'>;
  settings?: IntegrationSettingsInput;
  store?: StateStore;
  engine?: Partial<SyncEngineOptions>;
  /** Let the virtual clock jump ahead when everyone waits. @default true */
  autoAdvance?: boolean;
}

/**
 * A sync engine wired to a fresh emulator tenant through MSW, on a virtual clock that
 * jumps ahead whenever everyone waits (rate limiter), so long syncs run in milliseconds.
 */
export function createSyncHarness(server: SetupServer, options: SyncHarnessOptions = {}) {
  const clock: VirtualClock = createVirtualClock({ autoAdvance: options.autoAdvance ?? true });
  // Tokens would expire during hour-long simulated runs; token refresh is the client's test.
  const emulator: FortnoxEmulator = createFortnoxEmulator({ clock, rules: { tokenExpiry: false } });
  server.resetHandlers(...emulator.handlers);
  const { tenantId } = emulator.createTenant({
    seed: 1,
    size: {
      customers: options.customers ?? 0,
      articles: options.articles ?? 0,
      orders: 0,
      invoices: 0,
      employees: 0,
      attendanceTransactions: 0,
    },
  });
  const app = emulator.registerClient();
  const { accessToken } = emulator.issueTokens({ clientId: app.clientId, tenantId });
  const client = createFortnoxClient({
    auth: staticAccessToken(accessToken, `test-${tenantId}`),
    clock,
    rateLimiter: createSlidingWindowRateLimiter({ clock }),
  });
  const store =
    options.store ?? createMemoryStateStore({ encryptionKey: generateEncryptionKey(), clock });
  const host = createMemoryHostRegisters({ ...options.host, clock });
  let settings = IntegrationSettings.parse(options.settings ?? {});
  const engine = createSyncEngine({
    connectionId: 'conn-1',
    store,
    host,
    fortnox: createFortnoxSyncApi(client),
    settings: () => settings,
    clock,
    ...options.engine,
  });
  const tenant: () => ReturnType<FortnoxEmulator['db']['tenant']> = () =>
    emulator.db.tenant(tenantId);
  const requests = () =>
    emulator.control.requests({ tenantId }).filter((r) => r.path.startsWith('/3/'));
  return {
    clock,
    emulator,
    tenantId,
    tenant,
    user: emulator.control.actAsUser(tenantId),
    client,
    store,
    host,
    engine,
    setSettings(input: IntegrationSettingsInput) {
      settings = IntegrationSettings.parse(input);
    },
    /** REST requests the emulator received so far. */
    requests,
    /** Counts the REST requests made while `fn` runs. */
    async countRequests<T>(
      fn: () => Promise<T>,
    ): Promise<{ result: T; requests: number; paths: string[] }> {
      // The emulator keeps the last 10,000 requests: start from an empty log.
      emulator.control.clearRequests();
      const result = await fn();
      const made = requests();
      return {
        result,
        requests: made.length,
        paths: made.map((r) => `${r.method} ${r.path}${r.search ?? ''}`),
      };
    },
    /** Moves simulated time on by `ms` (the next hourly run). */
    advance(ms: number) {
      clock.advance(ms);
    },
  };
}

/** All records of an in-memory host register. */
export async function allHostRecords<T>(register: {
  changedSince(
    c: string | null,
    l: number,
  ): Promise<{ records: T[]; cursor: string; hasMore: boolean }>;
}): Promise<T[]> {
  const page = await register.changedSince(null, Number.MAX_SAFE_INTEGER);
  return page.records;
}
