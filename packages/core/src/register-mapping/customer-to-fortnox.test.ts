import { describe, expect, it } from 'vitest';
import { Customer } from '../host/index.js';
import { customerToFortnox } from './customer-to-fortnox.js';

const sparse = Customer.parse({
  id: 'c1',
  name: '  Bygg\u0007 AB ',
  email: ' info@bygg.se ',
  address: { street: 'Storgatan 1', city: 'Stockholm' },
});

describe('customerToFortnox', () => {
  it('leaves empty fields out of a create and keeps Name and Active', () => {
    expect(customerToFortnox(sparse, { mode: 'create' })).toEqual({
      Name: 'Bygg AB',
      Email: 'info@bygg.se',
      Address1: 'Storgatan 1',
      City: 'Stockholm',
      Active: true,
    });
  });

  it("writes empty text fields as '' in an update, so Fortnox's values are cleared", () => {
    expect(customerToFortnox(sparse, { mode: 'update' })).toEqual({
      Name: 'Bygg AB',
      OrganisationNumber: '',
      Email: 'info@bygg.se',
      Phone1: '',
      Address1: 'Storgatan 1',
      Address2: '',
      ZipCode: '',
      City: 'Stockholm',
      DeliveryAddress1: '',
      DeliveryAddress2: '',
      DeliveryZipCode: '',
      DeliveryCity: '',
      Active: true,
    });
  });

  it('writes the delivery address and the country codes the host has, in both modes', () => {
    const customer = Customer.parse({
      ...sparse,
      address: { countryCode: 'NO' },
      deliveryAddress: { street: 'Lagervägen 9', countryCode: 'DK' },
      active: false,
    });
    for (const mode of ['create', 'update'] as const) {
      expect(customerToFortnox(customer, { mode })).toMatchObject({
        CountryCode: 'NO',
        DeliveryAddress1: 'Lagervägen 9',
        DeliveryCountryCode: 'DK',
        Active: false,
      });
    }
  });
});
