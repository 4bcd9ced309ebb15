import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import { isFortnoxNetworkError } from '../errors/fortnox-network-error.js';
import type { ErrorBody } from '../handler/contract.js';
import { isWorkflowError } from '../integration/workflow-error.js';
import type { StateStore } from '../store/state-store.js';

/** The error part of an {@link ErrorBody}: what the UI shows under the send button. */
export type SendErrorInfo = ErrorBody['error'];

const cursorKey = (orderId: string) => `send-error:${orderId}`;

/**
 * Turns any error of a workflow into the contract's error: a {@link WorkflowError} keeps its
 * code; a Fortnox refusal becomes `fortnox_error` with Fortnox's message; anything else is
 * `internal` with a generic message (details stay in the server log).
 */
export function toErrorInfo(error: unknown): SendErrorInfo {
  if (isWorkflowError(error)) {
    return {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.userMessage ? { userMessage: error.userMessage } : {}),
    };
  }
  if (isFortnoxAuthError(error)) {
    return error.reconnectRequired
      ? {
          code: 'reconnect_needed',
          message: 'The Fortnox connection must be authorized again. Reconnect to Fortnox.',
        }
      : { code: 'fortnox_error', message: `Fortnox refused the credentials: ${error.message}` };
  }
  if (isFortnoxApiError(error)) {
    if (error.status === 429)
      return { code: 'rate_limited', message: 'Fortnox is busy. Try again in a minute.' };
    const text = [error.fortnoxMessage, error.explanation].filter(Boolean).join(' – ');
    return {
      code: 'fortnox_error',
      message: `Fortnox refused the request: ${text || error.message}`,
      // Fortnox's own message is Swedish; our explanation of its code is English.
      ...(error.fortnoxMessage
        ? { userMessage: { sv: error.fortnoxMessage, en: text || error.fortnoxMessage } }
        : {}),
    };
  }
  if (isFortnoxNetworkError(error)) {
    return { code: 'fortnox_error', message: 'Fortnox did not answer. Try again.' };
  }
  return { code: 'internal', message: 'Something went wrong on the server.' };
}

/** Remembers the last failed send of an order (shown until a send succeeds). */
export async function recordLastSendError(
  deps: { store: StateStore; connectionId: string },
  orderId: string,
  error: unknown,
): Promise<void> {
  await deps.store.setCursor(
    deps.connectionId,
    cursorKey(orderId),
    JSON.stringify(toErrorInfo(error)),
  );
}

/** Forgets the last failed send of an order. */
export async function clearLastSendError(
  deps: { store: StateStore; connectionId: string },
  orderId: string,
): Promise<void> {
  if (await deps.store.getCursor(deps.connectionId, cursorKey(orderId))) {
    await deps.store.setCursor(deps.connectionId, cursorKey(orderId), '');
  }
}

/** The last failed send of an order, or null. */
export async function readLastSendError(
  deps: { store: StateStore; connectionId: string },
  orderId: string,
): Promise<SendErrorInfo | null> {
  const raw = await deps.store.getCursor(deps.connectionId, cursorKey(orderId));
  return raw ? (JSON.parse(raw) as SendErrorInfo) : null;
}
