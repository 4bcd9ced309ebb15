import { z } from 'zod';
import { Address, CustomFields, HostId } from './primitives.js';

/**
 * A facility ("anläggning"): the site where the equipment stands (SPEC §8).
 *
 * @example Facility.parse({ id: 'f1', name: 'Lager Norr', customerId: 'c1' })
 */
export const Facility = z.object({
  id: HostId,
  name: z.string().min(1),
  customerId: HostId,
  address: Address.optional(),
  customFields: CustomFields.default({}),
});
export type Facility = z.infer<typeof Facility>;
/** What a host passes to `Facility.parse`. */
export type FacilityInput = z.input<typeof Facility>;

/**
 * A service object ("serviceobjekt"): a machine or unit of equipment (SPEC §8).
 *
 * @example ServiceObject.parse({ id: 's1', name: 'ATLAS COPCO GA 10', serialNumber: 'API123456' })
 */
export const ServiceObject = z.object({
  id: HostId,
  name: z.string().min(1),
  machineNumber: z.string().optional(),
  serialNumber: z.string().optional(),
  comment: z.string().optional(),
  /** Operating hours ("drifttid"). */
  operatingHours: z.number().finite().min(0).optional(),
  facilityId: HostId.optional(),
});
export type ServiceObject = z.infer<typeof ServiceObject>;
