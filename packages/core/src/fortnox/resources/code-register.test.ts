import { describe, expect, it } from 'vitest';
import { useClientFixture } from '../../client/client-fixture.test-support.js';

const f = useClientFixture({ size: 4 });

describe('code registers', () => {
  it('tell by exists() whether a code is there: true after create, false for a code Fortnox answers 404 for', async () => {
    await f.client.units.create({ Code: 'LÅDA', Description: 'Låda' });
    expect(await f.client.units.exists('LÅDA')).toBe(true);
    expect(await f.client.units.exists('NOPE9')).toBe(false);
    expect(await f.client.priceLists.exists('NOPE9')).toBe(false);
  });

  it('offer delete only on the registers Fortnox deletes from', () => {
    expect(typeof f.client.units.delete).toBe('function');
    expect(typeof f.client.costCenters.delete).toBe('function');
    expect('delete' in f.client.priceLists).toBe(false);
    expect('delete' in f.client.termsOfPayment).toBe(false);
    expect('delete' in f.client.waysOfDelivery).toBe(false);
    expect('delete' in f.client.termsOfDelivery).toBe(false);
  });
});
