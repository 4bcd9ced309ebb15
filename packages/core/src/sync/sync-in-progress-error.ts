import { FortnoxKitError } from '../errors/fortnox-kit-error.js';

/** Thrown by `runNow` when the connection already has a run going (here or in another process). */
export class SyncInProgressError extends FortnoxKitError {
  override name = 'SyncInProgressError';
  constructor(
    readonly connectionId: string,
    readonly runId: string | null,
  ) {
    super(`A sync of connection ${connectionId} is already running`);
  }
}

/** Whether `error` is a {@link SyncInProgressError} (also across bundles, by name). */
export function isSyncInProgressError(error: unknown): error is SyncInProgressError {
  return (
    error instanceof SyncInProgressError || (error as Error | null)?.name === 'SyncInProgressError'
  );
}
