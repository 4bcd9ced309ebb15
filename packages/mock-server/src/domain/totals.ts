import type { DocumentRow, DocumentTotals } from '../schemas/documents.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A row's total. Fortnox computes it from `DeliveredQuantity`, not `OrderedQuantity`, so a
 * row with only an ordered quantity totals 0.
 */
export function rowTotal(
  row: Pick<DocumentRow, 'DeliveredQuantity' | 'Price' | 'Discount' | 'DiscountType'>,
): number {
  const gross = (row.DeliveredQuantity ?? 0) * (row.Price ?? 0);
  const discount = row.Discount ?? 0;
  if (discount === 0) return round2(gross);
  return round2(row.DiscountType === 'AMOUNT' ? gross - discount : gross * (1 - discount / 100));
}

/** Net, VAT, gross, the öre round-off and the total of a document (SEK rounds to kronor). */
export function documentTotals(
  rows: readonly DocumentRow[],
  freight: number,
  vatIncluded: boolean,
): DocumentTotals {
  let net = 0;
  let vat = 0;
  for (const row of rows) {
    const rate = (row.VAT ?? 0) / 100;
    if (vatIncluded) {
      const rowNet = row.Total / (1 + rate);
      net += rowNet;
      vat += row.Total - rowNet;
    } else {
      net += row.Total;
      vat += row.Total * rate;
    }
  }
  // Freight is excluding VAT and carries the standard 25 %.
  const gross = round2(net + freight);
  const totalVat = round2(vat + freight * 0.25);
  const exact = gross + totalVat;
  const total = Math.round(exact);
  return {
    Net: round2(net),
    Gross: gross,
    TotalVAT: totalVat,
    RoundOff: round2(total - exact),
    Total: total,
  };
}
