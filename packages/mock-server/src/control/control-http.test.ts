import { describe, expect, it } from 'vitest';
import { API, useEmulator } from '../test-support.js';
import { CONTROL_ROUTES } from './control-http.js';

const f = useEmulator();

const act = (action: string, args: unknown[]) =>
  fetch(`${API}/__emulator/tenants/${f.tenantId}/act`, {
    method: 'POST',
    body: JSON.stringify({ action, args }),
  });

const invoice = async (number: string) =>
  (await (await f.api(`/3/invoices/${number}`)).json()).Invoice;

describe('control over HTTP: act', () => {
  it('takes a document number as a number or as a string', async () => {
    expect([(await invoice('1')).Sent, (await invoice('3')).Sent]).toEqual([false, false]);
    expect((await act('sendInvoice', [1])).status).toBe(200);
    expect((await act('sendInvoice', ['3'])).status).toBe(200);
    expect([(await invoice('1')).Sent, (await invoice('3')).Sent]).toEqual([true, true]);
  });

  it('takes customer and article numbers as numbers', async () => {
    expect((await act('updateCustomer', [3, { City: 'Visby' }])).status).toBe(200);
    expect((await act('setPrice', [{ articleNumber: 4, price: 321 }])).status).toBe(200);
    expect((await (await f.api('/3/customers/3')).json()).Customer.City).toBe('Visby');
    expect((await (await f.api('/3/articles/4')).json()).Article.SalesPrice).toBe(321);
  });

  it('answers an unknown action with 400 and the actions there are', async () => {
    const res = await act('toString', []);
    expect(res.status).toBe(400);
    expect((await res.json()).actions).toContain('sendInvoice');
  });
});

describe('control over HTTP: routes', () => {
  it('answers an unknown route with 404 and the list of routes', async () => {
    const res = await fetch(`${API}/__emulator/clocks`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: 'No control route GET /clocks',
      routes: [...CONTROL_ROUTES],
    });
  });
});
