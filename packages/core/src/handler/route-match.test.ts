import { describe, expect, it } from 'vitest';
import { isWorkflowError } from '../integration/workflow-error.js';
import { matchRoute } from './route-match.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isWorkflowError(error) ? error.code : 'not a WorkflowError';
  }
  return undefined;
}

describe('matchRoute', () => {
  it('finds each route by its exact path below the mount point', () => {
    expect(matchRoute('POST', '/connection/connect')).toEqual({ name: 'connect' });
    expect(matchRoute('GET', '/connection')).toEqual({ name: 'getConnection' });
    expect(matchRoute('DELETE', '/connection')).toEqual({ name: 'disconnect' });
  });

  it('decodes the order id and tells the import route from an order id', () => {
    expect(matchRoute('POST', '/orders/AO%201%2F2/send')).toEqual({
      name: 'sendOrder',
      orderId: 'AO 1/2',
    });
    expect(matchRoute('POST', '/orders/import')).toEqual({ name: 'importOrder' });
    expect(matchRoute('GET', '/orders/o1/invoice.pdf')).toEqual({
      name: 'invoicePdf',
      orderId: 'o1',
    });
  });

  it('misses unknown paths, wrong methods, partial segments, prefixes and trailing slashes', () => {
    expect(matchRoute('GET', '/nope')).toBeUndefined();
    expect(matchRoute('PATCH', '/settings')).toBeUndefined();
    expect(matchRoute('GET', '/mysettings')).toBeUndefined();
    expect(matchRoute('GET', '/orders/o1/invoicexpdf')).toBeUndefined();
    expect(matchRoute('GET', '/anything/settings')).toBeUndefined();
    expect(matchRoute('GET', '/settings/')).toBeUndefined();
    expect(matchRoute('GET', '/orders//status')).toBeUndefined();
  });

  it('refuses dot segments, plain or percent-encoded, as bad_request', () => {
    expect(codeOf(() => matchRoute('GET', '/orders/x/../../settings'))).toBe('bad_request');
    expect(codeOf(() => matchRoute('GET', '/orders/%2E%2e/status'))).toBe('bad_request');
    expect(codeOf(() => matchRoute('GET', '/./settings'))).toBe('bad_request');
  });

  it('refuses an order id with a malformed percent-escape as bad_request', () => {
    expect(codeOf(() => matchRoute('GET', '/orders/%E0%A4%A/status'))).toBe('bad_request');
    expect(codeOf(() => matchRoute('POST', '/orders/%/send'))).toBe('bad_request');
  });
});
