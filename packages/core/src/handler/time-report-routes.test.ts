import { afterEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import {
  CUSTOMER,
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../integration/host-fixture.test-support.js';
import { ErrorBody } from './contract.js';
import { createFortnoxHandler, type FortnoxHandler } from './create-fortnox-handler.js';
import { SendOrderResponse } from './send-response.js';
import { TimeReport } from './time-report-contract.js';

const BASE = 'http://app.test/api/fortnox';
let h: Harness;
let handler: FortnoxHandler;
afterEach(() => h?.close());

async function setup(settings = {}) {
  h = await startHarness({
    customers: [CUSTOMER],
    articles: [FILTER_ARTICLE],
    users: [{ id: 'u1', name: 'Anna Berg', employmentNumber: '1' }],
    orders: [
      readyWorkOrder('o1', {
        actions: [{ id: 'a1', date: '2026-01-05', userId: 'u1', description: 'Filter', hours: 2 }],
      }),
    ],
    settings: { sendTimeReport: true, ...settings },
  });
  handler = createFortnoxHandler(h.integration, {
    basePath: '/api/fortnox',
    authorize: (request) => ({
      id: 'u1',
      tenantId: request.headers.get('x-tenant') ?? HOST_TENANT,
      isAdmin: false,
    }),
  });
}

const call = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
  handler(
    new Request(`${BASE}${path}`, {
      method,
      headers: { 'x-fortnox-kit': '1', 'content-type': 'application/json', ...headers },
      body: method === 'GET' ? null : '{}',
    }),
  );

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('time report routes', { timeout: 30_000 }, () => {
  it('sends the time report on POST and shows it on GET, in the contract’s shape', async () => {
    await setup();
    const before = TimeReport.parse(await (await call('/orders/o1/time-report')).json());
    expect(before.lines).toEqual([expect.objectContaining({ state: 'not_reported', hours: 2 })]);
    const sent = await call('/orders/o1/time-report', 'POST');
    expect(sent.status).toBe(200);
    expect(TimeReport.parse(await sent.json()).lastRun).toMatchObject({ result: 'ok', created: 1 });
    const after = TimeReport.parse(await (await call('/orders/o1/time-report')).json());
    expect(after.lines).toEqual([
      expect.objectContaining({ userName: 'Anna Berg', date: '2026-01-05', state: 'reported' }),
    ]);
  });

  it('answers a wrong cause code with 422 at the setting, and the send says the time report failed', async () => {
    await setup({ timeReportCauseCode: 'XYZ' });
    const refused = await call('/orders/o1/time-report', 'POST');
    expect(refused.status).toBe(422);
    expect(ErrorBody.parse(await refused.json()).error).toMatchObject({
      code: 'missing_fortnox_code',
      field: 'timeReportCauseCode',
    });
    const sent = SendOrderResponse.parse(await (await call('/orders/o1/send', 'POST')).json());
    expect(sent.state).toBe('sent');
    expect(sent.timeReport?.lastRun).toMatchObject({
      result: 'failed',
      error: { code: 'missing_fortnox_code' },
    });
  });

  it('shows another tenant’s user nothing: 404', async () => {
    await setup();
    const response = await call('/orders/o1/time-report', 'POST', { 'x-tenant': 'other' });
    expect(response.status).toBe(404);
  });
});
