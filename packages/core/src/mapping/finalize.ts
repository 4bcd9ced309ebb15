import type { FortnoxInvoiceRowInput, FortnoxOrderRowInput } from '../fortnox/documents/rows.js';
import { FORTNOX_LIMITS } from '../fortnox/text-rules.js';
import type { FortnoxTarget } from '../host/order-parts.js';
import type { ArticleLine } from './steps/article-lines.js';
import type { DraftRow } from './steps/layout.js';
import {
  charLength,
  cleanText,
  HAS_LINE_BREAK,
  HAS_REJECTED,
  scanText,
  splitHead,
  splitIntoRows,
} from './text.js';
import type { WarningList } from './warnings.js';

const ROW_MAX = FORTNOX_LIMITS.rowDescription;
const NEEDS_SPLIT = /[\r\n]/;

type Row = FortnoxOrderRowInput & FortnoxInvoiceRowInput;

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

  /**
   * Text rows: one per line, long lines split at spaces (with a warning unless `warnOnSplit`
   * is off). Returns whether the text was one valid row exactly as given.
   */
  text(text: string, warnOnSplit = true): boolean {
    const flags = scanText(text);
    const cleaned = (
      flags & HAS_REJECTED ? cleanText(text, this.path, this.warnings) : text
    ).trim();
    if (!(flags & HAS_LINE_BREAK) && cleaned.length <= ROW_MAX) {
      if (cleaned) this.rows.push({ Description: cleaned });
      return flags === 0 && cleaned !== '' && cleaned === text;
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
    return false;
  }

  // What did not fit on the last article row (continues as text rows below it).
  private overflow = '';

  // The row text on one line, cleaned, at most 255 characters; the rest goes to `overflow`.
  private rowText(description: string, names: string): string {
    // Scanning the parts avoids flattening the joined string; ' – ' itself is accepted.
    const flags = names ? scanText(description) | scanText(names) : scanText(description);
    const text = names ? `${description} – ${names}` : description;
    let line = flags & HAS_LINE_BREAK ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text;
    if (flags & HAS_REJECTED) line = cleanText(line, this.path, this.warnings);
    if (line.length <= ROW_MAX) return line;
    const [head, rest] = splitHead(line, ROW_MAX);
    if (rest) {
      this.warnings.add(
        'text-split',
        this.path(),
        `row text of ${charLength(line)} characters continues in the text rows below`,
      );
      this.overflow = rest;
    }
    return head;
  }

  /** An article row; a description over 255 characters continues in text rows below it. */
  article(line: ArticleLine): void {
    const names = line.technicians;
    let row: Row;
    if (line.description === undefined) {
      row = { ArticleNumber: line.articleNumber, DeliveredQuantity: line.quantity };
      this.overflow = names;
    } else {
      row = {
        ArticleNumber: line.articleNumber,
        Description: this.rowText(line.description, names),
        DeliveredQuantity: line.quantity,
      };
    }
    if (this.target === 'order') row.OrderedQuantity = line.quantity;
    if (line.price !== undefined) row.Price = line.price;
    if (line.unit !== undefined) row.Unit = line.unit;
    if (line.costCenter !== undefined) row.CostCenter = line.costCenter;
    this.rows.push(row);
    if (this.overflow) {
      const rest = this.overflow;
      this.overflow = '';
      this.text(rest, false);
    }
  }

  /** Writes every draft row in order. */
  writeAll(draft: readonly DraftRow[]): void {
    for (const row of draft) {
      if (row.kind !== 'text') this.article(row);
      else if (row.clean) this.rows.push({ Description: row.text });
      else if (this.text(row.text)) row.clean = true;
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
