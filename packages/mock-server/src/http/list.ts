import type { Register } from '../store/register.js';
import { isCalendarDate, parseStockholmTime } from '../time.js';
import { badRequest, FORTNOX_CODES } from './fortnox-error.js';

/** How a register is listed: collection key, slim items, sort, search and filters. */
export interface ListSpec<T extends object> {
  /** The plural key, e.g. `Customers`. */
  collection: string;
  /** The list item (slim) for a record. */
  item(record: T): object;
  /** `sortby` values and the value each sorts by. The first is the default. */
  sortFields?: Record<string, (record: T) => string | number>;
  /** Substring search fields (case-insensitive), e.g. `name`. */
  searchFields?: Record<string, (record: T) => string | number | boolean | null | undefined>;
  /** `filter=` values. */
  filters?: Record<string, (record: T) => boolean>;
  /** Whether `lastmodified` is accepted (customers, articles, orders, invoices). */
  lastModified?: boolean;
  /** Whether `fromdate`/`todate` are accepted, and the date they compare. */
  documentDate?: (record: T) => string;
}

const GLOBAL = new Set([
  'limit',
  'page',
  'offset',
  'sortby',
  'sortorder',
  'lastmodified',
  'financialyear',
  'financialyeardate',
  'fromdate',
  'todate',
]);

/** Answers a Fortnox list request: paging, sorting, search, the one-filter rule, lastmodified. */
export function listRecords<T extends object>(
  register: Register<T>,
  spec: ListSpec<T>,
  params: URLSearchParams,
): object {
  const limit = intParam(params, 'limit', 100);
  const page = intParam(params, 'page', 1);
  const offset = intParam(params, 'offset', 0);
  if (limit < 1 || limit > 500) throw invalid('limit');
  if (page < 1) throw invalid('page');
  if (offset < 0) throw invalid('offset');
  const predicates = buildPredicates(register, spec, params);
  const sortby = params.get('sortby');
  const sortorder = params.get('sortorder') ?? 'ascending';
  if (sortorder !== 'ascending' && sortorder !== 'descending') throw invalid('sortorder');
  if (sortby !== null && !spec.sortFields?.[sortby]) throw invalid('sortby');
  const keys = sortby
    ? register.sortedKeys(sortby, spec.sortFields?.[sortby])
    : register.sortedKeys('');
  const start = offset + (page - 1) * limit;
  const descending = sortorder === 'descending';
  const items: object[] = [];
  let total = 0;
  if (predicates.length === 0) {
    total = keys.length;
    for (let i = start; i < Math.min(start + limit, total); i++) {
      const key = keys[descending ? total - 1 - i : i] as string;
      items.push(spec.item(register.get(key) as T));
    }
  } else {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[descending ? keys.length - 1 - i : i] as string;
      const record = register.get(key) as T;
      if (!predicates.every((p) => p(record, key))) continue;
      if (total >= start && total < start + limit) items.push(spec.item(record));
      total++;
    }
  }
  return {
    [spec.collection]: items,
    MetaInformation: {
      '@TotalResources': total,
      '@TotalPages': Math.ceil(total / limit),
      '@CurrentPage': page,
    },
  };
}

type Predicate<T> = (record: T, key: string) => boolean;

function buildPredicates<T extends object>(
  register: Register<T>,
  spec: ListSpec<T>,
  params: URLSearchParams,
): Predicate<T>[] {
  const predicates: Predicate<T>[] = [];
  let specific = 0;
  for (const [name, value] of params) {
    if (GLOBAL.has(name)) continue;
    const search = spec.searchFields?.[name];
    if (name === 'filter') {
      const filter = spec.filters?.[value];
      if (!filter) throw invalid('filter');
      predicates.push(filter);
    } else if (search) {
      const needle = value.toLowerCase();
      predicates.push((r) =>
        String(search(r) ?? '')
          .toLowerCase()
          .includes(needle),
      );
    } else {
      throw invalid(name);
    }
    specific++;
  }
  // Fortnox allows one resource-specific filter or search per request.
  if (specific > 1)
    throw badRequest(
      FORTNOX_CODES.invalidParameter,
      'Endast ett filter eller sökfält per anrop är tillåtet.',
    );
  const lastmodified = params.get('lastmodified');
  if (lastmodified !== null) {
    if (!spec.lastModified) throw invalid('lastmodified');
    const since = parseStockholmTime(lastmodified);
    if (since === undefined) throw invalidDate();
    predicates.push((_, key) => register.lastModified(key) >= since);
  }
  for (const bound of ['fromdate', 'todate'] as const) {
    const value = params.get(bound);
    if (value === null) continue;
    const date = spec.documentDate;
    if (!date) throw invalid(bound);
    if (!isCalendarDate(value)) throw invalidDate();
    predicates.push(bound === 'fromdate' ? (r) => date(r) >= value : (r) => date(r) <= value);
  }
  return predicates;
}

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw invalid(name);
  return Number(raw);
}

function invalid(name: string) {
  return badRequest(FORTNOX_CODES.invalidParameter, `Ogiltig parameter: ${name}`);
}

// Fortnox's message for a date parameter it cannot read (seen for `fromdate` with a time,
// softwerkab/fortnox-csharp-api-sdk#288); the code is not published, 2000588 is (decisions/015).
function invalidDate() {
  return badRequest(
    FORTNOX_CODES.invalidParameter,
    'Failed to format date. Not given in any of the valid formats.',
  );
}
