import { FORTNOX_IDENTIFIER_PATTERN, FORTNOX_LIMITS } from '../../fortnox/text-rules.js';
import type { Order } from '../../host/order.js';
import type { ArticleRow } from '../../host/order-parts.js';
import type { User } from '../../host/people.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { MappingError } from '../errors.js';
import type { WarningList } from '../warnings.js';

/** An article row on its way to Fortnox. */
export interface ArticleLine {
  kind: 'article';
  articleNumber: string;
  /** Row text; absent = Fortnox uses the article's description. */
  description: string | undefined;
  quantity: number;
  price: number | undefined;
  unit: string | undefined;
  costCenter: string | undefined;
  /** Technician names to write on the row (setting 12). */
  /** Technician names for the row (setting 12), joined with `, `; '' for none. */
  technicians: string;
  serviceObjectId: string | undefined;
  date: string | undefined;
}

// ASCII letters, digits and - + / . _ need no Unicode regex (almost every code is ASCII).
function isAsciiCode(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 45 ||
      c === 43 ||
      c === 47 ||
      c === 46 ||
      c === 95;
    if (!ok) return false;
  }
  return true;
}

function isCode(value: string, max: number): boolean {
  if (value.length === 0 || value.length > max) return false;
  return isAsciiCode(value) || FORTNOX_IDENTIFIER_PATTERN.test(value);
}

const rowPath = (i: number): string => `articleRows[${i}]`;

// 11 + 46: the host's price unless the article's price is set only in Fortnox.
function rowPrice(
  row: ArticleRow,
  articlePrice: number | null | undefined,
  settings: IntegrationSettings,
  i: number,
  warnings: WarningList,
): number | undefined {
  if (!settings.setPricesOnRows || settings.noPriceArticleNumbers.includes(row.articleNumber))
    return undefined;
  const price = row.unitPrice ?? articlePrice ?? undefined;
  if (price === undefined)
    warnings.add(
      'price-missing',
      rowPath(i),
      `no host price for article ${row.articleNumber}; Fortnox's price is used`,
    );
  return price;
}

// 20 + 45: the adding user's cost center, unless ignored or not a valid code.
function rowCostCenter(
  user: User | undefined,
  settings: IntegrationSettings,
  i: number,
  warnings: WarningList,
): string | undefined {
  const code = settings.includeUserCostCenterOnRows ? user?.costCenter?.trim() : undefined;
  if (!code || settings.ignoredRowCostCenters.includes(code)) return undefined;
  if (isCode(code, FORTNOX_LIMITS.costCenterCode)) return code;
  warnings.add(
    'value-dropped',
    rowPath(i),
    `cost center ${JSON.stringify(code)} is not a valid Fortnox code`,
    {
      sv: `Artikelrad ${i + 1}: användarens kostnadsställe "${code}" är ingen giltig kod i Fortnox och lämnades utanför.`,
      en: `Article row ${i + 1}: the user's cost center "${code}" is not a valid Fortnox code and was left out.`,
    },
  );
  return undefined;
}

function rowUnit(unit: string | undefined, i: number, warnings: WarningList): string | undefined {
  const code = unit?.trim();
  if (!code || isCode(code, FORTNOX_LIMITS.unitCode)) return code || undefined;
  warnings.add(
    'value-dropped',
    rowPath(i),
    `unit ${JSON.stringify(code)} is not a valid Fortnox unit code; the article's unit is used`,
    {
      sv: `Artikelrad ${i + 1}: enheten "${code}" är ingen giltig kod i Fortnox; artikelns enhet används.`,
      en: `Article row ${i + 1}: unit "${code}" is not a valid Fortnox code; the article's unit is used.`,
    },
  );
  return undefined;
}

function lookupUser(
  userId: string | undefined,
  needed: boolean,
  context: MappingContext,
  i: number,
  warnings: WarningList,
): User | undefined {
  if (!needed || !userId) return undefined;
  const user = context.users.get(userId);
  if (!user)
    warnings.add('lookup-missing', rowPath(i), `user ${userId} is not in the mapping context`);
  return user;
}

/**
 * The order's article rows as lines: hidden articles left out (15), prices (11, 46),
 * cost centers (20, 45), technician names (12). Throws for an article number Fortnox
 * cannot hold.
 */
export function buildArticleLines(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): ArticleLine[] {
  const lines: ArticleLine[] = [];
  const needUser = settings.includeTechnicianOnRows || settings.includeUserCostCenterOnRows;
  const rows = order.articleRows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ArticleRow;
    if (!isCode(row.articleNumber, FORTNOX_LIMITS.articleNumber)) {
      throw new MappingError(
        'invalid-article-number',
        `article number ${JSON.stringify(row.articleNumber)} is not valid in Fortnox (max 50 of letters, digits and - – + / . _)`,
        { path: `${rowPath(i)}.articleNumber` },
      );
    }
    if (typeof row.quantity !== 'number' || !Number.isFinite(row.quantity)) {
      // An order that skipped `Order.parse`: never a row without its quantity.
      throw new MappingError(
        'invalid-quantity',
        `quantity ${String(row.quantity)} is not a number`,
        {
          path: `${rowPath(i)}.quantity`,
        },
      );
    }
    const article = context.articles.get(row.articleNumber);
    if (settings.excludeHiddenArticles && (row.hidden ?? article?.hidden ?? false)) {
      warnings.add(
        'value-dropped',
        rowPath(i),
        `hidden article ${row.articleNumber} left out (setting 15)`,
        {
          sv: `Artikelrad ${i + 1}: den dolda artikeln ${row.articleNumber} lämnades utanför (inställning 15).`,
          en: `Article row ${i + 1}: hidden article ${row.articleNumber} was left out (setting 15).`,
        },
      );
      continue;
    }
    const user = lookupUser(row.userId, needUser, context, i, warnings);
    lines.push({
      kind: 'article',
      articleNumber: row.articleNumber,
      description: row.description?.trim() || article?.description.trim() || undefined,
      quantity: row.quantity,
      price: rowPrice(row, article?.price, settings, i, warnings),
      unit: rowUnit(row.unit, i, warnings),
      costCenter: rowCostCenter(user, settings, i, warnings),
      technicians: settings.includeTechnicianOnRows && user ? user.name : '',
      serviceObjectId: row.serviceObjectId,
      date: row.date,
    });
  }
  return lines;
}
