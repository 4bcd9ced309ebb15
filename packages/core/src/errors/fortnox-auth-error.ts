import { FortnoxError, type FortnoxErrorOptions } from './fortnox-error.js';
import { hasErrorName } from './fortnox-kit-error.js';

/** Fields of a {@link FortnoxAuthError}. */
export interface FortnoxAuthErrorOptions extends FortnoxErrorOptions {
  /**
   * True when only a new authorization by the customer can fix it (refresh token spent,
   * revoked or expired; scope missing from the consent). The UI shows "reconnect".
   */
  reconnectRequired: boolean;
  status?: number;
  /** Fortnox's numeric code (API calls) when there was one. */
  code?: number;
  /** The OAuth error (`invalid_grant`, `invalid_client`, ...) for token endpoint failures. */
  oauthError?: string;
  /** Fortnox's own message or `error_description`. */
  fortnoxMessage?: string;
  explanation?: string;
}

/** Authentication or authorization failed: bad token, spent grant, missing scope. */
export class FortnoxAuthError extends FortnoxError {
  override name = 'FortnoxAuthError';
  readonly reconnectRequired: boolean;
  readonly status: number | undefined;
  readonly code: number | undefined;
  readonly oauthError: string | undefined;
  readonly fortnoxMessage: string | undefined;
  readonly explanation: string | undefined;

  constructor(message: string, options: FortnoxAuthErrorOptions) {
    super(message, options);
    this.reconnectRequired = options.reconnectRequired;
    this.status = options.status;
    this.code = options.code;
    this.oauthError = options.oauthError;
    this.fortnoxMessage = options.fortnoxMessage;
    this.explanation = options.explanation;
  }
}

/** Whether `error` is a {@link FortnoxAuthError}. */
export function isFortnoxAuthError(error: unknown): error is FortnoxAuthError {
  return error instanceof FortnoxAuthError || hasErrorName(error, ['FortnoxAuthError']);
}
