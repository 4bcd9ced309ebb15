import { z } from 'zod';
import { FortnoxDate, fortnoxCode } from './fields.js';

/**
 * An attendance transaction as written (`{ AttendanceTransaction: … }` on
 * `POST /3/attendancetransactions`): worked time for payroll. Never send `id` on create.
 *
 * @example FortnoxAttendanceTransactionInput.parse({ EmployeeId: '17', CauseCode: 'TID', Date: '2026-11-20', Hours: 2.5 })
 */
export const FortnoxAttendanceTransactionInput = z.strictObject({
  EmployeeId: fortnoxCode('employeeId'),
  /** E.g. `TID` (worked time), `ARB`, `OB1`. */
  CauseCode: z.string().regex(/^[A-Z0-9]{2,4}$/),
  Date: FortnoxDate,
  Hours: z.number().finite().min(0),
  CostCenter: fortnoxCode('costCenterCode').optional(),
  Project: z.string().min(1).optional(),
});
export type FortnoxAttendanceTransactionInput = z.infer<typeof FortnoxAttendanceTransactionInput>;
