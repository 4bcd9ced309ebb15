import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { fortnoxCode } from '../documents/fields.js';
import { OptionalBoolean, OptionalText } from '../schemas/primitives.js';
import { whitelistedText } from '../schemas/write-fields.js';
import { codeRecordFields, codeWriteFields, createCodeRegister } from './code-register.js';

/** A cost center as Fortnox returns it. */
export const FortnoxCostCenter = z.object({
  ...codeRecordFields,
  Note: OptionalText,
  Active: OptionalBoolean,
});
/** A cost center read from Fortnox. */
export type FortnoxCostCenter = z.infer<typeof FortnoxCostCenter>;

/** The writable fields of a cost center. */
export const FortnoxCostCenterWrite = z.object({
  ...codeWriteFields(fortnoxCode('costCenterCode')),
  Note: whitelistedText(1024).optional(),
  Active: z.boolean().optional(),
});
/** What `costCenters.create` takes. */
export type FortnoxCostCenterWrite = z.input<typeof FortnoxCostCenterWrite>;

/** `/3/costcenters`: list, get, create, update, delete (scope `costcenter`); codes at most 6 characters. */
export function createCostCenterResource(request: FortnoxRequester) {
  return createCodeRegister(request, {
    path: 'costcenters',
    wrapper: 'CostCenter',
    listKey: 'CostCenters',
    schema: FortnoxCostCenter,
    write: FortnoxCostCenterWrite,
  });
}
/** The costCenters resource. */
export type CostCenterResource = ReturnType<typeof createCostCenterResource>;
