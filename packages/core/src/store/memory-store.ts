import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import { decodeConnection, type EncodedConnection, encodeConnection } from './connection-codec.js';
import { memoryCreateJournal } from './memory-create-journal.js';
import {
  JournalEntry,
  type JournalKey,
  RegisterLink,
  type RegisterName,
  SyncLogEntry,
  SyncRunRecord,
} from './records.js';
import type { StateStore } from './state-store.js';
import { type EncryptionKey, resolveCipher, type TokenCipher } from './token-cipher.js';

/** Options of {@link createMemoryStateStore}. */
export interface MemoryStateStoreOptions {
  /** Key that encrypts tokens (32 bytes). Ignored when `cipher` is given. */
  encryptionKey?: EncryptionKey;
  /** A ready cipher, e.g. one with previous keys for rotation. */
  cipher?: TokenCipher;
  /** Stamps `updatedAt` on token writes. @default systemClock */
  clock?: Clock;
}

/**
 * A {@link StateStore} that lives in memory: for tests, demos and single-process hosts that
 * accept losing sync state on restart. Tokens are still held encrypted.
 */
export function createMemoryStateStore(options: MemoryStateStoreOptions): StateStore {
  const cipher = resolveCipher(options);
  const clock = options.clock ?? systemClock;
  const connections = new Map<string, EncodedConnection>();
  const leases = new Map<string, { holder: string; expiresAt: number }>();
  const linksByHost = new Map<string, RegisterLink>();
  const linksByNumber = new Map<string, RegisterLink>();
  const cursors = new Map<string, string>();
  const runs = new Map<string, SyncRunRecord>();
  const runLog = new Map<string, SyncLogEntry[]>();
  const journal = new Map<string, JournalEntry>();
  const offsets = new Map<string, string>();
  const seenEvents = new Map<string, number>();

  const linkKey = (c: string, r: RegisterName, id: string) => JSON.stringify([c, r, id]);
  const journalKey = (k: JournalKey) =>
    JSON.stringify([k.connectionId, k.hostOrderId, k.idempotencyKey]);
  const requireJournal = (key: JournalKey) => {
    const entry = journal.get(journalKey(key));
    if (!entry) throw new Error(`No journal entry for order ${key.hostOrderId}`);
    return entry;
  };

  return {
    async saveConnection(input) {
      const { record, encoded } = await encodeConnection(input, cipher);
      connections.set(record.id, encoded);
      return record;
    },
    async getConnection(id) {
      const encoded = connections.get(id);
      return encoded ? decodeConnection(encoded, cipher) : undefined;
    },
    async listConnections() {
      return Promise.all([...connections.values()].map((e) => decodeConnection(e, cipher)));
    },
    async deleteConnection(id) {
      connections.delete(id);
    },
    async compareAndSetTokens(id, expectedVersion, tokens, patch) {
      const encoded = connections.get(id);
      if (!encoded) return undefined;
      const current = await decodeConnection(encoded, cipher);
      if (current.tokenVersion !== expectedVersion) return undefined;
      const next = { ...current, ...patch, tokens, tokenVersion: expectedVersion + 1 };
      const result = await encodeConnection({ ...next, updatedAt: clock.now() }, cipher);
      // Re-check after the await: another writer may have won meanwhile.
      if (connections.get(id) !== encoded) return undefined;
      connections.set(id, result.encoded);
      return result.record;
    },

    async acquireLease(key, holder, expiresAt, now) {
      const lease = leases.get(key);
      if (lease && lease.holder !== holder && lease.expiresAt > now) return false;
      leases.set(key, { holder, expiresAt });
      return true;
    },
    async releaseLease(key, holder) {
      if (leases.get(key)?.holder === holder) leases.delete(key);
    },

    async putLinks(links) {
      for (const input of links) {
        const link = RegisterLink.parse(input);
        const hostKey = linkKey(link.connectionId, link.register, link.hostId);
        const numberKey = linkKey(link.connectionId, link.register, link.fortnoxNumber);
        const oldByHost = linksByHost.get(hostKey);
        if (oldByHost) {
          linksByNumber.delete(linkKey(link.connectionId, link.register, oldByHost.fortnoxNumber));
        }
        const oldByNumber = linksByNumber.get(numberKey);
        if (oldByNumber) {
          linksByHost.delete(linkKey(link.connectionId, link.register, oldByNumber.hostId));
        }
        linksByHost.set(hostKey, { ...link });
        linksByNumber.set(numberKey, { ...link });
      }
    },
    async getLinkByHostId(connectionId, register, hostId) {
      const link = linksByHost.get(linkKey(connectionId, register, hostId));
      return link ? { ...link } : undefined;
    },
    async getLinkByFortnoxNumber(connectionId, register, fortnoxNumber) {
      const link = linksByNumber.get(linkKey(connectionId, register, fortnoxNumber));
      return link ? { ...link } : undefined;
    },
    async countLinks(connectionId, register) {
      let count = 0;
      for (const link of linksByHost.values()) {
        if (link.connectionId === connectionId && link.register === register) count++;
      }
      return count;
    },
    async deleteLink(connectionId, register, hostId) {
      const link = linksByHost.get(linkKey(connectionId, register, hostId));
      if (!link) return;
      linksByHost.delete(linkKey(connectionId, register, hostId));
      linksByNumber.delete(linkKey(connectionId, register, link.fortnoxNumber));
    },

    async getCursor(connectionId, key) {
      return cursors.get(JSON.stringify([connectionId, key]));
    },
    async setCursor(connectionId, key, value) {
      cursors.set(JSON.stringify([connectionId, key]), value);
    },

    async createRun(input) {
      const run = SyncRunRecord.parse(input);
      if (runs.has(run.id)) throw new Error(`Sync run ${run.id} already exists`);
      runs.set(run.id, run);
      return structuredClone(run);
    },
    async updateRun(id, patch) {
      const run = runs.get(id);
      if (!run) throw new Error(`No sync run ${id}`);
      const next = SyncRunRecord.parse({ ...run, ...patch });
      runs.set(id, next);
      return structuredClone(next);
    },
    async getRun(id) {
      const run = runs.get(id);
      return run ? structuredClone(run) : undefined;
    },
    async listRuns(connectionId, limit = 20) {
      return [...runs.values()]
        .filter((r) => r.connectionId === connectionId)
        .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1))
        .slice(0, limit)
        .map((r) => structuredClone(r));
    },
    async appendRunLog(entries) {
      for (const input of entries) {
        const entry = SyncLogEntry.parse(input);
        const list = runLog.get(entry.runId) ?? [];
        list.push(entry);
        runLog.set(entry.runId, list);
      }
    },
    async listRunLog(runId, options = {}) {
      const list = [...(runLog.get(runId) ?? [])].sort((a, b) => a.seq - b.seq);
      const offset = options.offset ?? 0;
      return list.slice(offset, offset + (options.limit ?? list.length));
    },

    async beginJournalEntry(input) {
      const entry = JournalEntry.parse(input);
      const existing = journal.get(journalKey(entry));
      if (existing) return { entry: { ...existing }, created: false };
      journal.set(journalKey(entry), entry);
      return { entry: { ...entry }, created: true };
    },
    async updateJournalEntry(key, patch, now) {
      const next = JournalEntry.parse({ ...requireJournal(key), ...patch, updatedAt: now });
      journal.set(journalKey(key), next);
      return { ...next };
    },
    async getJournalEntry(key) {
      const entry = journal.get(journalKey(key));
      return entry ? { ...entry } : undefined;
    },
    async listJournalByOrder(connectionId, hostOrderId) {
      return [...journal.values()]
        .filter((e) => e.connectionId === connectionId && e.hostOrderId === hostOrderId)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((e) => ({ ...e }));
    },
    async listJournalByState(connectionId, states) {
      return [...journal.values()]
        .filter((e) => e.connectionId === connectionId && states.includes(e.state))
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((e) => ({ ...e }));
    },
    ...memoryCreateJournal(),

    async recordEvent(scope, topic, offset, at) {
      const key = JSON.stringify([scope, topic, offset]);
      const seen = seenEvents.has(key);
      if (!seen) seenEvents.set(key, at);
      offsets.set(JSON.stringify([scope, topic]), offset);
      return !seen;
    },
    async getEventOffset(scope, topic) {
      return offsets.get(JSON.stringify([scope, topic]));
    },
    async pruneEvents(before) {
      for (const [key, at] of seenEvents) if (at < before) seenEvents.delete(key);
    },

    async close() {},
  };
}
