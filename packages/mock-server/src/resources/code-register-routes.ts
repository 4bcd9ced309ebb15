import type { z } from 'zod';
import { type DomainContext, resourceUrl } from '../domain/context.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { listRecords } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { jsonResponse, noContent } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson, requireFields } from '../http/validate.js';
import type { FieldTable } from '../schemas/field-table/index.js';
import type { Register } from '../store/register.js';
import type { Tenant } from '../store/tenant.js';

/** A register keyed by `Code` (cost centers, units, terms, ways of delivery, price lists). */
export interface CodeRegisterSpec<T extends { Code: string }> {
  path: string;
  collection: string;
  wrapper: string;
  /** The documented fields (what a GET returns and which fields are writable). */
  table: FieldTable;
  scope: string;
  register(tenant: Tenant): Register<T>;
  write: z.ZodType<Partial<NoInfer<T>>>;
  /** Fields every new record gets unless written (e.g. `PreSelected: false`). */
  defaults?: Partial<NoInfer<T>>;
  /** Whether DELETE is allowed. @default true */
  deletable?: boolean;
}

/** GET list, GET one, POST, PUT (code immutable) and DELETE for a code register. */
export function codeRegisterRoutes<T extends { Code: string }>(spec: CodeRegisterSpec<T>): Route[] {
  const base = `/3/${spec.path}`;
  const full = (ctx: DomainContext, r: T) =>
    presentRecord(spec.table, { '@url': resourceUrl(ctx, spec.path, r.Code), ...r });
  const get = (ctx: DomainContext, code: string) => {
    const found = spec.register(ctx.tenant).get(code);
    if (!found) throw notFound(`Kunde inte hitta ${spec.wrapper}: ${code}`);
    return found;
  };
  const routes = [
    route('GET', base, spec.scope, (ctx) =>
      jsonResponse(
        listRecords(
          spec.register(ctx.tenant),
          { collection: spec.collection, item: (r) => presentListItem(spec.table, full(ctx, r)) },
          ctx.url.searchParams,
        ),
      ),
    ),
    route('GET', `${base}/:code`, spec.scope, (ctx) =>
      jsonResponse({ [spec.wrapper]: full(ctx, get(ctx, ctx.params[0] as string)) }),
    ),
    route('POST', base, spec.scope, async (ctx) => {
      const write = parseWrapped(
        await readJson(ctx.request),
        spec.wrapper,
        spec.write,
      ) as Partial<T>;
      requireFields(write, ['Code', 'Description']);
      const register = spec.register(ctx.tenant);
      if (register.has(write.Code as string)) {
        throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, `Koden ${write.Code} används redan.`);
      }
      const record = { ...spec.defaults, ...write } as T;
      register.set(record.Code, record, ctx.now);
      return jsonResponse({ [spec.wrapper]: full(ctx, record) }, 201);
    }),
    route('PUT', `${base}/:code`, spec.scope, async (ctx) => {
      const code = ctx.params[0] as string;
      const current = get(ctx, code);
      const write = parseWrapped(
        await readJson(ctx.request),
        spec.wrapper,
        spec.write,
      ) as Partial<T>;
      if (write.Code !== undefined && write.Code !== code) {
        throw badRequest(FORTNOX_CODES.invalidFieldName, 'Koden kan inte ändras.');
      }
      const record = { ...current, ...write, Code: code };
      spec.register(ctx.tenant).set(code, record, ctx.now);
      return jsonResponse({ [spec.wrapper]: full(ctx, record) });
    }),
  ];
  if (spec.deletable === false) return routes;
  return [
    ...routes,
    route('DELETE', `${base}/:code`, spec.scope, (ctx) => {
      get(ctx, ctx.params[0] as string);
      spec.register(ctx.tenant).delete(ctx.params[0] as string);
      return noContent();
    }),
  ];
}
