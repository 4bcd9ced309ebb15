import * as z from 'zod/mini';
import { OrderStatus } from './contract.js';
import { LocalizedText } from './contract-schemas/formats.js';
import { TimeReport } from './time-report-contract.js';

/**
 * One change the mapping made to fit the order into Fortnox (text shortened, characters
 * replaced, hidden article left out). `code` is the mapping's warning code, kept a plain
 * string so a client keeps working when a newer backend adds a code; `message` is English
 * for logs; `userMessage` is what the components show, in the user's language.
 */
export const SendWarning = z.object({
  code: z.string(),
  field: z.string(),
  message: z.string(),
  userMessage: LocalizedText,
});
export type SendWarning = z.infer<typeof SendWarning>;

/**
 * The response of `POST /orders/:orderId/send`: the order's status after the send, and the
 * mapping's warnings. `warnings` is optional so backends written before it still conform
 * (decisions/091); the handler always sends it, empty when nothing changed. `timeReport`:
 * with setting 33 on, the order's time report after the send; a failed time report never
 * fails the send, it shows here (decisions/122). The shape is spread rather than
 * `z.extend`ed: the same schema, without the 370 bytes (gzip) `z.extend` costs a page
 * (decisions/152).
 */
export const SendOrderResponse = z.object({
  ...OrderStatus.shape,
  warnings: z.optional(z.array(SendWarning)),
  timeReport: z.optional(TimeReport),
});
export type SendOrderResponse = z.infer<typeof SendOrderResponse>;
