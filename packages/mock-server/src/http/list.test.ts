import { describe, expect, it } from 'vitest';
import { errorCode, useEmulator } from '../test-support.js';
import { stockholmDateTime } from '../time.js';

const f = useEmulator();
const DATE_MESSAGE = 'Failed to format date. Not given in any of the valid formats.';

async function customersSince(value: string) {
  return f.api(`/3/customers?lastmodified=${encodeURIComponent(value)}`);
}

async function numbersSince(value: string): Promise<string[]> {
  const res = await customersSince(value);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { Customers: { CustomerNumber: string }[] };
  return body.Customers.map((c) => c.CustomerNumber);
}

/** Changes customer 3 now and returns the Stockholm time a minute earlier, `YYYY-MM-DD HH:MM:SS`. */
async function touchCustomer3(): Promise<string> {
  await f.api('/3/customers/3', { method: 'PUT', json: { Customer: { City: 'Lund' } } });
  return stockholmDateTime(f.emulator.clock.now() - 60_000);
}

describe('lastmodified', () => {
  it.each([
    '2000-13-45 25:61',
    '2026-02-30',
    '2026-02-29 10:00',
    '2026-01-01 24:00',
    '2026-01-01 12:60',
    '2026-01-01 12:00:60',
  ])('refuses %s, a time that does not exist, with 2000588', async (value) => {
    const res = await customersSince(value);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ErrorInformation: { error: 1, message: DATE_MESSAGE, code: 2000588 },
    });
  });

  it.each(['2026-01-01T10:00', '2026-1-1', '10:00', 'igår'])(
    'refuses the malformed value %s with 2000588',
    async (value) => {
      const res = await customersSince(value);
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe(2000588);
    },
  );

  it('accepts YYYY-MM-DD HH:MM and returns what changed since', async () => {
    const stamp = await touchCustomer3();
    expect(await numbersSince(stamp.slice(0, 16))).toEqual(['3']);
  });

  it('accepts YYYY-MM-DD HH:MM:SS (the date-time format Fortnox documents)', async () => {
    const stamp = await touchCustomer3();
    expect(await numbersSince(stamp)).toEqual(['3']);
  });

  it('accepts a date alone as midnight of that day', async () => {
    const stamp = await touchCustomer3();
    const tomorrow = stockholmDateTime(f.emulator.clock.now() + 86_400_000).slice(0, 10);
    expect(await numbersSince(stamp.slice(0, 10))).toContain('3');
    expect(await numbersSince(tomorrow)).toEqual([]);
  });

  it('accepts 29 February in a leap year', async () => {
    expect((await customersSince('2024-02-29 23:59')).status).toBe(200);
  });
});

describe('fromdate and todate', () => {
  it('refuses a date that does not exist with 2000588', async () => {
    const res = await f.api('/3/invoices?fromdate=2026-02-30');
    expect(res.status).toBe(400);
    expect((await res.json()).ErrorInformation).toMatchObject({
      code: 2000588,
      message: DATE_MESSAGE,
    });
  });

  it('refuses a date with a time, as Fortnox does', async () => {
    const res = await f.api(`/3/orders?todate=${encodeURIComponent('2026-03-01 11:23:38')}`);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(2000588);
  });
});
