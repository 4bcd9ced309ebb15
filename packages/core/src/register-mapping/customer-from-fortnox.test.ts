import { describe, expect, it } from 'vitest';
import { FortnoxCustomer } from '../fortnox/resources/customers.js';
import { Customer } from '../host/index.js';
import { customerFromFortnox } from './customer-from-fortnox.js';

const fortnox = FortnoxCustomer.parse({
  CustomerNumber: '1001',
  Name: 'Fjord AS',
  Email: '',
  Address1: 'Karl Johans gate 1',
  CountryCode: 'no',
  DeliveryCity: 'Oslo',
  DeliveryCountryCode: 'Norge',
  Active: false,
});

describe('customerFromFortnox', () => {
  it('maps every synced field, empty text as absent and a country code only when it is one', () => {
    expect(customerFromFortnox(fortnox, undefined, null)).toEqual({
      fortnoxCustomerNumber: '1001',
      name: 'Fjord AS',
      organisationNumber: undefined,
      email: undefined,
      phone: undefined,
      address: { street: 'Karl Johans gate 1', countryCode: 'NO' },
      deliveryAddress: { city: 'Oslo' },
      subgroup: null,
      active: false,
      customFields: {},
    });
  });

  it("keeps the host customer's id, custom fields and subgroup unless a subgroup is given", () => {
    const existing = Customer.parse({
      id: 'c1',
      name: 'Gammalt namn',
      subgroup: 'syd',
      customFields: { Kundtyp: 'A' },
    });
    expect(customerFromFortnox(fortnox, existing, undefined)).toMatchObject({
      id: 'c1',
      subgroup: 'syd',
      customFields: { Kundtyp: 'A' },
    });
    expect(customerFromFortnox(fortnox, existing, 'norr').subgroup).toBe('norr');
  });
});
