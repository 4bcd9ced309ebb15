import { badRequest, FORTNOX_CODES } from '../http/fortnox-error.js';
import type { Tenant } from '../store/tenant.js';

/** Code fields that must name an existing record of their register. */
export interface CodeReferences {
  CostCenter?: string | undefined;
  Unit?: string | undefined;
  PriceList?: string | undefined;
  TermsOfDelivery?: string | undefined;
  WayOfDelivery?: string | undefined;
  TermsOfPayment?: string | undefined;
}

const REGISTERS = {
  Unit: { register: (t: Tenant) => t.units, name: 'Enheten' },
  PriceList: { register: (t: Tenant) => t.priceLists, name: 'Prislistan' },
  TermsOfDelivery: { register: (t: Tenant) => t.termsOfDelivery, name: 'Leveransvillkoret' },
  WayOfDelivery: { register: (t: Tenant) => t.waysOfDelivery, name: 'Leveranssättet' },
  TermsOfPayment: { register: (t: Tenant) => t.termsOfPayment, name: 'Betalningsvillkoret' },
} as const;

/**
 * Rejects codes that do not exist (and inactive cost centers, 2000947). An empty string
 * means "none" and is accepted.
 */
export function checkReferences(tenant: Tenant, refs: CodeReferences): void {
  const costCenter = refs.CostCenter;
  if (costCenter) {
    const found = tenant.costCenters.get(costCenter);
    if (!found) {
      throw badRequest(
        FORTNOX_CODES.noValidIdentifier,
        `Kostnadsstället ${costCenter} hittades inte.`,
      );
    }
    if (found.Active === false) {
      throw badRequest(
        FORTNOX_CODES.inactiveCostCenter,
        `Kostnadsstället ${costCenter} är inaktivt.`,
      );
    }
  }
  for (const field of Object.keys(REGISTERS) as (keyof typeof REGISTERS)[]) {
    const code = refs[field];
    if (!code) continue;
    const { register, name } = REGISTERS[field];
    if (!register(tenant).has(code)) {
      throw badRequest(FORTNOX_CODES.noValidIdentifier, `${name} ${code} hittades inte.`);
    }
  }
}
