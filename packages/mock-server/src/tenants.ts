import { createRandom, luhnDigit } from './seed/random.js';
import { type SeedSize, seedTenant } from './seed/seed-tenant.js';
import { CITIES, COMPANY_PREFIXES, COMPANY_TRADES, STREETS } from './seed/swedish-words.js';
import { createTenantData, type Tenant } from './store/tenant.js';

/** Options of `emulator.createTenant`. */
export interface CreateTenantOptions {
  /** Seed of the generated dataset: same seed, same data. @default 1 */
  seed?: number;
  /** Records per register (10 to 100,000), or per register. 0 gives only the code registers. @default 10 */
  size?: SeedSize;
  /** @default generated from the seed */
  companyName?: string;
  /** @default the next free id from 1000001 */
  tenantId?: number;
}

/** Creates and seeds a tenant. */
export function buildTenant(tenantId: number, options: CreateTenantOptions, now: number): Tenant {
  const seed = options.seed ?? 1;
  const random = createRandom(seed * 31 + tenantId);
  const place = random.pick(CITIES);
  const body = `55${random.int(1000000, 9999999)}`;
  const tenant = createTenantData(tenantId, {
    CompanyName:
      options.companyName ?? `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_TRADES)} AB`,
    OrganizationNumber: `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`,
    DatabaseNumber: tenantId,
    Address: `${random.pick(STREETS)} ${random.int(1, 60)}`,
    ZipCode: `${place.zip} ${random.int(10, 99)}`,
    City: place.city,
    CountryCode: 'SE',
    Email: 'info@exempel.se',
    Phone1: `${place.phone}-${random.int(100000, 999999)}`,
    VisitAddress: '',
    VisitCity: '',
    VisitZipCode: '',
  });
  seedTenant(tenant, seed, options.size ?? 10, now);
  return tenant;
}
