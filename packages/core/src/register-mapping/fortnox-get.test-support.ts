import type { Harness } from '../integration/emulator-harness.test-support.js';

/**
 * `GET /3/{path}` on the harness's emulator with a token of its own, as any other Fortnox
 * client would read the record: what the kit wrote, not what the kit believes it wrote.
 */
export async function fortnoxGet(
  harness: Harness,
  path: string,
): Promise<Record<string, Record<string, unknown>>> {
  const { accessToken } = harness.emulator.issueTokens({
    clientId: harness.app.clientId,
    tenantId: harness.tenantId,
  });
  const response = await harness.emulator.fetch(
    new Request(`https://api.fortnox.se/3/${path}`, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
    }),
  );
  if (!response.ok) throw new Error(`GET /3/${path} answered ${response.status}`);
  return (await response.json()) as Record<string, Record<string, unknown>>;
}

/** A ready work order of host customer `c1` with one row of article `articleNumber`. */
export function oneRowOrder(articleNumber: string) {
  return {
    id: '1',
    kind: 'work' as const,
    number: 'AO-1',
    customerId: 'c1',
    orderDate: '2026-01-05',
    readyForInvoicing: true,
    articleRows: [{ articleNumber, quantity: 1 }],
  };
}
