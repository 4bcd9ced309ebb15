import { DemoError } from './host-api.js';

/** The emulator's control API over HTTP: what a user does inside Fortnox. */
export async function actAsFortnoxUser(
  mockUrl: string,
  tenantId: number,
  action: string,
  args: unknown[],
): Promise<void> {
  const response = await fetch(`${mockUrl}/__emulator/tenants/${tenantId}/act`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, args }),
  });
  if (!response.ok) {
    const detail = await response.text();
    throw new DemoError({
      sv: `Emulatorns åtgärd ${action} misslyckades: ${detail}`,
      en: `Emulator action ${action} failed: ${detail}`,
    });
  }
}

/** How many Fortnox API requests the tenant made; fails if any was answered 429. */
export async function emulatorRequestCount(mockUrl: string, tenantId: number): Promise<number> {
  const response = await fetch(`${mockUrl}/__emulator/requests?tenantId=${tenantId}`);
  const body = (await response.json()) as { requests: { status: number }[] };
  if (body.requests.some((r) => r.status === 429))
    throw new DemoError({ sv: 'Emulatorn svarade 429.', en: 'The emulator answered 429.' });
  return body.requests.length;
}
