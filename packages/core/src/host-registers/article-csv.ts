import type { Article } from '../host/index.js';
import type { HostArticleRegister } from './host-registers.js';

/** Options of {@link exportArticlesCsv}. */
export interface ArticleCsvOptions {
  /** Field separator; `;` opens in a Swedish Excel without an import dialog. @default ';' */
  delimiter?: string;
  /** Decimal separator of prices and VAT. @default ',' */
  decimalSeparator?: '.' | ',';
  /** Starts the file with a UTF-8 byte-order mark so Excel reads å, ä, ö. @default true */
  byteOrderMark?: boolean;
  /** Records read per call of `changedSince`. @default 500 */
  pageSize?: number;
}

/** The columns of the article backup, in order (header names are the model's keys). */
export const ARTICLE_CSV_COLUMNS = [
  'id',
  'articleNumber',
  'description',
  'unit',
  'price',
  'purchasePrice',
  'vat',
  'type',
  'active',
  'hidden',
  'updatedAt',
] as const satisfies readonly (keyof Article)[];

/**
 * Streams the whole host article register as CSV: the backup the SPEC requires before
 * "Synka priser" (setting 23) is turned on. Every record is read once, page by page, so the
 * register is never held in memory whole.
 *
 * @example
 * let csv = '';
 * for await (const chunk of exportArticlesCsv(registers.articles)) csv += chunk;
 */
export async function* exportArticlesCsv(
  register: HostArticleRegister,
  options: ArticleCsvOptions = {},
): AsyncGenerator<string> {
  const delimiter = options.delimiter ?? ';';
  const pageSize = options.pageSize ?? 500;
  yield (options.byteOrderMark === false ? '' : '\uFEFF') +
    ARTICLE_CSV_COLUMNS.join(delimiter) +
    '\r\n';
  let cursor: string | null = null;
  const seen = new Set<string>();
  for (;;) {
    const page = await register.changedSince(cursor, pageSize);
    let chunk = '';
    for (const article of page.records) {
      // A record changed during the export shows up again later in the feed; write it once.
      if (seen.has(article.id)) continue;
      seen.add(article.id);
      chunk += articleCsvRow(article, delimiter, options.decimalSeparator ?? ',');
    }
    if (chunk) yield chunk;
    if (!page.hasMore || page.cursor === cursor) return;
    cursor = page.cursor;
  }
}

/** Collects {@link exportArticlesCsv} into one string (fine for registers of modest size). */
export async function articlesCsv(
  register: HostArticleRegister,
  options: ArticleCsvOptions = {},
): Promise<string> {
  let csv = '';
  for await (const chunk of exportArticlesCsv(register, options)) csv += chunk;
  return csv;
}

function articleCsvRow(article: Article, delimiter: string, decimal: '.' | ','): string {
  const cells = ARTICLE_CSV_COLUMNS.map((column) => {
    const value = article[column];
    if (value === undefined || value === null) return '';
    if (typeof value === 'number')
      return decimal === ',' ? String(value).replace('.', ',') : String(value);
    return quoteCsv(String(value), delimiter);
  });
  return `${cells.join(delimiter)}\r\n`;
}

/** Quotes a cell when it holds the delimiter, a quote or a line break; doubles quotes. */
export function quoteCsv(value: string, delimiter: string): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value);
  // A leading = + - @ would make Excel run the cell as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return needsQuotes || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
