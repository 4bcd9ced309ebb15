/** The prefix of every key the kit writes to `ExternalInvoiceReference2`. */
export const SEND_KEY_PREFIX = 'fk1-';

/** The prefix of the marker the kit writes to the `ExternalReference` of customers it creates. */
export const CUSTOMER_KEY_PREFIX = 'fk1-c-';

/**
 * The idempotency key of one host order on one connection, written to the Fortnox
 * document's searchable `ExternalInvoiceReference2`: `fk1-` + 24 hex digits of
 * SHA-256(connection id, host order id). Deterministic, so even a lost journal finds the
 * document again; within Fortnox's 80 characters and text whitelist.
 *
 * @example await sendKey('default', 'o1') // 'fk1-3f0a…' (28 characters)
 */
export async function sendKey(connectionId: string, hostOrderId: string): Promise<string> {
  return `${SEND_KEY_PREFIX}${await digest(`${connectionId}\u0000${hostOrderId}`)}`;
}

/**
 * The marker of the Fortnox customer the kit creates for one host customer, written to its
 * `ExternalReference`: `fk1-c-` + 24 hex digits of SHA-256(connection id, "customer", host
 * customer id). A create whose answer was lost is found again by it (decisions/110).
 *
 * @example await customerKey('default', 'c1') // 'fk1-c-9b2e…' (30 characters)
 */
export async function customerKey(connectionId: string, hostCustomerId: string): Promise<string> {
  return `${CUSTOMER_KEY_PREFIX}${await digest(`${connectionId}\u0000customer\u0000${hostCustomerId}`)}`;
}

async function digest(text: string): Promise<string> {
  const data = new TextEncoder().encode(text);
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(bytes.subarray(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}
