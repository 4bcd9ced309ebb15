import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator();

describe('/3/customers', () => {
  it('lists slim items with MetaInformation keys prefixed by @', async () => {
    const res = await f.api('/3/customers?limit=5&page=2');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.MetaInformation).toEqual({
      '@TotalResources': 12,
      '@TotalPages': 3,
      '@CurrentPage': 2,
    });
    expect(body.Customers).toHaveLength(5);
    expect(body.Customers[0].CustomerNumber).toBe('6');
    expect(Object.keys(body.Customers[0]).sort()).toEqual([
      '@url',
      'Address1',
      'Address2',
      'City',
      'CustomerNumber',
      'Email',
      'Name',
      'OrganisationNumber',
      'Phone',
      'ZipCode',
    ]);
  });

  it('returns every field on a single GET, wrapped in Customer', async () => {
    const body = await (await f.api('/3/customers/1')).json();
    expect(body.Customer.CustomerNumber).toBe('1');
    expect(body.Customer).toHaveProperty('VATType');
    expect(body.Customer).toHaveProperty('Country', 'Sverige');
    expect(body.Customer['@url']).toBe('https://api.fortnox.se/3/customers/1');
  });

  it('rejects limit above 500 with 2000588', async () => {
    const res = await f.api('/3/customers?limit=501');
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000588);
  });

  it('pages with offset', async () => {
    const body = await (await f.api('/3/customers?limit=2&offset=3')).json();
    expect(body.Customers.map((c: { CustomerNumber: string }) => c.CustomerNumber)).toEqual([
      '4',
      '5',
    ]);
  });

  it('sorts by name descending', async () => {
    const body = await (
      await f.api('/3/customers?sortby=name&sortorder=descending&limit=500')
    ).json();
    const names = body.Customers.map((c: { Name: string }) => c.Name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
  });

  it('searches customernumber as a substring (1 also matches 10, 11 and 12)', async () => {
    const body = await (await f.api('/3/customers?customernumber=1')).json();
    expect(body.Customers.map((c: { CustomerNumber: string }) => c.CustomerNumber)).toEqual([
      '1',
      '10',
      '11',
      '12',
    ]);
  });

  it('rejects two resource filters in one request (the one-filter rule)', async () => {
    const res = await f.api('/3/customers?name=a&city=Stockholm');
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000588);
  });

  it('filters by lastmodified in Stockholm time at minute precision', async () => {
    await f.api('/3/customers/3', { method: 'PUT', json: { Customer: { City: 'Lund' } } });
    const now = new Date(f.emulator.clock.now() - 60_000);
    const stamp = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(now);
    const body = await (
      await f.api(`/3/customers?lastmodified=${encodeURIComponent(stamp)}`)
    ).json();
    expect(body.Customers.map((c: { CustomerNumber: string }) => c.CustomerNumber)).toEqual(['3']);
  });

  it('creates a customer with 201 and an auto-assigned number', async () => {
    const res = await f.api('/3/customers', {
      method: 'POST',
      json: { Customer: { Name: 'Ny Kund AB' } },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).Customer.CustomerNumber).toBe('13');
  });

  it('updates only the fields sent on PUT', async () => {
    const before = (await (await f.api('/3/customers/2')).json()).Customer;
    await f.api('/3/customers/2', { method: 'PUT', json: { Customer: { City: 'Kiruna' } } });
    const after = (await (await f.api('/3/customers/2')).json()).Customer;
    expect(after).toEqual({ ...before, City: 'Kiruna' });
  });

  it('rejects a read-only field with 2001399', async () => {
    const res = await f.api('/3/customers/2', {
      method: 'PUT',
      json: { Customer: { Country: 'Sverige' } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2001399);
  });

  it('rejects invalid characters with 2000359', async () => {
    const res = await f.api('/3/customers', {
      method: 'POST',
      json: { Customer: { Name: 'Kund <AB>' } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000359);
  });

  it('rejects a YourReference longer than 50 characters', async () => {
    const res = await f.api('/3/customers/1', {
      method: 'PUT',
      json: { Customer: { YourReference: 'x'.repeat(51) } },
    });
    expect(res.status).toBe(400);
  });

  it('never reuses a deleted customer number (2000637)', async () => {
    const created = await f.api('/3/customers', {
      method: 'POST',
      json: { Customer: { CustomerNumber: 'K-5', Name: 'Först' } },
    });
    expect(created.status).toBe(201);
    expect((await f.api('/3/customers/K-5', { method: 'DELETE' })).status).toBe(204);
    const res = await f.api('/3/customers', {
      method: 'POST',
      json: { Customer: { CustomerNumber: 'K-5', Name: 'Igen' } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000637);
  });

  it('rejects an unknown cost center code', async () => {
    const res = await f.api('/3/customers/1', {
      method: 'PUT',
      json: { Customer: { CostCenter: 'NOPE' } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000729);
  });

  it('rejects an inactive cost center with 2000947', async () => {
    const res = await f.api('/3/customers/1', {
      method: 'PUT',
      json: { Customer: { CostCenter: 'GAMMAL' } },
    });
    expect(await errorCode(res)).toBe(2000947);
  });

  it('answers 404 with ErrorInformation for a missing customer', async () => {
    const res = await f.api('/3/customers/9999');
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe(2000433);
  });

  it('answers malformed JSON with 2002115 and a missing wrapper with 2001392', async () => {
    const bad = await f.api('/3/customers', { method: 'POST', body: '{"Customer":' });
    expect(await errorCode(bad)).toBe(2002115);
    const empty = await f.api('/3/customers', { method: 'POST', json: { Customer: 'x' } });
    expect(await errorCode(empty)).toBe(2001392);
  });

  it('rejects an unknown price list or terms of payment on a customer', async () => {
    const list = await f.api('/3/customers/1', {
      method: 'PUT',
      json: { Customer: { PriceList: 'Z' } },
    });
    expect(await errorCode(list)).toBe(2000729);
    const terms = await f.api('/3/customers/1', {
      method: 'PUT',
      json: { Customer: { TermsOfPayment: '99' } },
    });
    expect(await errorCode(terms)).toBe(2000729);
  });

  it('rejects a Swedish organisation number with a wrong check digit', async () => {
    const bad = await f.api('/3/customers', {
      method: 'POST',
      json: { Customer: { Name: 'Fel AB', OrganisationNumber: '556677-8890' } },
    });
    expect(bad.status).toBe(400);
    const good = await f.api('/3/customers', {
      method: 'POST',
      json: { Customer: { Name: 'Rätt AB', OrganisationNumber: '556677-8899' } },
    });
    expect(good.status).toBe(201);
  });

  it('filters inactive customers with filter=inactive', async () => {
    await f.api('/3/customers/4', { method: 'PUT', json: { Customer: { Active: false } } });
    const body = await (await f.api('/3/customers?filter=inactive&limit=500')).json();
    expect(body.Customers.map((c: { CustomerNumber: string }) => c.CustomerNumber)).toContain('4');
    const active = await (await f.api('/3/customers?filter=active&limit=500')).json();
    expect(active.Customers.map((c: { CustomerNumber: string }) => c.CustomerNumber)).not.toContain(
      '4',
    );
  });

  it('rejects an unknown sortby or filter value with 2000588', async () => {
    expect(await errorCode(await f.api('/3/customers?sortby=city'))).toBe(2000588);
    expect(await errorCode(await f.api('/3/customers?filter=unpaid'))).toBe(2000588);
  });
});
