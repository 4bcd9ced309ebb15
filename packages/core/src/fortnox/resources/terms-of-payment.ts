import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { FORTNOX_IDENTIFIER_PATTERN } from '../text-rules.js';
import {
  codeRecordFields,
  codeWriteFields,
  createCodeRegister,
  withoutDelete,
} from './code-register.js';

/** Terms of payment as Fortnox returns it. */
export const FortnoxTermsOfPayment = z.object({
  ...codeRecordFields,
});
/** Terms of payment read from Fortnox. */
export type FortnoxTermsOfPayment = z.infer<typeof FortnoxTermsOfPayment>;

/** The writable fields of terms of payment. */
export const FortnoxTermsOfPaymentWrite = z.object({
  // No named limit for this code; 20 as for the other settings registers.
  ...codeWriteFields(
    z
      .string()
      .min(1)
      .max(20)
      .regex(FORTNOX_IDENTIFIER_PATTERN, 'may only hold letters, digits and - – + / . _'),
  ),
});
/** What `termsOfPayment.create` takes. */
export type FortnoxTermsOfPaymentWrite = z.input<typeof FortnoxTermsOfPaymentWrite>;

/** `/3/termsofpayments`: list, get, create, update (scope `settings`). */
export function createTermsOfPaymentResource(request: FortnoxRequester) {
  return withoutDelete(
    createCodeRegister(request, {
      path: 'termsofpayments',
      wrapper: 'TermsOfPayment',
      listKey: 'TermsOfPayments',
      schema: FortnoxTermsOfPayment,
      write: FortnoxTermsOfPaymentWrite,
    }),
  );
}
/** The termsOfPayment resource. */
export type TermsOfPaymentResource = ReturnType<typeof createTermsOfPaymentResource>;
