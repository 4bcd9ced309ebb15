import type { z } from 'zod';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { IdString, OptionalText } from '../schemas/primitives.js';
import { whitelistedText } from '../schemas/write-fields.js';
import { orMissing } from './or-missing.js';
import { createCrudOperations, entityPath } from './resource-helpers.js';

/** The fields every code register's records have, as read. */
export const codeRecordFields = {
  '@url': OptionalText,
  Code: IdString,
  Description: OptionalText,
};

/** The writable fields every code register has: its `Code` (the register's rule) and a description. */
export function codeWriteFields<Code extends z.ZodType>(code: Code) {
  return { Code: code, Description: whitelistedText(50) };
}

/** What tells one settings code register (`/3/units`, `/3/costcenters`...) from another. */
export interface CodeRegisterConfig<Read extends z.ZodType, Write extends z.ZodObject> {
  /** Path below `/3/`: `units`. */
  path: string;
  /** The single-record wrapper: `Unit`. */
  wrapper: string;
  /** The list key: `Units`. */
  listKey: string;
  /** One schema for list items and single records: code registers have no slim list. */
  schema: Read;
  write: Write;
}

/**
 * list / get / create / update / delete of a code register, and `exists`, which the send
 * workflow asks before writing a document that refers to a code (a missing code fails the
 * whole write). Registers Fortnox offers no `DELETE` for drop `delete` with {@link withoutDelete}.
 */
export function createCodeRegister<Read extends z.ZodType, Write extends z.ZodObject>(
  request: FortnoxRequester,
  config: CodeRegisterConfig<Read, Write>,
) {
  const crud = createCrudOperations<Read, Read, Write>(request, {
    ...config,
    item: config.schema,
    full: config.schema,
  });
  return {
    ...crud,
    /** Whether the code exists (`GET /{code}`; a 404 is `false`). */
    async exists(code: string, options?: RequestOptions): Promise<boolean> {
      const found = await orMissing(
        request({ method: 'GET', path: entityPath(config.path, code), ...options }),
      );
      return found !== undefined;
    },
  };
}

/** A register's operations without `delete`, for registers Fortnox cannot delete from. */
export function withoutDelete<R extends { delete: unknown }>(register: R): Omit<R, 'delete'> {
  const { delete: _omitted, ...rest } = register;
  return rest;
}
