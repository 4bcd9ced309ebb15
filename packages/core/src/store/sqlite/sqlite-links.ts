import { RegisterLink, type RegisterLinkInput } from '../records.js';
import type { StateStore } from '../state-store.js';
import type { BetterSqlite3Database } from './sqlite-database.js';

/** The register link methods of the SQLite store. */
export type SqliteLinkMethods = Pick<
  StateStore,
  'putLinks' | 'getLinkByHostId' | 'getLinkByFortnoxNumber' | 'countLinks' | 'deleteLink'
>;

interface LinkRow {
  connection_id: string;
  register: string;
  host_id: string;
  fortnox_number: string;
  synced_at: number;
  host_hash: string | null;
  fortnox_hash: string | null;
}

const toLink = (row: LinkRow) =>
  RegisterLink.parse({
    connectionId: row.connection_id,
    register: row.register,
    hostId: row.host_id,
    fortnoxNumber: row.fortnox_number,
    syncedAt: row.synced_at,
    hostHash: row.host_hash,
    fortnoxHash: row.fortnox_hash,
  });

/**
 * Register links (host id ⇄ Fortnox number, one each way). A new link replaces any link
 * that held either of its ids, in one transaction.
 */
export function sqliteLinkMethods(db: BetterSqlite3Database): SqliteLinkMethods {
  const deleteConflicts = db.prepare(
    'DELETE FROM links WHERE connection_id = @connectionId AND register = @register AND (host_id = @hostId OR fortnox_number = @fortnoxNumber)',
  );
  const insertLink = db.prepare(
    'INSERT INTO links (connection_id, register, host_id, fortnox_number, synced_at, host_hash, fortnox_hash) VALUES (@connectionId, @register, @hostId, @fortnoxNumber, @syncedAt, @hostHash, @fortnoxHash)',
  );
  const linkByHost = db.prepare<[string, string, string], LinkRow>(
    'SELECT * FROM links WHERE connection_id = ? AND register = ? AND host_id = ?',
  );
  const linkByNumber = db.prepare<[string, string, string], LinkRow>(
    'SELECT * FROM links WHERE connection_id = ? AND register = ? AND fortnox_number = ?',
  );
  const putLinks = db.transaction((links: readonly RegisterLinkInput[]) => {
    for (const link of links) {
      const row = RegisterLink.parse(link);
      deleteConflicts.run(row);
      insertLink.run(row);
    }
  });
  return {
    async putLinks(links) {
      putLinks(links);
    },
    async getLinkByHostId(connectionId, register, hostId) {
      const row = linkByHost.get(connectionId, register, hostId);
      return row ? toLink(row) : undefined;
    },
    async getLinkByFortnoxNumber(connectionId, register, fortnoxNumber) {
      const row = linkByNumber.get(connectionId, register, fortnoxNumber);
      return row ? toLink(row) : undefined;
    },
    async countLinks(connectionId, register) {
      const row = db
        .prepare<[string, string], { n: number }>(
          'SELECT count(*) AS n FROM links WHERE connection_id = ? AND register = ?',
        )
        .get(connectionId, register);
      return row?.n ?? 0;
    },
    async deleteLink(connectionId, register, hostId) {
      db.prepare('DELETE FROM links WHERE connection_id = ? AND register = ? AND host_id = ?').run(
        connectionId,
        register,
        hostId,
      );
    },
  };
}
