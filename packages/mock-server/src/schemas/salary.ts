import { z } from 'zod';
import { documentedWrite } from './documented-write.js';
import { attendanceTransactionFields, employeeFields } from './field-table/index.js';
import { fxDate, fxEmail, fxIdentifier, fxNumber, fxText } from './fields.js';

/** An employee (`/3/employees`, scope `salary`). `EmployeeId` is immutable. */
export const EmployeeWrite = documentedWrite(employeeFields.fields, {
  EmployeeId: fxIdentifier('employeeId'),
  FirstName: fxText(50),
  LastName: fxText(50),
  Email: fxEmail,
  Phone1: fxText(50),
  PersonalIdentityNumber: fxText(13),
  JobTitle: fxText(50),
  Inactive: z.boolean(),
  ScheduleId: fxText(10),
  CostCenter: fxText('costCenterCode'),
  HourlyPay: fxNumber,
  MonthlySalary: fxNumber,
  EmploymentForm: fxText(10),
});
export const EmployeeRecord = EmployeeWrite.required({ EmployeeId: true });
export type EmployeeRecord = z.infer<typeof EmployeeRecord>;

/**
 * Cause codes of attendance transactions the emulator accepts: the `CauseCode` enum of
 * Fortnox's published OpenAPI schema (three letters; BE2 and JO2 included).
 */
export const ATTENDANCE_CAUSE_CODES = [
  'ARB',
  'BE2',
  'BER',
  'FLX',
  'HLG',
  'JO2',
  'JOR',
  'MER',
  'OB1',
  'OB2',
  'OB3',
  'OB4',
  'OB5',
  'OK0',
  'OK1',
  'OK2',
  'OK3',
  'OK4',
  'OK5',
  'OT1',
  'OT2',
  'OT3',
  'OT4',
  'OT5',
  'RES',
  'TID',
] as const;

/** An attendance transaction; `id` (a UUID) is read-only and never sent on POST. */
export const AttendanceTransactionWrite = documentedWrite(attendanceTransactionFields.fields, {
  EmployeeId: fxIdentifier('employeeId'),
  CauseCode: z.enum(ATTENDANCE_CAUSE_CODES),
  Date: fxDate,
  Hours: fxNumber,
  CostCenter: fxText('costCenterCode'),
  Project: fxText(20),
});
export type AttendanceTransactionWrite = z.infer<typeof AttendanceTransactionWrite>;
export const AttendanceTransactionRecord = AttendanceTransactionWrite.required({
  EmployeeId: true,
  CauseCode: true,
  Date: true,
  Hours: true,
}).extend({ id: z.string() });
export type AttendanceTransactionRecord = z.infer<typeof AttendanceTransactionRecord>;
