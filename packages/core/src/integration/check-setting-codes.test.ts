import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './emulator-harness.test-support.js';

let h: Harness | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
});

const lookups = (harness: Harness, path: string) =>
  harness.emulator.control.requests().filter((r) => r.method === 'GET' && r.path === path).length;

describe('saving settings that name a Fortnox code', () => {
  it('refuses a cost center Fortnox does not have, at its field, and keeps the saved one', async () => {
    h = await startHarness();
    await h.integration.putSettings({ costCenter: 'SERV' });
    await expect(h.integration.putSettings({ costCenter: 'NOPE' })).rejects.toMatchObject({
      code: 'missing_fortnox_code',
      field: 'costCenter',
      userMessage: {
        sv: 'Kostnadsställe "NOPE" finns inte i Fortnox. Lägg upp koden i Fortnox eller ange en annan.',
        en: 'Cost center "NOPE" does not exist in Fortnox. Add it in Fortnox or enter another one.',
      },
    });
    expect((await h.integration.getSettings()).settings.costCenter).toBe('SERV');
  });

  it('refuses an internal invoice customer Fortnox does not have, and takes one it has', async () => {
    h = await startHarness();
    const existing = [...h.emulator.db.tenant(h.tenantId).customers.values()][0]?.CustomerNumber;
    expect(existing).toBeDefined();
    await expect(
      h.integration.putSettings({ internalInvoiceCustomer: '999999' }),
    ).rejects.toMatchObject({ code: 'missing_fortnox_code', field: 'internalInvoiceCustomer' });
    const saved = await h.integration.putSettings({ internalInvoiceCustomer: existing });
    expect(saved.settings.internalInvoiceCustomer).toBe(existing);
  });

  it('looks up only a changed code, so saving another setting asks Fortnox nothing', async () => {
    h = await startHarness();
    await h.integration.putSettings({ costCenter: 'SERV' });
    expect(lookups(h, '/3/costcenters/SERV')).toBe(1);
    await h.integration.putSettings({ costCenter: 'SERV', sumArticleRows: true });
    expect(lookups(h, '/3/costcenters/SERV')).toBe(1);
  });

  it('saves without asking Fortnox while not connected', async () => {
    h = await startHarness({ connect: false });
    const saved = await h.integration.putSettings({ costCenter: 'NOPE' });
    expect(saved.settings.costCenter).toBe('NOPE');
    expect(lookups(h, '/3/costcenters/NOPE')).toBe(0);
  });

  it('saves when Fortnox cannot answer, since sending checks the code again', async () => {
    h = await startHarness();
    h.emulator.control.injectFault({
      method: 'GET',
      path: '/3/costcenters/NOPE',
      status: 503,
      count: 10,
    });
    const saved = await h.integration.putSettings({ costCenter: 'NOPE' });
    expect(saved.settings.costCenter).toBe('NOPE');
  });
});
