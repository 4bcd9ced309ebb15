import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../../client/client-fixture.test-support.js';

const f = useClientFixture({ size: 4 });

describe('customers.find', () => {
  it('finds a name exactly, not the longer names Fortnox’s substring search also returns', async () => {
    await f.client.customers.create({ Name: 'Sök AB' });
    await f.client.customers.create({ Name: 'Sök AB Filial' });
    const found = await f.client.customers.find('name', 'Sök AB');
    expect(found.map((c) => c.Name)).toEqual(['Sök AB']);
  });

  it('finds an e-mail whatever its case and spaces', async () => {
    await f.client.customers.create({ Name: 'Mejl AB', Email: 'Info@Mejl.se' });
    const found = await f.client.customers.find('email', '  info@mejl.SE ');
    expect(found.map((c) => c.Name)).toEqual(['Mejl AB']);
  });

  it('finds an organisation number stored with a hyphen from one given without, and asks nothing for fewer than four digits', async () => {
    await f.client.customers.create({ Name: 'Org AB', OrganisationNumber: '556677-8899' });
    const found = await f.client.customers.find('organisationnumber', '5566778899');
    expect(found.map((c) => c.Name)).toEqual(['Org AB']);
    const before = f.apiRequests().length;
    expect(await f.client.customers.find('organisationnumber', '12')).toEqual([]);
    expect(f.apiRequests()).toHaveLength(before);
  });
});
