import { z } from 'zod';
import { HostId } from './primitives.js';

/**
 * A host user: technician, assignee or signer (SPEC §8).
 *
 * @example User.parse({ id: 'u1', name: 'Anna Berg', costCenter: 'SERV', employmentNumber: '17' })
 */
export const User = z.object({
  id: HostId,
  name: z.string().min(1),
  /** Fortnox cost center code the user's work is booked on. */
  costCenter: z.string().optional(),
  /** Fortnox `EmployeeId`, needed for time reports. */
  employmentNumber: z.string().optional(),
});
export type User = z.infer<typeof User>;

/** A person on an order who is not a user: the contact person or the requester. */
export const ContactPerson = z.object({
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type ContactPerson = z.infer<typeof ContactPerson>;
