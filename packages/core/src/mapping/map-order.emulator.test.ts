import { beforeAll, describe, expect, it } from 'vitest';
import { createFortnoxEmulator } from '../emulator.test-support.js';
import {
  IntegrationSettings,
  type IntegrationSettingsInput,
} from '../settings/integration-settings.js';
import { customer, fixtureContext, fixtureOrder } from './golden.fixture.js';
import { mapOrder } from './map-order.js';

// The Fortnox emulator applies Fortnox's own rules (whitelist, lengths, read-only fields,
// code references): documents mapped with many settings on must be accepted as they are.
const emulator = createFortnoxEmulator({ rules: { rateLimit: false } });
const { tenantId } = emulator.createTenant({ seed: 1, size: 5 });
const { clientId } = emulator.registerClient();
const { accessToken } = emulator.issueTokens({ clientId, tenantId });

function call(method: string, path: string, body?: unknown): Promise<Response> {
  return emulator.fetch(
    new Request(`https://api.fortnox.se/3/${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

async function ensure(
  path: string,
  id: string,
  wrapper: string,
  body: Record<string, unknown>,
): Promise<void> {
  if ((await call('GET', `${path}/${encodeURIComponent(id)}`)).ok) return;
  const response = await call('POST', path, { [wrapper]: body });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
}

const CUSTOMER_NUMBER = 'MAP-1001';
const SETTINGS: IntegrationSettingsInput = {
  orderText: 'Tack för uppdraget!\nVälkommen åter.',
  orderTextOnTop: true,
  summaryInOrderText: true,
  descriptionAndFaultInOrderText: true,
  includeOperatingHoursInOrderText: true,
  includeDescriptionAndFault: true,
  includeFacilityName: true,
  includeActionDate: true,
  includeServiceObjectOnRow: true,
  includeServiceObjectMachineNumber: true,
  includeServiceObjectComment: true,
  serviceObjectPrefix: 'Maskin :',
  setPricesOnRows: true,
  includeTechnicianOnRows: true,
  includeUserCostCenterOnRows: true,
  costCenter: 'PROJ',
  sumArticleRows: true,
  includeComments: true,
  orderNumberInComment: true,
  orderNumberAsYourOrderNumber: true,
  signerAsOurReference: true,
  includeContactPhoneInYourReference: true,
  customerNameAsDeliveryName: true,
  customerAddressAsDeliveryAddress: true,
};

beforeAll(async () => {
  await ensure('customers', CUSTOMER_NUMBER, 'Customer', {
    CustomerNumber: CUSTOMER_NUMBER,
    Name: customer.name,
  });
  for (const [number, description] of [
    ['12', 'Filter'],
    ['20', 'Arbetstid'],
    ['99', 'Förbrukning'],
  ] as const) {
    await ensure('articles', number, 'Article', {
      ArticleNumber: number,
      Description: description,
    });
  }
  for (const code of ['SERV', 'ADM', 'PROJ'])
    await ensure('costcenters', code, 'CostCenter', { Code: code, Description: code });
  await ensure('units', 'h', 'Unit', { Code: 'h', Description: 'timme' });
});

describe('mapped documents against the Fortnox emulator', () => {
  const context = () =>
    fixtureContext({ customer: { ...customer, fortnoxCustomerNumber: CUSTOMER_NUMBER } });

  it('creates the order mapped with 24 settings on, rows and texts as mapped', async () => {
    const { document } = mapOrder(fixtureOrder(), IntegrationSettings.parse(SETTINGS), context());
    const response = await call('POST', 'orders', { Order: document });
    const body = (await response.json()) as {
      Order?: { OrderRows: { Description: string }[]; Remarks: string };
    };
    expect(response.status, JSON.stringify(body)).toBeLessThan(300);
    const rows = 'OrderRows' in document ? (document.OrderRows ?? []) : [];
    expect(body.Order?.OrderRows.map((r) => r.Description)).toEqual(
      rows.map((r) => r.Description ?? expect.any(String)),
    );
    expect(body.Order?.Remarks).toBe(document.Remarks);
  });

  it('creates the invoice mapped with "Skapa faktura direkt"', async () => {
    const settings = IntegrationSettings.parse({ ...SETTINGS, createInvoiceDirectly: true });
    const { target, document } = mapOrder(fixtureOrder(), settings, context());
    expect(target).toBe('invoice');
    const response = await call('POST', 'invoices', { Invoice: document });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
  });
});
