import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { fortnoxCode } from '../documents/fields.js';
import { OptionalBoolean, OptionalText } from '../schemas/primitives.js';
import { whitelistedText } from '../schemas/write-fields.js';
import {
  codeRecordFields,
  codeWriteFields,
  createCodeRegister,
  withoutDelete,
} from './code-register.js';

/** A price list as Fortnox returns it. */
export const FortnoxPriceList = z.object({
  ...codeRecordFields,
  Comments: OptionalText,
  PreSelected: OptionalBoolean,
});
/** A price list read from Fortnox. */
export type FortnoxPriceList = z.infer<typeof FortnoxPriceList>;

/** The writable fields of a price list. */
export const FortnoxPriceListWrite = z.object({
  ...codeWriteFields(fortnoxCode('priceListCode')),
  Comments: whitelistedText(1024).optional(),
});
/** What `priceLists.create` takes. */
export type FortnoxPriceListWrite = z.input<typeof FortnoxPriceListWrite>;

/** `/3/pricelists`: list, get, create, update (scope `price`); `PreSelected` is read-only. */
export function createPriceListResource(request: FortnoxRequester) {
  return withoutDelete(
    createCodeRegister(request, {
      path: 'pricelists',
      wrapper: 'PriceList',
      listKey: 'PriceLists',
      schema: FortnoxPriceList,
      write: FortnoxPriceListWrite,
    }),
  );
}
/** The priceLists resource. */
export type PriceListResource = ReturnType<typeof createPriceListResource>;
