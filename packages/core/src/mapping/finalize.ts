import type { FortnoxInvoiceRowInput, FortnoxOrderRowInput } from '../fortnox/documents/rows.js';
import { FORTNOX_LIMITS } from '../fortnox/text-rules.js';
import type { FortnoxTarget } from '../host/order-parts.js';
import type { ArticleLine } from './steps/article-lines.js';
import type { DraftRow } from './steps/layout.js';
import { charLength, cleanText, splitHead, splitIntoRows } from './text.js';
import type { WarningList } from './warnings.js';

const ROW_MAX = FORTNOX_LIMITS.rowDescription;
const NEEDS_SPLIT = /[\r\n]/;

type Row = FortnoxOrderRowInput & FortnoxInvoiceRowInput;

function hasLineBreak(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** Accumulates the final rows, keeping every text within Fortnox's limits. */
export class RowWriter {
  readonly rows: Row[] = [];
  private readonly field: string;

  constructor(
    private readonly target: FortnoxTarget,
    private readonly warnings: WarningList,
  ) {
    this.field = target === 'order' ? 'OrderRows' : 'InvoiceRows';
  }

  // Built only when a warning needs it.
  private readonly path = (): string => `${this.field}[${this.rows.length}].Description`;

  /** Text rows: one per line, long lines split at spaces (with a warning unless `warnOnSplit` is off). */
  text(text: string, warnOnSplit = true): void {
    const cleaned = cleanText(text, this.path, this.warnings).trim();
    if (cleaned.length <= ROW_MAX && !hasLineBreak(cleaned)) {
      if (cleaned) this.rows.push({ Description: cleaned });
      return;
    }
    const lines = cleaned.split(NEEDS_SPLIT).filter((l) => l.trim()).length;
    const pieces = splitIntoRows(cleaned, ROW_MAX);
    if (warnOnSplit && pieces.length > lines) {
      this.warnings.add(
        'text-split',
        this.path(),
        `text of ${charLength(cleaned)} characters continues over ${pieces.length} text rows`,
      );
    }
    for (const piece of pieces) this.rows.push({ Description: piece });
  }

  /** An article row; a description over 255 characters continues in text rows below it. */
  article(line: ArticleLine): void {
    const row: Row = { ArticleNumber: line.articleNumber, DeliveredQuantity: line.quantity };
    if (this.target === 'order') row.OrderedQuantity = line.quantity;
    if (line.price !== undefined) row.Price = line.price;
    if (line.unit !== undefined) row.Unit = line.unit;
    if (line.costCenter !== undefined) row.CostCenter = line.costCenter;
    const names = line.technicians.join(', ');
    let rest = '';
    if (line.description !== undefined) {
      const full = names ? `${line.description} – ${names}` : line.description;
      const oneLine = hasLineBreak(full) ? full.replace(/\s*[\r\n]+\s*/g, ' ') : full;
      const cleaned = cleanText(oneLine, this.path, this.warnings);
      const [head, tail] = splitHead(cleaned, ROW_MAX);
      if (tail)
        this.warnings.add(
          'text-split',
          this.path(),
          `row text of ${charLength(cleaned)} characters continues in the text rows below`,
        );
      row.Description = head;
      rest = tail;
    } else if (names) {
      rest = names;
    }
    this.rows.push(row);
    if (rest) this.text(rest, false);
  }

  /** Writes every draft row in order. */
  writeAll(draft: readonly DraftRow[]): void {
    for (const row of draft) {
      if (row.kind === 'text') this.text(row.text);
      else this.article(row);
    }
  }
}

/**
 * Remarks within 1024 characters; the rest continues as text rows at the end of the
 * document (with a warning), never silently lost.
 */
export function writeRemarks(
  paragraphs: readonly string[],
  rows: RowWriter,
  warnings: WarningList,
): string | undefined {
  const joined = paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
  if (!joined) return undefined;
  const cleaned = cleanText(joined, 'Remarks', warnings);
  const [head, rest] = splitHead(cleaned, FORTNOX_LIMITS.remarks);
  if (rest) {
    warnings.add(
      'text-split',
      'Remarks',
      `order text of ${charLength(cleaned)} characters: the part beyond ${FORTNOX_LIMITS.remarks} continues as text rows at the end`,
    );
    rows.text(rest, false);
  }
  return head;
}
