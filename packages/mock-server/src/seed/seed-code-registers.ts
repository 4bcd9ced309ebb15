import type { Tenant } from '../store/tenant.js';

/**
 * The code registers every tenant starts with: units, cost centers (one inactive, to
 * exercise 2000947), terms of payment and delivery, ways of delivery and price lists
 * (`A` is the default, PreSelected).
 */
export function seedCodeRegisters(tenant: Tenant, now: number): void {
  const set = <T extends object>(
    register: { set(k: string, r: T, n: number): void },
    rows: T[],
    key: (r: T) => string,
  ) => {
    for (const row of rows) register.set(key(row), row, now);
  };
  set(
    tenant.units,
    [
      { Code: 'st', Description: 'Styck' },
      { Code: 'h', Description: 'Timmar' },
      { Code: 'm', Description: 'Meter' },
      { Code: 'kg', Description: 'Kilogram' },
      { Code: 'l', Description: 'Liter' },
      { Code: 'paket', Description: 'Paket' },
      { Code: 'km', Description: 'Kilometer' },
    ],
    (r) => r.Code,
  );
  set(
    tenant.costCenters,
    [
      { Code: 'ADM', Description: 'Administration', Active: true },
      { Code: 'SERV', Description: 'Service', Active: true },
      { Code: 'PROJ', Description: 'Projekt', Active: true },
      { Code: 'GAMMAL', Description: 'Nedlagd avdelning', Active: false },
    ],
    (r) => r.Code,
  );
  set(
    tenant.termsOfPayment,
    [
      { Code: '10', Description: '10 dagar netto', NumberOfDays: 10 },
      { Code: '20', Description: '20 dagar netto', NumberOfDays: 20 },
      { Code: '30', Description: '30 dagar netto', NumberOfDays: 30 },
      { Code: 'K', Description: 'Kontant', NumberOfDays: 0 },
    ],
    (r) => r.Code,
  );
  set(
    tenant.termsOfDelivery,
    [
      { Code: 'FVL', Description: 'Fritt vårt lager' },
      { Code: 'FK', Description: 'Fritt kund' },
    ],
    (r) => r.Code,
  );
  set(
    tenant.waysOfDelivery,
    [
      { Code: 'P', Description: 'Post' },
      { Code: 'BIL', Description: 'Egen bil' },
      { Code: 'HAM', Description: 'Hämtas' },
    ],
    (r) => r.Code,
  );
  set(
    tenant.priceLists,
    [
      { Code: 'A', Description: 'Standardprislista', PreSelected: true },
      { Code: 'B', Description: 'Återförsäljare', PreSelected: false },
    ],
    (r) => r.Code,
  );
}
