import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { IdString, OptionalText } from '../schemas/primitives.js';
import { whitelistedText } from '../schemas/write-fields.js';
import { FORTNOX_IDENTIFIER_PATTERN } from '../text-rules.js';
import { createCrudOperations } from './resource-helpers.js';

/** Terms of payment as Fortnox returns it. */
export const FortnoxTermsOfPayment = z.object({
  '@url': OptionalText,
  Code: IdString,
  Description: OptionalText,
});
/** Terms of payment read from Fortnox. */
export type FortnoxTermsOfPayment = z.infer<typeof FortnoxTermsOfPayment>;

/** The writable fields of terms of payment. */
export const FortnoxTermsOfPaymentWrite = z.object({
  // No named limit for this code; 20 as for the other settings registers.
  Code: z
    .string()
    .min(1)
    .max(20)
    .regex(FORTNOX_IDENTIFIER_PATTERN, 'may only hold letters, digits and - – + / . _'),
  Description: whitelistedText(50),
});
/** What `termsOfPayment.create` takes. */
export type FortnoxTermsOfPaymentWrite = z.input<typeof FortnoxTermsOfPaymentWrite>;

/** `/3/termsofpayments`: list, get, create, update (scope `settings`). */
export function createTermsOfPaymentResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxTermsOfPayment,
    typeof FortnoxTermsOfPayment,
    typeof FortnoxTermsOfPaymentWrite
  >(request, {
    path: 'termsofpayments',
    wrapper: 'TermsOfPayment',
    listKey: 'TermsOfPayments',
    item: FortnoxTermsOfPayment,
    full: FortnoxTermsOfPayment,
    write: FortnoxTermsOfPaymentWrite,
  });
  return { list: crud.list, get: crud.get, create: crud.create, update: crud.update };
}
/** The termsOfPayment resource. */
export type TermsOfPaymentResource = ReturnType<typeof createTermsOfPaymentResource>;
