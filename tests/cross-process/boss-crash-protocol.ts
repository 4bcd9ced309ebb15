/** What the pg-boss crash test and its worker processes say to each other. */
import type { InitCommand } from './refresh-race-protocol.js';

export type BossCrashCommand =
  | (InitCommand & {
      /** pg-boss's schema and database. */
      boss: { url: string; schema: string };
      /** Once a job reaches the host, every host call hangs (the process is then killed). */
      hang: boolean;
    })
  /** Enqueues one send per order and one sync of the connection; replies with the job ids. */
  | { type: 'enqueue'; orderIds: string[] }
  | { type: 'exit' };

export type BossCrashReply =
  | { type: 'ok' }
  | { type: 'enqueued'; sendIds: string[]; syncId: string }
  | { type: 'error'; message: string };
