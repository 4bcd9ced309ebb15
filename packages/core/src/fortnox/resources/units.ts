import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { fortnoxCode } from '../documents/fields.js';
import { OptionalText } from '../schemas/primitives.js';
import { whitelistedText } from '../schemas/write-fields.js';
import { codeRecordFields, codeWriteFields, createCodeRegister } from './code-register.js';

/** A unit as Fortnox returns it. */
export const FortnoxUnit = z.object({
  ...codeRecordFields,
  CodeEnglish: OptionalText,
});
/** A unit read from Fortnox. */
export type FortnoxUnit = z.infer<typeof FortnoxUnit>;

/** The writable fields of a unit. */
export const FortnoxUnitWrite = z.object({
  ...codeWriteFields(fortnoxCode('unitCode')),
  CodeEnglish: whitelistedText(20).optional(),
});
/** What `units.create` takes. */
export type FortnoxUnitWrite = z.input<typeof FortnoxUnitWrite>;

/** `/3/units`: list, get, create, update, delete (scope `settings`). */
export function createUnitResource(request: FortnoxRequester) {
  return createCodeRegister(request, {
    path: 'units',
    wrapper: 'Unit',
    listKey: 'Units',
    schema: FortnoxUnit,
    write: FortnoxUnitWrite,
  });
}
/** The units resource. */
export type UnitResource = ReturnType<typeof createUnitResource>;
