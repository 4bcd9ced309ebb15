import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { fortnoxGet, oneRowOrder } from '../register-mapping/fortnox-get.test-support.js';

let h: Harness;
afterEach(() => h?.close());

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('the customer a send creates (decisions/143)', { timeout: 30_000 }, () => {
  it('creates the customer with its delivery address and its Active flag as the host has them', async () => {
    h = await startHarness({
      customers: [
        {
          id: 'c1',
          name: 'Bygg AB',
          address: { street: 'Storgatan 1', zipCode: '111 22', city: 'Stockholm' },
          deliveryAddress: {
            street: 'Lagervägen 9',
            street2: 'Port 3',
            zipCode: '0150',
            city: 'Oslo',
            countryCode: 'NO',
          },
          active: false,
        },
      ],
      articles: [{ id: 'a1', articleNumber: 'NY-ART', description: 'Ny artikel', price: 10 }],
      orders: [oneRowOrder('NY-ART')],
    });
    const { result } = await h.integration.sendOrder('1');
    const number = (await h.registers.customers.findById('c1'))?.fortnoxCustomerNumber;
    const fortnoxOrder = await fortnoxGet(h, `orders/${result.documentNumber}`);
    expect(fortnoxOrder.Order?.CustomerNumber).toBe(number);
    const { Customer } = await fortnoxGet(h, `customers/${number}`);
    expect(Customer).toMatchObject({
      Name: 'Bygg AB',
      Address1: 'Storgatan 1',
      City: 'Stockholm',
      DeliveryAddress1: 'Lagervägen 9',
      DeliveryAddress2: 'Port 3',
      DeliveryZipCode: '0150',
      DeliveryCity: 'Oslo',
      DeliveryCountryCode: 'NO',
      Active: false,
    });
  });
});
