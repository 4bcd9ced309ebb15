import { z } from 'zod';
import { Address, CustomFields, HostId, IsoDateTime } from './primitives.js';

/**
 * A customer in the host's customer register (SPEC §8). `fortnoxCustomerNumber` is set
 * once the customer is linked to a Fortnox customer.
 *
 * @example Customer.parse({ id: 'c1', name: 'Bygg AB', fortnoxCustomerNumber: '1001' })
 */
export const Customer = z.object({
  id: HostId,
  /** Fortnox `CustomerNumber`, once linked; `null`/absent while unlinked. */
  fortnoxCustomerNumber: z.string().min(1).nullish(),
  name: z.string().min(1),
  organisationNumber: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  address: Address.optional(),
  deliveryAddress: Address.optional(),
  /** The subgroup (company/branch) the customer belongs to, if the host uses subgroups. */
  subgroup: z.string().nullish(),
  active: z.boolean().default(true),
  customFields: CustomFields.default({}),
  updatedAt: IsoDateTime.optional(),
});
export type Customer = z.infer<typeof Customer>;
/** What a host passes to `Customer.parse` (defaults not yet applied). */
export type CustomerInput = z.input<typeof Customer>;
