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

/** Terms of delivery as Fortnox returns it. */
export const FortnoxTermsOfDelivery = z.object({
  ...codeRecordFields,
  DescriptionEnglish: OptionalText,
});
/** Terms of delivery read from Fortnox. */
export type FortnoxTermsOfDelivery = z.infer<typeof FortnoxTermsOfDelivery>;

/** The writable fields of terms of delivery. */
export const FortnoxTermsOfDeliveryWrite = z.object({
  ...codeWriteFields(fortnoxCode('termsOfDeliveryCode')),
  DescriptionEnglish: whitelistedText(50).optional(),
});
/** What `termsOfDelivery.create` takes. */
export type FortnoxTermsOfDeliveryWrite = z.input<typeof FortnoxTermsOfDeliveryWrite>;

/** `/3/termsofdeliveries`: list, get, create, update (scope `settings`). */
export function createTermsOfDeliveryResource(request: FortnoxRequester) {
  return withoutDelete(
    createCodeRegister(request, {
      path: 'termsofdeliveries',
      wrapper: 'TermsOfDelivery',
      listKey: 'TermsOfDeliveries',
      schema: FortnoxTermsOfDelivery,
      write: FortnoxTermsOfDeliveryWrite,
    }),
  );
}
/** The termsOfDelivery resource. */
export type TermsOfDeliveryResource = ReturnType<typeof createTermsOfDeliveryResource>;
