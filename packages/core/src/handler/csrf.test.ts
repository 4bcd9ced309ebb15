import { describe, expect, it } from 'vitest';
import { isWorkflowError } from '../integration/workflow-error.js';
import { checkCsrf, normalizeOrigins } from './csrf.js';

const URL_ = 'https://app.example.se/api/fortnox/orders/o1/send';

function verdict(headers: Record<string, string>, method = 'POST', allowed: string[] = []) {
  try {
    checkCsrf(new Request(URL_, { method, headers }), normalizeOrigins(allowed));
    return 'passed';
  } catch (error) {
    return isWorkflowError(error) ? error.code : 'threw something else';
  }
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('checkCsrf', () => {
  it('lets same-origin JSON and header-marked requests through', () => {
    expect(verdict({ ...JSON_TYPE, 'sec-fetch-site': 'same-origin' })).toBe('passed');
    expect(verdict({ ...JSON_TYPE, origin: 'https://app.example.se' })).toBe('passed');
    expect(verdict({ 'x-fortnox-kit': '1', origin: 'https://app.example.se' })).toBe('passed');
    expect(verdict({ 'content-type': 'application/json; charset=utf-8' })).toBe('passed');
  });

  it('refuses a cross-site request by Sec-Fetch-Site or by Origin', () => {
    expect(verdict({ ...JSON_TYPE, 'sec-fetch-site': 'cross-site' })).toBe('csrf_refused');
    expect(verdict({ ...JSON_TYPE, 'sec-fetch-site': 'same-site' })).toBe('csrf_refused');
    expect(verdict({ ...JSON_TYPE, origin: 'https://evil.example' })).toBe('csrf_refused');
    expect(verdict({ ...JSON_TYPE, origin: 'null' })).toBe('csrf_refused');
  });

  it('refuses the content types browsers send without a preflight, and none at all', () => {
    expect(verdict({ 'content-type': 'text/plain' })).toBe('csrf_refused');
    expect(verdict({ 'content-type': 'application/x-www-form-urlencoded' })).toBe('csrf_refused');
    expect(verdict({ 'content-type': 'multipart/form-data; boundary=x' })).toBe('csrf_refused');
    expect(verdict({})).toBe('csrf_refused');
    expect(verdict({ 'content-type': 'text/plain', 'x-fortnox-kit': '1' })).toBe('csrf_refused');
  });

  it('lets an origin from allowedOrigins through even when the browser says cross-site', () => {
    const headers = {
      ...JSON_TYPE,
      origin: 'https://admin.example.se',
      'sec-fetch-site': 'cross-site',
    };
    expect(verdict(headers)).toBe('csrf_refused');
    expect(verdict(headers, 'PUT', ['https://admin.example.se/'])).toBe('passed');
  });

  it('checks every state-changing method and no safe one', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(verdict({ origin: 'https://evil.example' }, method)).toBe('csrf_refused');
    }
    expect(verdict({ origin: 'https://evil.example' }, 'GET')).toBe('passed');
  });
});
