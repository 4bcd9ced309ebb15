import { describe, expect, it } from 'vitest';
import { matchRoute } from './route-match.js';

describe('matchRoute', () => {
  it('finds routes below any mount point, longest path first', () => {
    expect(matchRoute('POST', '/api/fortnox/connection/connect')).toEqual({ name: 'connect' });
    expect(matchRoute('GET', '/api/fortnox/connection')).toEqual({ name: 'getConnection' });
    expect(matchRoute('DELETE', '/connection')).toEqual({ name: 'disconnect' });
  });

  it('decodes the order id and tells the import route from an order id', () => {
    expect(matchRoute('POST', '/x/orders/AO%201%2F2/send')).toEqual({
      name: 'sendOrder',
      orderId: 'AO 1/2',
    });
    expect(matchRoute('POST', '/x/orders/import')).toEqual({ name: 'importOrder' });
    expect(matchRoute('GET', '/x/orders/o1/invoice.pdf')).toEqual({
      name: 'invoicePdf',
      orderId: 'o1',
    });
  });

  it('misses unknown paths, wrong methods and partial segments', () => {
    expect(matchRoute('GET', '/x/nope')).toBeUndefined();
    expect(matchRoute('PATCH', '/x/settings')).toBeUndefined();
    expect(matchRoute('GET', '/x/mysettings')).toBeUndefined();
    expect(matchRoute('GET', '/x/orders/o1/invoicexpdf')).toBeUndefined();
  });
});
