import { type DomainContext, resourceUrl } from '../domain/context.js';
import { checkReferences } from '../domain/references.js';
import { badRequest, FORTNOX_CODES, notFound } from '../http/fortnox-error.js';
import { listRecords } from '../http/list.js';
import { presentListItem, presentRecord } from '../http/present.js';
import { jsonResponse, noContent } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { parseWrapped, readJson, requireFields } from '../http/validate.js';
import { attendanceTransactionFields, employeeFields } from '../schemas/field-table/index.js';
import {
  type AttendanceTransactionRecord,
  AttendanceTransactionWrite,
  type EmployeeRecord,
  EmployeeWrite,
} from '../schemas/salary.js';

function employeeFull(ctx: DomainContext, e: EmployeeRecord) {
  return presentRecord(employeeFields, {
    '@url': resourceUrl(ctx, 'employees', e.EmployeeId),
    Inactive: false,
    ...e,
    FullName: `${e.FirstName ?? ''} ${e.LastName ?? ''}`.trim(),
  });
}

function getEmployee(ctx: DomainContext, id: string): EmployeeRecord {
  const found = ctx.tenant.employees.get(id);
  if (!found) throw notFound(`Kunde inte hitta anställd: ${id}`);
  return found;
}

function attendanceFull(ctx: DomainContext, a: AttendanceTransactionRecord) {
  return presentRecord(attendanceTransactionFields, {
    '@url': resourceUrl(ctx, 'attendancetransactions', a.id),
    ...a,
  });
}

function getAttendance(ctx: DomainContext, id: string): AttendanceTransactionRecord {
  const found = ctx.tenant.attendanceTransactions.get(id);
  if (!found) throw notFound(`Kunde inte hitta närvarotransaktion: ${id}`);
  return found;
}

function checkAttendance(ctx: DomainContext, write: AttendanceTransactionWrite): void {
  if (write.EmployeeId !== undefined && !ctx.tenant.employees.has(write.EmployeeId)) {
    throw badRequest(
      FORTNOX_CODES.noValidIdentifier,
      `Kunde inte hitta anställd: ${write.EmployeeId}`,
    );
  }
  checkReferences(ctx.tenant, { CostCenter: write.CostCenter });
}

/** `/3/employees` and `/3/attendancetransactions` (scope `salary`). */
export const salaryRoutes: Route[] = [
  route('GET', '/3/employees', 'salary', (ctx) =>
    jsonResponse(
      listRecords(
        ctx.tenant.employees,
        {
          // Fortnox's list key is `Employees` (its OpenAPI schema's EmployeeListItemWrap).
          collection: 'Employees',
          item: (e) => presentListItem(employeeFields, employeeFull(ctx, e)),
        },
        ctx.url.searchParams,
      ),
    ),
  ),
  route('GET', '/3/employees/:id', 'salary', (ctx) =>
    jsonResponse({ Employee: employeeFull(ctx, getEmployee(ctx, ctx.params[0] as string)) }),
  ),
  route('POST', '/3/employees', 'salary', async (ctx) => {
    const write = parseWrapped(await readJson(ctx.request), 'Employee', EmployeeWrite);
    const id = write.EmployeeId ?? ctx.tenant.employees.nextNumber();
    if (ctx.tenant.employees.has(id))
      throw badRequest(
        FORTNOX_CODES.emptyOrIncorrectBody,
        `Anställningsnummer ${id} används redan.`,
      );
    checkReferences(ctx.tenant, { CostCenter: write.CostCenter });
    const record = { ...write, EmployeeId: id };
    ctx.tenant.employees.set(id, record, ctx.now);
    return jsonResponse({ Employee: employeeFull(ctx, record) }, 201);
  }),
  route('PUT', '/3/employees/:id', 'salary', async (ctx) => {
    const id = ctx.params[0] as string;
    const current = getEmployee(ctx, id);
    const write = parseWrapped(await readJson(ctx.request), 'Employee', EmployeeWrite);
    if (write.EmployeeId !== undefined && write.EmployeeId !== id) {
      throw badRequest(FORTNOX_CODES.invalidFieldName, 'EmployeeId kan inte ändras.');
    }
    checkReferences(ctx.tenant, { CostCenter: write.CostCenter });
    const record = { ...current, ...write, EmployeeId: id };
    ctx.tenant.employees.set(id, record, ctx.now);
    return jsonResponse({ Employee: employeeFull(ctx, record) });
  }),
  route('GET', '/3/attendancetransactions', 'salary', (ctx) =>
    jsonResponse(
      listRecords(
        ctx.tenant.attendanceTransactions,
        {
          collection: 'AttendanceTransactions',
          item: (a) => presentListItem(attendanceTransactionFields, attendanceFull(ctx, a)),
          searchFields: { employeeid: (a) => a.EmployeeId, date: (a) => a.Date },
        },
        ctx.url.searchParams,
      ),
    ),
  ),
  route('GET', '/3/attendancetransactions/:employee/:date/:cause', 'salary', (ctx) => {
    const [employee, date, cause] = ctx.params as [string, string, string];
    const found = [...ctx.tenant.attendanceTransactions.values()].filter(
      (a) => a.EmployeeId === employee && a.Date === date && a.CauseCode === cause,
    );
    return jsonResponse({ AttendanceTransactions: found.map((a) => attendanceFull(ctx, a)) });
  }),
  route('GET', '/3/attendancetransactions/:id', 'salary', (ctx) =>
    jsonResponse({
      AttendanceTransaction: attendanceFull(ctx, getAttendance(ctx, ctx.params[0] as string)),
    }),
  ),
  route('POST', '/3/attendancetransactions', 'salary', async (ctx) => {
    const write = parseWrapped(
      await readJson(ctx.request),
      'AttendanceTransaction',
      AttendanceTransactionWrite,
    );
    requireFields(write, ['EmployeeId', 'CauseCode', 'Date', 'Hours']);
    checkAttendance(ctx, write);
    const record = { ...write, id: crypto.randomUUID() } as AttendanceTransactionRecord;
    ctx.tenant.attendanceTransactions.set(record.id, record, ctx.now);
    return jsonResponse({ AttendanceTransaction: attendanceFull(ctx, record) }, 201);
  }),
  route('PUT', '/3/attendancetransactions/:id', 'salary', async (ctx) => {
    const current = getAttendance(ctx, ctx.params[0] as string);
    const write = parseWrapped(
      await readJson(ctx.request),
      'AttendanceTransaction',
      AttendanceTransactionWrite,
    );
    checkAttendance(ctx, write);
    const record = { ...current, ...write };
    ctx.tenant.attendanceTransactions.set(record.id, record, ctx.now);
    return jsonResponse({ AttendanceTransaction: attendanceFull(ctx, record) });
  }),
  route('DELETE', '/3/attendancetransactions/:id', 'salary', (ctx) => {
    getAttendance(ctx, ctx.params[0] as string);
    ctx.tenant.attendanceTransactions.delete(ctx.params[0] as string);
    return noContent();
  }),
];
