import { z } from 'zod';
import { createFortnoxList, type FortnoxList, type ListParams } from '../../client/paginate.js';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { parseRequestBody } from '../../client/validate.js';

/** `entityPath('prices', 'A', 'X/1', 0)` → `prices/A/X%2F1/0`: every id URL-encoded. */
export function entityPath(base: string, ...ids: (string | number)[]): string {
  return [base, ...ids.map((id) => encodeURIComponent(String(id)))].join('/');
}

/** `{ Customer: {...} }` → the customer, validated. */
export function unwrap<S extends z.ZodType>(key: string, schema: S) {
  return z
    .object({ [key]: schema })
    .transform((data) => (data as Record<string, z.output<S>>)[key] as z.output<S>);
}

/** The response schema of a list page's item, and of a single record. */
export interface ResourceConfig<
  Item extends z.ZodType,
  Full extends z.ZodType,
  Write extends z.ZodObject,
> {
  /** Path below `/3/`: `customers`. */
  path: string;
  /** The single-record wrapper: `Customer`. */
  wrapper: string;
  /** The list key: `Customers`. */
  listKey: string;
  item: Item;
  full: Full;
  /** The create body; updates use its `.partial()`. Read-only fields are not in it. */
  write: Write;
  /** Whether sending an update twice is harmless (plain field updates are). @default true */
  idempotentUpdate?: boolean;
}

/** list / get / create / update / delete of one Fortnox resource. */
export interface CrudOperations<
  Item,
  Full,
  CreateInput,
  UpdateInput,
  Filter extends string,
  SortBy extends string,
> {
  /** All records, page by page (limit 500), with `lastmodified`, filter, search and sort. */
  list(params?: ListParams<Filter, SortBy>): FortnoxList<Item>;
  get(id: string | number, options?: RequestOptions): Promise<Full>;
  /** Creates a record. Never retried after a 5xx or network error (it may exist already). */
  create(input: CreateInput, options?: RequestOptions): Promise<Full>;
  /** Changes only the fields given. */
  update(id: string | number, input: UpdateInput, options?: RequestOptions): Promise<Full>;
  delete(id: string | number, options?: RequestOptions): Promise<void>;
}

/** Builds the {@link CrudOperations} of a resource from its {@link ResourceConfig}. */
export function createCrudOperations<
  Item extends z.ZodType,
  Full extends z.ZodType,
  Write extends z.ZodObject,
  Filter extends string = string,
  SortBy extends string = string,
>(
  request: FortnoxRequester,
  config: ResourceConfig<Item, Full, Write>,
): CrudOperations<
  z.output<Item>,
  z.output<Full>,
  z.input<Write>,
  Partial<z.input<Write>>,
  Filter,
  SortBy
> {
  const single = unwrap(config.wrapper, config.full);
  const updateSchema = config.write.partial();
  return {
    list: (params) =>
      createFortnoxList(
        { request, path: config.path, listKey: config.listKey, item: config.item },
        params,
      ),
    get: async (id, options) =>
      request({ method: 'GET', path: entityPath(config.path, id), schema: single, ...options }),
    create: async (input, options) =>
      request({
        method: 'POST',
        path: config.path,
        body: parseRequestBody(config.write, config.wrapper, input),
        schema: single,
        idempotent: false,
        ...options,
      }),
    update: async (id, input, options) =>
      request({
        method: 'PUT',
        path: entityPath(config.path, id),
        body: parseRequestBody(updateSchema, config.wrapper, input),
        schema: single,
        idempotent: config.idempotentUpdate ?? true,
        ...options,
      }),
    delete: async (id, options) => {
      await request({
        method: 'DELETE',
        path: entityPath(config.path, id),
        responseType: 'none',
        idempotent: true,
        ...options,
      });
    },
  };
}

/**
 * The operations orders and invoices share: list, get, create and update (Fortnox deletes
 * neither), and `findByReference`, the documents whose `ExternalInvoiceReference2` (the
 * kit's send key, decisions/060) equals `key`; Fortnox searches substrings, so the match
 * is made here.
 */
export function documentOperations<
  Item extends { ExternalInvoiceReference2?: string },
  Full,
  CreateInput,
  UpdateInput,
  Filter extends string,
  SortBy extends string,
>(crud: CrudOperations<Item, Full, CreateInput, UpdateInput, Filter, SortBy>) {
  return {
    list: crud.list,
    get: crud.get,
    create: crud.create,
    update: crud.update,
    async findByReference(key: string, options?: RequestOptions): Promise<Item[]> {
      const search = { externalinvoicereference2: key };
      const items = await crud.list({ ...options, search }).toArray();
      return items.filter((document) => document.ExternalInvoiceReference2 === key);
    },
  };
}
