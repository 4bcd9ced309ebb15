import type { FortnoxEmulator } from '@fortnox-kit/mock-server';

/**
 * The consent a user gives on Fortnox's authorize page (the emulator's shortcut: tenant and
 * decision as query parameters); returns the callback URL Fortnox redirects to.
 */
export async function consent(
  fetchFn: typeof fetch,
  authorizeUrl: string,
  tenantId: number,
): Promise<URL> {
  const url = new URL(authorizeUrl);
  url.searchParams.set('tenant_id', String(tenantId));
  url.searchParams.set('decision', 'allow');
  const response = await fetchFn(url, { redirect: 'manual' });
  return new URL(response.headers.get('location') ?? '');
}

/**
 * Fortnox's "Skapa faktura" on an order, done by a person in Fortnox: through the API with
 * that person's own app and token, so the integration learns of it only by asking Fortnox.
 * Returns the invoice number.
 */
export async function invoiceInFortnox(
  emulator: FortnoxEmulator,
  tenantId: number,
  orderNumber: string,
): Promise<string> {
  const person = emulator.registerClient();
  const { accessToken } = emulator.issueTokens({ clientId: person.clientId, tenantId });
  const response = await emulator.fetch(
    new Request(`${emulator.options.apiBaseUrl}/3/orders/${orderNumber}/createinvoice`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${accessToken}` },
    }),
  );
  const body = (await response.json()) as { Invoice?: { DocumentNumber?: string } };
  const invoiceNumber = body.Invoice?.DocumentNumber;
  if (!invoiceNumber) throw new Error(`Fortnox did not invoice order ${orderNumber}.`);
  return invoiceNumber;
}
