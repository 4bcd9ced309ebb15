/** What the pg-boss sync crash test and its worker processes say to each other. */
import type { InitCommand } from './refresh-race-protocol.js';

export type BossSyncCrashCommand =
  | (InitCommand & {
      /** pg-boss's schema and database. */
      boss: { url: string; schema: string };
      /** The host's database: one JSON line per record written, read again on start. */
      hostFile: string;
      /** Once this many records were written to the host, every host call hangs. */
      hangAfter: number | null;
    })
  /** Enqueues one sync job of the connection; replies with its id. */
  | { type: 'enqueue'; connectionId: string }
  | { type: 'exit' };

export type BossSyncCrashReply =
  | { type: 'ok' }
  | { type: 'enqueued'; syncId: string }
  | { type: 'error'; message: string };

/** One line of the host file. */
export interface HostFileLine {
  register: 'customers' | 'articles';
  record: { id: string; articleNumber?: string } & Record<string, unknown>;
}
