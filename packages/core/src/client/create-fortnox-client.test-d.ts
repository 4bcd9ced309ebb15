import { describe, expectTypeOf, it } from 'vitest';
import { isFortnoxAuthError } from '../errors/fortnox-auth-error.js';
import type { FortnoxCustomer, FortnoxCustomerListItem } from '../fortnox/resources/customers.js';
import type { FortnoxInvoice } from '../fortnox/resources/invoices.js';
import type { NoRight } from '../fortnox/schemas/primitives.js';
import { staticAccessToken } from './access-token-provider.js';
import { createFortnoxClient } from './create-fortnox-client.js';
import type { FortnoxList } from './paginate.js';

const client = createFortnoxClient({ auth: staticAccessToken('t') });

describe('public client types', () => {
  it('types records from their schemas', () => {
    expectTypeOf(client.customers.get('1')).toEqualTypeOf<Promise<FortnoxCustomer>>();
    expectTypeOf(client.customers.list()).toEqualTypeOf<FortnoxList<FortnoxCustomerListItem>>();
    expectTypeOf(client.orders.createInvoice('1')).toEqualTypeOf<Promise<FortnoxInvoice>>();
    expectTypeOf(client.invoices.preview('1')).toEqualTypeOf<Promise<Uint8Array>>();
  });

  it('keeps API_NORIGHT in numeric fields', () => {
    expectTypeOf<FortnoxCustomer['Active']>().toEqualTypeOf<boolean | undefined>();
    type Price = Awaited<ReturnType<typeof client.articles.get>>['SalesPrice'];
    expectTypeOf<Price>().toEqualTypeOf<number | NoRight | undefined>();
  });

  it('requires Name on create and offers no /print', () => {
    // @ts-expect-error Name is required
    void client.customers.create({ City: 'Umeå' });
    // @ts-expect-error viewing never uses /print
    void client.invoices.print;
    expectTypeOf(client.customers.list).parameter(0).exclude<undefined>().toHaveProperty('filter');
  });

  it('narrows errors with the guards', () => {
    const error: unknown = new Error();
    if (isFortnoxAuthError(error)) expectTypeOf(error.reconnectRequired).toEqualTypeOf<boolean>();
  });
});
