/** What the crash-recovery driver and its worker processes say to each other. */
import type { SyncStatus } from '../../packages/core/src/contract.js';
import type { InitCommand } from './refresh-race-protocol.js';

export type CrashCommand =
  | (InitCommand & {
      /** The host's registers and orders never answer once the work reaches them. */
      hang: boolean;
    })
  /** "Synk"; with `hang`, replies `inside` once the run waits on the host. */
  | { type: 'sync' }
  /** "Skicka till Fortnox"; with `hang`, replies `inside` once the send holds the order. */
  | { type: 'send'; orderId: string }
  /** `integration.start()`, as a host does at boot. */
  | { type: 'start' }
  | { type: 'status' }
  | { type: 'exit' };

export type CrashReply =
  | { type: 'ok' }
  | { type: 'inside' }
  | { type: 'sent'; documentNumber: string }
  | { type: 'status'; status: SyncStatus }
  | { type: 'error'; message: string };
