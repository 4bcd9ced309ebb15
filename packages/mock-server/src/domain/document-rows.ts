import { badRequest, FORTNOX_CODES } from '../http/fortnox-error.js';
import { priceKey } from '../schemas/code-registers.js';
import type { DocumentRow, OrderRowWrite } from '../schemas/documents.js';
import type { DomainContext } from './context.js';
import { checkReferences } from './references.js';
import { rowTotal } from './totals.js';

const VAT_RATES = new Set([25, 12, 6, 0]);

/**
 * Applies written rows to a document's rows with Fortnox's PUT rules: without any RowId
 * the array replaces all rows; with RowIds, rows with an id update that row, rows without
 * are added and omitted rows are deleted. RowIds are handed out anew every time.
 */
export function applyRows(
  ctx: DomainContext,
  written: readonly OrderRowWrite[],
  existing: readonly DocumentRow[],
  priceList: string,
): DocumentRow[] {
  const byId = new Map(existing.map((r) => [r.RowId, r]));
  const usesIds = written.some((r) => r.RowId !== undefined);
  return written.map((row) => {
    let base: Partial<DocumentRow> = {};
    if (usesIds && row.RowId !== undefined) {
      const found = byId.get(row.RowId);
      if (!found)
        throw badRequest(
          FORTNOX_CODES.invalidParameter,
          `Raden med RowId ${row.RowId} finns inte.`,
        );
      base = found;
    }
    const merged = { ...base, ...row };
    return completeRow(ctx, merged, priceList, ++ctx.tenant.rowIdCounter);
  });
}

function completeRow(
  ctx: DomainContext,
  row: OrderRowWrite,
  priceList: string,
  rowId: number,
): DocumentRow {
  const { RowId: _old, ...fields } = row;
  const quantity = fields.DeliveredQuantity ?? fields.OrderedQuantity ?? 0;
  if (!fields.ArticleNumber && !fields.Description && quantity > 0) {
    throw badRequest(FORTNOX_CODES.incompleteRow, 'Raden saknar artikel och beskrivning.');
  }
  checkReferences(ctx.tenant, { Unit: fields.Unit, CostCenter: fields.CostCenter });
  if (fields.VAT !== undefined && !VAT_RATES.has(fields.VAT)) {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, `Kunde inte hitta moms ${fields.VAT}.`);
  }
  const complete: DocumentRow = { ...fields, RowId: rowId, Total: 0 };
  if (fields.ArticleNumber) {
    const article = ctx.tenant.articles.get(fields.ArticleNumber);
    if (!article) {
      throw badRequest(
        FORTNOX_CODES.articleNotFound,
        `Kunde inte hitta artikel: ${fields.ArticleNumber}`,
      );
    }
    complete.Description ??= article.Description;
    complete.Unit ??= article.Unit ?? 'st';
    complete.VAT ??= article.VAT ?? 25;
    complete.AccountNumber ??= article.SalesAccount ?? 3001;
    complete.Price ??=
      ctx.tenant.prices.get(priceKey(priceList, fields.ArticleNumber, 0))?.Price ?? 0;
  }
  complete.Total = rowTotal(complete);
  return complete;
}
