import { describe, expect, it } from 'vitest';
import { createFortnoxEmulator } from '../emulator.js';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const clock = { now: () => NOW, sleep: async () => {} };

function tenantOf(seed: number, size = 20) {
  const emulator = createFortnoxEmulator({ clock });
  const { tenantId } = emulator.createTenant({ seed, size });
  return emulator.db.tenant(tenantId);
}

describe('seedTenant', () => {
  it('generates the same dataset from the same seed', () => {
    const a = tenantOf(7);
    const b = tenantOf(7);
    expect([...a.customers.values()]).toEqual([...b.customers.values()]);
    expect([...a.invoices.values()]).toEqual([...b.invoices.values()]);
  });

  it('generates a different dataset from another seed', () => {
    expect([...tenantOf(7).customers.values()]).not.toEqual([...tenantOf(8).customers.values()]);
  });

  it('fills every register with size records and the code registers', () => {
    const t = tenantOf(1, 15);
    for (const register of [t.customers, t.articles, t.orders, t.invoices, t.employees]) {
      expect(register.size).toBe(15);
    }
    expect(t.units.has('st')).toBe(true);
    expect(t.priceLists.get('A')?.PreSelected).toBe(true);
  });

  it('uses Swedish data that passes Fortnox text rules (valid org numbers, å ä ö)', () => {
    const t = tenantOf(3, 200);
    const customers = [...t.customers.values()];
    const companies = customers.filter((c) => c.Type === 'COMPANY');
    expect(companies.every((c) => /^\d{6}-\d{4}$/.test(c.OrganisationNumber ?? ''))).toBe(true);
    expect(customers.some((c) => /[åäöÅÄÖ]/.test(`${c.Name}${c.City}`))).toBe(true);
  });

  it('accepts a size per register', () => {
    const emulator = createFortnoxEmulator({ clock });
    const { tenantId } = emulator.createTenant({
      size: { articles: 50, customers: 3, orders: 0, invoices: 0 },
    });
    const t = emulator.db.tenant(tenantId);
    expect([t.articles.size, t.customers.size, t.orders.size]).toEqual([50, 3, 0]);
  });
});
