import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator();

describe('code registers', () => {
  it.each([
    ['costcenters', 'CostCenters'],
    ['units', 'Units'],
    ['termsofdeliveries', 'TermsOfDeliveries'],
    ['wayofdeliveries', 'WayOfDeliveries'],
    ['termsofpayments', 'TermsOfPayments'],
    ['pricelists', 'PriceLists'],
  ])('lists /3/%s under %s', async (path, collection) => {
    const body = await (await f.api(`/3/${path}`)).json();
    expect(body[collection].length).toBeGreaterThan(0);
    expect(body.MetaInformation['@TotalResources']).toBe(body[collection].length);
  });

  it('limits cost center codes to 6 characters', async () => {
    const res = await f.api('/3/costcenters', {
      method: 'POST',
      json: { CostCenter: { Code: 'SJUTECK', Description: 'x' } },
    });
    expect(res.status).toBe(400);
  });

  it('creates a cost center that customers may then reference', async () => {
    const res = await f.api('/3/costcenters', {
      method: 'POST',
      json: { CostCenter: { Code: 'NORR', Description: 'Norr' } },
    });
    expect(res.status).toBe(201);
    const put = await f.api('/3/customers/1', {
      method: 'PUT',
      json: { Customer: { CostCenter: 'NORR' } },
    });
    expect(put.status).toBe(200);
  });

  it('breaks documents whose customer keeps a deleted way of delivery', async () => {
    await f.api('/3/customers/1', { method: 'PUT', json: { Customer: { WayOfDelivery: 'BIL' } } });
    expect((await f.api('/3/wayofdeliveries/BIL', { method: 'DELETE' })).status).toBe(204);
    const res = await f.api('/3/orders', {
      method: 'POST',
      json: { Order: { CustomerNumber: '1' } },
    });
    expect(await errorCode(res)).toBe(2000729);
  });

  it('rejects the read-only PreSelected on a price list', async () => {
    const res = await f.api('/3/pricelists/B', {
      method: 'PUT',
      json: { PriceList: { PreSelected: true } },
    });
    expect(await errorCode(res)).toBe(2001399);
  });

  it('uses the settings scope for units', async () => {
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      scopes: ['article'],
    });
    const res = await f.api('/3/units', { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(res.status).toBe(403);
  });
});
