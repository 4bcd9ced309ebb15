import { z } from 'zod';
import { fortnoxCode, fortnoxText } from './fields.js';

const rowFields = {
  ArticleNumber: fortnoxCode('articleNumber').optional(),
  /** Row text; a row with only `Description` is a text (comment) row. */
  Description: fortnoxText('rowDescription').optional(),
  DeliveredQuantity: z.number().finite().optional(),
  /** Price per unit; omitted = the customer's price list. */
  Price: z.number().finite().optional(),
  Unit: fortnoxCode('unitCode').optional(),
  VAT: z.number().finite().min(0).optional(),
  AccountNumber: z.number().int().min(1000).max(9999).optional(),
  CostCenter: fortnoxCode('costCenterCode').optional(),
  Project: z.string().min(1).optional(),
  Discount: z.number().finite().optional(),
  DiscountType: z.enum(['AMOUNT', 'PERCENT']).optional(),
  /** Only on updates: keeps/updates an existing row (see fortnox-api.md "Row updates"). */
  RowId: z.number().int().optional(),
};

type RowShape = { ArticleNumber?: string; Description?: string; DeliveredQuantity?: number };

// Fortnox error 2003977: a quantity without an article or a description.
function hasArticleOrText(row: RowShape): boolean {
  if (row.DeliveredQuantity === undefined || row.DeliveredQuantity === 0) return true;
  return row.ArticleNumber !== undefined || (row.Description ?? '') !== '';
}
const NEEDS_ARTICLE_OR_TEXT = {
  message: 'a row with a quantity needs an ArticleNumber or a Description (error 2003977)',
};

/**
 * One row of a Fortnox order, as written (`POST`/`PUT /3/orders`): only writable fields.
 * Set both quantities; Fortnox computes the row total from `DeliveredQuantity`.
 */
export const FortnoxOrderRowInput = z
  .strictObject({ ...rowFields, OrderedQuantity: z.number().finite().optional() })
  .refine(hasArticleOrText, NEEDS_ARTICLE_OR_TEXT);
export type FortnoxOrderRowInput = z.infer<typeof FortnoxOrderRowInput>;

/** One row of a Fortnox invoice, as written (`POST`/`PUT /3/invoices`). */
export const FortnoxInvoiceRowInput = z
  .strictObject(rowFields)
  .refine(hasArticleOrText, NEEDS_ARTICLE_OR_TEXT);
export type FortnoxInvoiceRowInput = z.infer<typeof FortnoxInvoiceRowInput>;
