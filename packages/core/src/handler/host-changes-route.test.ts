import { afterEach, describe, expect, it } from 'vitest';
import type { Customer } from '../host/index.js';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import { ErrorBody, HostChangeAccepted } from './contract.js';
import { createFortnoxHandler } from './create-fortnox-handler.js';

const URL_ = 'http://app.test/api/fortnox/sync/host-changes';
let h: Harness | undefined;
afterEach(() => h?.close());

async function setup() {
  h = await startHarness({
    customers: [{ id: 'c-1', name: 'Bygg AB' }],
    settings: { syncUpdatedCustomers: true },
  });
  const handler = createFortnoxHandler(h.integration, {
    authorize: (request) =>
      request.headers.get('x-user')
        ? { id: 'u1', tenantId: request.headers.get('x-tenant') ?? HOST_TENANT, isAdmin: false }
        : null,
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    handler(
      new Request(URL_, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', 'x-user': 'u1', ...headers },
      }),
    );
  return { h, post };
}

describe('POST /sync/host-changes', { timeout: 30_000 }, () => {
  it('answers 202 and the changed customer reaches Fortnox after the debounced run', async () => {
    const { h, post } = await setup();
    const customer = (await h.registers.customers.findById('c-1')) as Customer;
    await h.registers.customers.upsert({ ...customer, name: 'Bygg & Måleri AB' });
    const response = await post({ register: 'customers', ids: ['c-1'] });
    expect(response.status).toBe(202);
    expect(HostChangeAccepted.parse(await response.json())).toEqual({
      register: 'customers',
      pending: 1,
    });
    await h.integration.hostChanges.idle();
    const number = customer.fortnoxCustomerNumber as string;
    expect(h.emulator.db.tenant(h.tenantId).customers.get(number)?.Name).toBe('Bygg & Måleri AB');
  });

  it('refuses an unknown register with 400 validation_failed', async () => {
    const { post } = await setup();
    const response = await post({ register: 'orders', ids: ['1'] });
    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).error.code).toBe('validation_failed');
  });

  it('refuses a cross-origin post with 403 csrf_refused and a user of another tenant with 404', async () => {
    const { post } = await setup();
    const foreign = await post(
      { register: 'customers', ids: ['c-1'] },
      { origin: 'https://evil.test' },
    );
    expect(foreign.status).toBe(403);
    expect(ErrorBody.parse(await foreign.json()).error.code).toBe('csrf_refused');
    const other = await post({ register: 'customers', ids: ['c-1'] }, { 'x-tenant': 'other' });
    expect(other.status).toBe(404);
  });
});
