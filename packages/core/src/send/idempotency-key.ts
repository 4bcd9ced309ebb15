/** The prefix of every key the kit writes to `ExternalInvoiceReference2`. */
export const SEND_KEY_PREFIX = 'fk1-';

/**
 * The idempotency key of one host order on one connection, written to the Fortnox
 * document's searchable `ExternalInvoiceReference2`: `fk1-` + 24 hex digits of
 * SHA-256(connection id, host order id). Deterministic, so even a lost journal finds the
 * document again; within Fortnox's 80 characters and text whitelist.
 *
 * @example await sendKey('default', 'o1') // 'fk1-3f0a…' (28 characters)
 */
export async function sendKey(connectionId: string, hostOrderId: string): Promise<string> {
  const data = new TextEncoder().encode(`${connectionId}\u0000${hostOrderId}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  const hex = Array.from(digest.subarray(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${SEND_KEY_PREFIX}${hex}`;
}
