import { afterEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  HOST_TENANT,
  startHarness,
} from '../integration/emulator-harness.test-support.js';
import { oneReadyWorkOrder } from '../integration/host-fixture.test-support.js';
import { ErrorBody } from './contract.js';
import { createFortnoxHandler } from './create-fortnox-handler.js';
import type { FortnoxHandlerOptions } from './handler-options.js';

let h: Harness;
afterEach(() => h?.close());

const BASE = 'http://app.test/api/fortnox';
const get = (path: string) => new Request(`${BASE}${path}`);

async function handlerWith(options: Partial<FortnoxHandlerOptions>) {
  h = await startHarness(oneReadyWorkOrder());
  return createFortnoxHandler(h.integration, {
    authorize: () => ({ id: 'u1', tenantId: HOST_TENANT, isAdmin: true }),
    ...options,
  });
}

describe('createFortnoxHandler refusals and reports', { timeout: 30_000 }, () => {
  it('answers 404 on every route to a user of another tenant', async () => {
    const handler = await handlerWith({
      authorize: () => ({ id: 'u9', tenantId: 'another-tenant', isAdmin: true }),
    });
    for (const path of ['/connection', '/settings', '/orders/o1/status', '/sync/status']) {
      const response = await handler(get(path));
      expect(response.status, path).toBe(404);
      expect(ErrorBody.parse(await response.json()).error.code).toBe('not_found');
    }
  });

  it('mounts at /api/fortnox by default and nowhere else', async () => {
    const handler = await handlerWith({});
    expect((await handler(get('/settings'))).status).toBe(200);
    expect((await handler(new Request('http://app.test/settings'))).status).toBe(404);
  });

  it('reports a 4xx to logger.debug by code and never to onError', async () => {
    const reported: unknown[] = [];
    const logged: unknown[] = [];
    const handler = await handlerWith({
      onError: (error) => reported.push(error),
      logger: { debug: (_message, fields) => logged.push(fields?.code) },
    });
    expect((await handler(get('/nope'))).status).toBe(404);
    const refused = await handler(new Request(`${BASE}/sync`, { method: 'POST', body: 'x' }));
    expect(refused.status).toBe(403);
    expect(logged).toEqual(['not_found', 'csrf_refused']);
    expect(reported).toEqual([]);
  });

  it('hands an unexpected error to onError with a generic 500 body', async () => {
    const reported: unknown[] = [];
    const handler = await handlerWith({
      authorize: () => {
        throw new Error('session store down');
      },
      onError: (error) => reported.push(error),
    });
    const response = await handler(get('/settings'));
    expect(response.status).toBe(500);
    expect(ErrorBody.parse(await response.json()).error.message).not.toMatch(/session store/);
    expect(reported).toHaveLength(1);
  });
});
