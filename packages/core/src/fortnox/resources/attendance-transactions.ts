import { z } from 'zod';
import type { ListParams } from '../../client/paginate.js';
import type { FortnoxRequester } from '../../client/request.js';
import { FortnoxDate, fortnoxCode } from '../documents/fields.js';
import {
  IdString,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalText,
} from '../schemas/primitives.js';
import { codeReference, whitelistedText } from '../schemas/write-fields.js';
import { createCrudOperations } from './resource-helpers.js';

/** An attendance (worked time) transaction, addressed by its UUID `id`; unknown fields kept. */
export const FortnoxAttendanceTransaction = z.looseObject({
  '@url': OptionalText,
  /** Read-only UUID; several registrations per day are allowed. */
  id: IdString.nullish().transform((v) => v ?? undefined),
  EmployeeId: IdString,
  CauseCode: OptionalText,
  Date: OptionalFortnoxDate,
  Hours: OptionalFortnoxNumber,
  CostCenter: OptionalText,
  Project: OptionalText,
});
/** An attendance transaction read from Fortnox. */
export type FortnoxAttendanceTransaction = z.infer<typeof FortnoxAttendanceTransaction>;

/** The writable fields (`id` is never sent). `CauseCode` `TID` is worked time. */
export const FortnoxAttendanceTransactionWrite = z.object({
  EmployeeId: fortnoxCode('employeeId'),
  CauseCode: z.string().regex(/^[A-Z0-9]{2,4}$/, 'must be a Fortnox cause code such as TID'),
  Date: FortnoxDate,
  Hours: z.number().finite(),
  CostCenter: codeReference('costCenterCode').optional(),
  Project: whitelistedText(20).optional(),
});
/** What `attendanceTransactions.create` takes. */
export type FortnoxAttendanceTransactionWrite = z.input<typeof FortnoxAttendanceTransactionWrite>;

/** List parameters of attendance transactions: by employee and/or date. */
export interface AttendanceListParams extends ListParams {
  employeeId?: string;
  date?: string;
}

/** `/3/attendancetransactions` (scope `salary`): list, get, create, update, delete. */
export function createAttendanceTransactionsResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxAttendanceTransaction,
    typeof FortnoxAttendanceTransaction,
    typeof FortnoxAttendanceTransactionWrite
  >(request, {
    path: 'attendancetransactions',
    wrapper: 'AttendanceTransaction',
    listKey: 'AttendanceTransactions',
    item: FortnoxAttendanceTransaction,
    full: FortnoxAttendanceTransaction,
    write: FortnoxAttendanceTransactionWrite,
  });
  return {
    ...crud,
    list: ({ employeeId, date, ...params }: AttendanceListParams = {}) =>
      crud.list({ ...params, params: { ...params.params, employeeid: employeeId, date } }),
  };
}
/** The attendance transactions resource. */
export type AttendanceTransactionsResource = ReturnType<
  typeof createAttendanceTransactionsResource
>;
