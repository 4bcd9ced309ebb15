import { z } from 'zod';
import type { RegisterName } from '../store/records.js';

/**
 * What a deletion on one side does to the linked record on the other side (decisions/115):
 * `delete` it (Fortnox refuses while documents use it: the record is deactivated instead),
 * `deactivate` it (`Active: false` / `active: false`), or only `unlink` the pair.
 */
export const DeletionAction = z.enum(['delete', 'deactivate', 'unlink']);
export type DeletionAction = z.infer<typeof DeletionAction>;

/** The {@link DeletionAction} per register. */
export const DeletionPolicy = z.object({
  /** @default 'deactivate' */
  customers: DeletionAction.default('deactivate'),
  /** @default 'deactivate' */
  articles: DeletionAction.default('deactivate'),
});
/** The resolved policy the sync receives. */
export type DeletionPolicy = z.output<typeof DeletionPolicy>;
/** The policy as a host passes it (every register optional). */
export type DeletionPolicyInput = z.input<typeof DeletionPolicy>;

/**
 * The action a deletion gets: the register's policy when the sync direction settings let
 * changes of that register through (22 / 24, not 28 towards Fortnox), else `unlink`.
 */
export function deletionAction(
  policy: DeletionPolicy,
  register: RegisterName,
  directionAllowed: boolean,
): DeletionAction {
  return directionAllowed ? policy[register] : 'unlink';
}
