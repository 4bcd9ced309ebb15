import * as z from 'zod/mini';
import { ErrorBody } from './errors.js';
import { IsoDateTime } from './formats.js';

// The handler contract: the order routes (status, send, import).

/** Fortnox's invoice states as the UI shows them. */
export const InvoiceState = z.enum(['unsent', 'sent', 'booked', 'paid', 'cancelled', 'credited']);
export type InvoiceState = z.infer<typeof InvoiceState>;

/** `GET /orders/:orderId/status`, and the response of `POST /orders/:orderId/send`. */
export const OrderStatus = z.object({
  orderId: z.string(),
  state: z.enum(['not_sent', 'sent', 'invoiced']),
  /** The integration reference: which Fortnox document the order became. */
  reference: z.nullable(
    z.object({ target: z.enum(['order', 'invoice']), documentNumber: z.string() }),
  ),
  invoice: z.nullable(z.object({ documentNumber: z.string(), state: InvoiceState })),
  /** Sending is possible now (connected, ready for invoicing or 19 on, not yet sent). */
  canSend: z.boolean(),
  /** Sending again updates the same Fortnox document (19 on, not invoiced). */
  canResend: z.boolean(),
  /** The last failed attempt, kept until a send succeeds. */
  lastError: z.nullable(ErrorBody.shape.error),
  sentAt: z.nullable(IsoDateTime),
});
export type OrderStatus = z.infer<typeof OrderStatus>;

/** `POST /orders/import` (setting 35): create a host order from a Fortnox order number. */
export const ImportOrderRequest = z.object({
  fortnoxOrderNumber: z.string().check(z.trim(), z.regex(/^\d{1,9}$/, 'digits only')),
});
export type ImportOrderRequest = z.input<typeof ImportOrderRequest>;
export const ImportOrderResponse = z.object({
  orderId: z.string(),
  orderNumber: z.string(),
  /** Where the host shows the order, when the host tells the handler. */
  url: z.optional(z.string()),
});
export type ImportOrderResponse = z.infer<typeof ImportOrderResponse>;
