import type { FortnoxErrorCode } from '@fortnox-kit/core/contract';

/** An error answered by the host backend (`{ error: { code, message, field? } }`) or the network. */
export class FortnoxApiError extends Error {
  override readonly name = 'FortnoxApiError';
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** The contract's stable code, or `network` when the backend could not be reached. */
  readonly code: FortnoxErrorCode | 'network';
  /** The settings key or body property the error belongs to. */
  readonly field: string | undefined;
  /** The backend's detail for a user, in Swedish and English, when it has one. */
  readonly userMessage: { sv: string; en: string } | undefined;

  constructor(
    init: {
      status: number;
      code: FortnoxErrorCode | 'network';
      message: string;
      field?: string;
      userMessage?: { sv: string; en: string };
    },
    options?: { cause?: unknown },
  ) {
    super(init.message, options);
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.userMessage = init.userMessage;
  }
}

/** True for a {@link FortnoxApiError}, also across bundle copies (compares `name`). */
export function isFortnoxApiError(error: unknown): error is FortnoxApiError {
  return (
    error instanceof FortnoxApiError ||
    (error instanceof Error && error.name === 'FortnoxApiError' && 'code' in error)
  );
}
