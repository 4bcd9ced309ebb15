import * as z from 'zod/mini';
import { LocalizedText } from './formats.js';

// The handler contract: error codes, the error body and each code's HTTP status.

/** Every error the handler returns has this body, with a stable `code`. */
export const FortnoxErrorCode = z.enum([
  'bad_request',
  'validation_failed',
  'payload_too_large',
  'csrf_refused',
  'unauthenticated',
  'forbidden',
  'not_found',
  'not_connected',
  'reconnect_needed',
  'oauth_state_mismatch',
  'oauth_denied',
  'sync_in_progress',
  'send_in_progress',
  'order_not_ready',
  'already_invoiced',
  'resend_not_allowed',
  'missing_fortnox_code',
  'invoice_not_found',
  'feature_disabled',
  'fortnox_order_not_found',
  'already_imported',
  'fortnox_error',
  'rate_limited',
  'internal',
]);
export type FortnoxErrorCode = z.infer<typeof FortnoxErrorCode>;

/**
 * `{ error: { code, message, field?, userMessage? } }`. `message` is English, for developers
 * and logs; `field` is a settings key or a body property; `userMessage` is the detail in
 * the user's words, in Swedish and English, when the backend has one (which code is missing
 * in Fortnox, Fortnox's own message): the components show it in their language.
 */
export const ErrorBody = z.object({
  error: z.object({
    code: FortnoxErrorCode,
    message: z.string(),
    field: z.optional(z.string()),
    userMessage: z.optional(LocalizedText),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The HTTP status each error code is sent with. */
export const ERROR_STATUS: Readonly<Record<FortnoxErrorCode, number>> = {
  bad_request: 400,
  validation_failed: 400,
  payload_too_large: 413,
  csrf_refused: 403,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_connected: 409,
  reconnect_needed: 409,
  oauth_state_mismatch: 400,
  oauth_denied: 400,
  sync_in_progress: 409,
  send_in_progress: 409,
  order_not_ready: 409,
  already_invoiced: 409,
  resend_not_allowed: 409,
  missing_fortnox_code: 422,
  invoice_not_found: 404,
  feature_disabled: 409,
  fortnox_order_not_found: 404,
  already_imported: 409,
  fortnox_error: 502,
  rate_limited: 503,
  internal: 500,
};
