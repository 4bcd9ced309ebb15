import { z } from 'zod';
import type { FortnoxRequester } from '../../client/request.js';
import { fortnoxCode } from '../documents/fields.js';
import {
  IdString,
  OptionalBoolean,
  OptionalFortnoxNumber,
  OptionalText,
} from '../schemas/primitives.js';
import { codeReference, whitelistedText } from '../schemas/write-fields.js';
import { createCrudOperations } from './resource-helpers.js';

/** An employee as Fortnox returns it (scope `salary`); unknown fields kept. */
export const FortnoxEmployee = z.looseObject({
  '@url': OptionalText,
  EmployeeId: IdString,
  FirstName: OptionalText,
  LastName: OptionalText,
  FullName: OptionalText,
  Email: OptionalText,
  Phone1: OptionalText,
  PersonalIdentityNumber: OptionalText,
  JobTitle: OptionalText,
  Inactive: OptionalBoolean,
  ScheduleId: OptionalText,
  CostCenter: OptionalText,
  HourlyPay: OptionalFortnoxNumber,
  MonthlySalary: OptionalFortnoxNumber,
  EmploymentForm: OptionalText,
});
/** An employee read from Fortnox. */
export type FortnoxEmployee = z.infer<typeof FortnoxEmployee>;

/** The writable employee fields. `EmployeeId` is auto-generated if omitted and immutable. */
export const FortnoxEmployeeWrite = z.object({
  EmployeeId: fortnoxCode('employeeId').optional(),
  FirstName: whitelistedText(50).optional(),
  LastName: whitelistedText(50).optional(),
  Email: whitelistedText(1024).optional(),
  Phone1: whitelistedText(50).optional(),
  PersonalIdentityNumber: whitelistedText(13).optional(),
  JobTitle: whitelistedText(50).optional(),
  Inactive: z.boolean().optional(),
  ScheduleId: whitelistedText(10).optional(),
  CostCenter: codeReference('costCenterCode').optional(),
  HourlyPay: z.number().finite().optional(),
  MonthlySalary: z.number().finite().optional(),
  EmploymentForm: whitelistedText(10).optional(),
});
/** What `employees.create` takes. */
export type FortnoxEmployeeWrite = z.input<typeof FortnoxEmployeeWrite>;

/** `/3/employees`: list, get, create, update (scope `salary`). */
export function createEmployeesResource(request: FortnoxRequester) {
  const crud = createCrudOperations<
    typeof FortnoxEmployee,
    typeof FortnoxEmployee,
    typeof FortnoxEmployeeWrite
  >(request, {
    path: 'employees',
    wrapper: 'Employee',
    // Fortnox lists employees under `Employees` (OpenAPI schema: EmployeeListItemWrap).
    listKey: 'Employees',
    item: FortnoxEmployee,
    full: FortnoxEmployee,
    write: FortnoxEmployeeWrite,
  });
  return { list: crud.list, get: crud.get, create: crud.create, update: crud.update };
}
/** The employees resource. */
export type EmployeesResource = ReturnType<typeof createEmployeesResource>;
