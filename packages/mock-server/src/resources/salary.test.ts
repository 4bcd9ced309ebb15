import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';

const f = useEmulator();

describe('employees and attendance transactions', () => {
  it('lists employees under Employees with their first and last names, and reads one', async () => {
    const list = await (await f.api('/3/employees')).json();
    expect(list.Employees.length).toBe(12);
    expect(list.EmployeeListItems).toBeUndefined();
    expect(list.Employees[0]).toMatchObject({
      FirstName: expect.any(String),
      LastName: expect.any(String),
    });
    const one = await (await f.api('/3/employees/1')).json();
    expect(one.Employee.EmployeeId).toBe('1');
  });

  it('limits EmployeeId to 15 characters', async () => {
    const res = await f.api('/3/employees', {
      method: 'POST',
      json: { Employee: { EmployeeId: 'x'.repeat(16), FirstName: 'A' } },
    });
    expect(res.status).toBe(400);
  });

  it('creates an attendance transaction with a server-assigned UUID id', async () => {
    const res = await f.api('/3/attendancetransactions', {
      method: 'POST',
      json: {
        AttendanceTransaction: {
          EmployeeId: '1',
          CauseCode: 'TID',
          Date: '2026-03-02',
          Hours: 7.5,
        },
      },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()).AttendanceTransaction;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await f.api(`/3/attendancetransactions/${id}`)).status).toBe(200);
    const byDay = await (await f.api('/3/attendancetransactions/1/2026-03-02/TID')).json();
    expect(byDay.AttendanceTransactions.map((a: { id: string }) => a.id)).toContain(id);
  });

  it('takes Hours as a numeric string and sends it back as a decimal string', async () => {
    const res = await f.api('/3/attendancetransactions', {
      method: 'POST',
      json: {
        AttendanceTransaction: {
          EmployeeId: '1',
          CauseCode: 'TID',
          Date: '2026-03-03',
          Hours: '7.5',
        },
      },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).AttendanceTransaction.Hours).toBe('7.50');
  });

  it('rejects an id on POST (it is read-only)', async () => {
    const res = await f.api('/3/attendancetransactions', {
      method: 'POST',
      json: {
        AttendanceTransaction: {
          id: 'x',
          EmployeeId: '1',
          CauseCode: 'TID',
          Date: '2026-03-02',
          Hours: 1,
        },
      },
    });
    expect(await errorCode(res)).toBe(2001399);
  });

  it('rejects an unknown employee and an unknown cause code', async () => {
    const unknownEmployee = await f.api('/3/attendancetransactions', {
      method: 'POST',
      json: {
        AttendanceTransaction: {
          EmployeeId: '999',
          CauseCode: 'TID',
          Date: '2026-03-02',
          Hours: 1,
        },
      },
    });
    expect(unknownEmployee.status).toBe(400);
    const unknownCause = await f.api('/3/attendancetransactions', {
      method: 'POST',
      json: {
        AttendanceTransaction: { EmployeeId: '1', CauseCode: 'NOPE', Date: '2026-03-02', Hours: 1 },
      },
    });
    expect(unknownCause.status).toBe(400);
  });

  it('needs the salary scope', async () => {
    const { accessToken } = f.emulator.issueTokens({
      clientId: f.clientId,
      tenantId: f.tenantId,
      scopes: ['customer'],
    });
    const res = await f.api('/3/employees', {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(403);
  });
});
