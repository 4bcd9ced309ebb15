import type { ErrorBody } from '@fortnox-kit/core/contract';

/**
 * What the host backend answered (`ErrorBody.error` of core's handler contract), or `network`
 * when it could not be reached. The type comes from the contract, not a copy of it.
 */
export type BackendErrorDetail = Omit<ErrorBody['error'], 'code'> & {
  code: ErrorBody['error']['code'] | 'network';
};

/**
 * An error from the host backend (the handler of `@fortnox-kit/core`) or the network, as the
 * components see it. It is not one of core's errors: those are what Fortnox said to the
 * server, and core's guards (`isFortnoxApiError`, `isFortnoxKitError`) do not accept this one
 * (decisions/125).
 *
 * @example
 * catch (e) { if (isFortnoxBackendError(e) && e.code === 'reconnect_needed') showReconnect() }
 */
export class FortnoxBackendError extends Error {
  override readonly name = 'FortnoxBackendError';
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** The contract's stable code, or `network` when the backend could not be reached. */
  readonly code: BackendErrorDetail['code'];
  /** The settings key or body property the error belongs to. */
  readonly field: string | undefined;
  /** The backend's detail for a user, in Swedish and English, when it has one. */
  readonly userMessage: BackendErrorDetail['userMessage'];

  constructor(init: BackendErrorDetail & { status: number }, options?: { cause?: unknown }) {
    super(init.message, options);
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.userMessage = init.userMessage;
  }
}

/** True for a {@link FortnoxBackendError}, also across bundle copies (compares `name`). */
export function isFortnoxBackendError(error: unknown): error is FortnoxBackendError {
  return (
    error instanceof FortnoxBackendError ||
    (error instanceof Error && error.name === 'FortnoxBackendError' && 'code' in error)
  );
}
