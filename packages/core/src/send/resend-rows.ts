import type { FortnoxDocumentRow } from '../fortnox/resources/document-schemas.js';

/**
 * Rows for updating a Fortnox document in place (setting 19). Fortnox updates rows that
 * carry a `RowId`, adds rows without one and deletes the rows left out; RowIds change on
 * every update, so they are taken from a fresh read, position by position: the n-th new row
 * updates the n-th existing row, extra new rows are added, surplus old rows are deleted.
 *
 * @example withRowIds([{ Description: 'a' }], [{ RowId: 7 }, { RowId: 8 }]) // [{ RowId: 7, Description: 'a' }]
 */
export function withRowIds<R extends object>(
  rows: readonly R[],
  existing: readonly Pick<FortnoxDocumentRow, 'RowId'>[],
): (R & { RowId?: number })[] {
  const ids = existing.map((row) => row.RowId).filter((id): id is number => typeof id === 'number');
  return rows.map((row, index) => {
    const id = ids[index];
    return id === undefined ? { ...row } : { RowId: id, ...row };
  });
}
