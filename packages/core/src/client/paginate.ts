import { z } from 'zod';
import { createFortnoxError } from '../errors/create-fortnox-error.js';
import { formatLastModified } from '../fortnox/schemas/date-format.js';
import { MetaInformation } from '../fortnox/schemas/meta-information.js';
import type { FortnoxRequester, RequestOptions, SearchParamValue } from './request.js';

/** Fortnox's largest page. */
export const FORTNOX_MAX_PAGE_SIZE = 500;

/** Parameters of every `list()`. */
export interface ListParams<Filter extends string = string, SortBy extends string = string>
  extends RequestOptions {
  /** Only records changed since then (`lastmodified`; Swedish local time, minute precision). */
  lastModified?: Date | string;
  /** One resource filter, e.g. `active` or `unpaid`. */
  filter?: Filter;
  /**
   * Field searches, e.g. `{ customernumber: '10' }`. Fortnox matches substrings
   * (`10` also finds `100`), so compare exactly on the client.
   */
  search?: Record<string, string>;
  sortBy?: SortBy;
  sortOrder?: 'ascending' | 'descending';
  /** Other parameters passed as they are (`fromdate`, `financialyear`...). */
  params?: Record<string, SearchParamValue>;
  /** @default 500 */
  pageSize?: number;
}

/** One page of a list. */
export interface FortnoxPage<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalResources: number;
}

/**
 * All records of a list, page by page, as an async iterator. `total` is set from the first
 * page (for progress bars) before its first item is yielded.
 *
 * @example
 * const customers = client.customers.list({ lastModified: since });
 * for await (const c of customers) progress(++done, customers.total);
 */
export interface FortnoxList<T> extends AsyncIterable<T> {
  /** `@TotalResources` of the first page; undefined until it has been fetched. */
  readonly total: number | undefined;
  /** `@TotalPages` of the first page; undefined until it has been fetched. */
  readonly totalPages: number | undefined;
  /** Iterates page by page. */
  pages(): AsyncIterable<FortnoxPage<T>>;
  /** Fetches every page and returns all items. */
  toArray(): Promise<T[]>;
}

/** What a resource module tells {@link createFortnoxList}. */
export interface ListSource<S extends z.ZodType> {
  request: FortnoxRequester;
  path: string;
  /** The array's key in the response: `Customers`. */
  listKey: string;
  item: S;
}

/** Builds the `lastmodified`, filter, search, sort and paging parameters. */
export function listSearchParams(
  params: ListParams,
  page: number,
): Record<string, SearchParamValue> {
  const searches = Object.entries(params.search ?? {});
  if (searches.length + (params.filter ? 1 : 0) > 1) {
    // Fortnox answers 2000588 for more than one resource filter per request.
    throw createFortnoxError({
      kind: 'validation',
      source: 'request',
      issues: [
        { field: 'filter', message: 'Fortnox accepts only one filter or search field per request' },
      ],
    });
  }
  const lastModified = params.lastModified;
  return {
    ...params.params,
    ...Object.fromEntries(searches),
    filter: params.filter,
    lastmodified: lastModified instanceof Date ? formatLastModified(lastModified) : lastModified,
    sortby: params.sortBy,
    sortorder: params.sortOrder,
    limit: Math.min(params.pageSize ?? FORTNOX_MAX_PAGE_SIZE, FORTNOX_MAX_PAGE_SIZE),
    page,
  };
}

/** Creates the {@link FortnoxList} of one `list()` call. Nothing is fetched until iterated. */
export function createFortnoxList<S extends z.ZodType>(
  source: ListSource<S>,
  params: ListParams = {},
): FortnoxList<z.output<S>> {
  // Some lists (e.g. price sublists) come without MetaInformation: then there is one page.
  const schema = z.object({
    [source.listKey]: z.array(source.item),
    MetaInformation: MetaInformation.optional(),
  });
  let total: number | undefined;
  let totalPages: number | undefined;

  async function* pages(): AsyncGenerator<FortnoxPage<z.output<S>>> {
    for (let page = 1; ; page++) {
      const data = (await source.request({
        method: 'GET',
        path: source.path,
        searchParams: listSearchParams(params, page),
        schema,
        priority: params.priority,
        signal: params.signal,
      })) as Record<string, unknown> & { MetaInformation?: MetaInformation };
      const items = data[source.listKey] as z.output<S>[];
      const meta = data.MetaInformation ?? {
        '@TotalResources': items.length,
        '@TotalPages': 1,
        '@CurrentPage': page,
      };
      if (page === 1) {
        total = meta['@TotalResources'];
        totalPages = meta['@TotalPages'];
      }
      yield {
        items,
        page,
        totalPages: meta['@TotalPages'],
        totalResources: meta['@TotalResources'],
      };
      if (page >= meta['@TotalPages'] || items.length === 0) return;
    }
  }

  return {
    get total() {
      return total;
    },
    get totalPages() {
      return totalPages;
    },
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
    async toArray() {
      const all: z.output<S>[] = [];
      for await (const page of pages()) all.push(...page.items);
      return all;
    },
  };
}
