import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { fortnoxCode } from '../documents/fields.js';
import { OptionalText } from '../schemas/primitives.js';
import { whitelistedText } from '../schemas/write-fields.js';
import {
  codeRecordFields,
  codeWriteFields,
  createCodeRegister,
  withoutDelete,
} from './code-register.js';

/** A way of delivery as Fortnox returns it. */
export const FortnoxWayOfDelivery = z.object({
  ...codeRecordFields,
  DescriptionEnglish: OptionalText,
});
/** A way of delivery read from Fortnox. */
export type FortnoxWayOfDelivery = z.infer<typeof FortnoxWayOfDelivery>;

/** The writable fields of a way of delivery. */
export const FortnoxWayOfDeliveryWrite = z.object({
  ...codeWriteFields(fortnoxCode('wayOfDeliveryCode')),
  DescriptionEnglish: whitelistedText(50).optional(),
});
/** What `waysOfDelivery.create` takes. */
export type FortnoxWayOfDeliveryWrite = z.input<typeof FortnoxWayOfDeliveryWrite>;

/** `/3/wayofdeliveries`: list, get, create, update (scope `settings`). */
export function createWayOfDeliveryResource(request: FortnoxRequester) {
  return withoutDelete(
    createCodeRegister(request, {
      path: 'wayofdeliveries',
      wrapper: 'WayOfDelivery',
      listKey: 'WayOfDeliveries',
      schema: FortnoxWayOfDelivery,
      write: FortnoxWayOfDeliveryWrite,
    }),
  );
}
/** The waysOfDelivery resource. */
export type WayOfDeliveryResource = ReturnType<typeof createWayOfDeliveryResource>;
