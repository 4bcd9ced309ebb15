import * as core from '@fortnox-kit/core';
import { describe, expect, it } from 'vitest';
import { createFortnoxApi } from './fortnox-api.js';
import { FortnoxBackendError, isFortnoxBackendError } from './fortnox-backend-error.js';

// Every `is…Error` guard of core's root entry: what a host's server code uses.
const coreGuards = (Object.entries(core) as [string, unknown][]).filter(
  (entry): entry is [string, (error: unknown) => boolean] =>
    /^is\w*Error$/.test(entry[0]) && typeof entry[1] === 'function',
);

describe('FortnoxBackendError', () => {
  it('is accepted by none of core’s error guards, name-based ones included', () => {
    expect(coreGuards.map(([name]) => name)).toEqual(
      expect.arrayContaining(['isFortnoxApiError', 'isFortnoxKitError', 'isFortnoxError']),
    );
    const error = new FortnoxBackendError({ status: 404, code: 'not_found', message: 'x' });
    const accepting = coreGuards.filter(([, guard]) => guard(error)).map(([name]) => name);
    expect(accepting).toEqual([]);
  });

  it('is not core’s FortnoxApiError, and core’s is not one', () => {
    const fortnox = new core.FortnoxApiError('Fortnox said no', { status: 400, code: 2000106 });
    expect(isFortnoxBackendError(fortnox)).toBe(false);
    const backend = new FortnoxBackendError({ status: 400, code: 'bad_request', message: 'x' });
    expect(backend).not.toBeInstanceOf(core.FortnoxKitError);
    expect(backend.name).not.toBe(fortnox.name);
  });

  it('carries the code, field and userMessage of the contract’s error body', async () => {
    const body = {
      error: {
        code: 'missing_fortnox_code',
        message: 'Cost center 900 does not exist in Fortnox.',
        field: 'costCenter',
        userMessage: { sv: 'Kostnadsställe 900 saknas.', en: 'Cost center 900 is missing.' },
      },
    };
    const api = createFortnoxApi({
      baseUrl: 'http://host.test/api/fortnox',
      transport: async () => Response.json(body, { status: 422 }),
    });
    const error = await api.getSettings().catch((e: unknown) => e);
    expect(isFortnoxBackendError(error)).toBe(true);
    expect(error).toMatchObject({ status: 422, ...body.error });
  });

  it('turns an error page that is not JSON into internal (forbidden for 403) with the status', async () => {
    const page = (status: number) =>
      createFortnoxApi({
        baseUrl: 'http://host.test/api/fortnox',
        transport: async () =>
          new Response('<html>Bad gateway</html>', {
            status,
            headers: { 'content-type': 'text/html' },
          }),
      })
        .getSettings()
        .catch((e: unknown) => e);
    expect(await page(502)).toMatchObject({ status: 502, code: 'internal', message: 'HTTP 502' });
    expect(await page(403)).toMatchObject({ status: 403, code: 'forbidden', message: 'HTTP 403' });
  });

  it('is recognised by name when it comes from another copy of the package', () => {
    const copy = Object.assign(new Error('x'), { name: 'FortnoxBackendError', code: 'internal' });
    expect(isFortnoxBackendError(copy)).toBe(true);
    expect(isFortnoxBackendError(new Error('x'))).toBe(false);
  });
});
