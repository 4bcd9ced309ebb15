import { describe, expect, it } from 'vitest';
import {
  ConnectionState,
  ConnectRequest,
  ConnectResponse,
  ERROR_STATUS,
  ErrorBody,
  FortnoxErrorCode,
  HANDLER_ROUTES,
  HostChangeAccepted,
  ImportOrderRequest,
  OrderStatus,
  routePath,
  SyncRun,
} from './contract.js';
import { TimeReportRun } from './time-report-contract.js';

describe('handler contract', () => {
  it('gives every error code an HTTP error status', () => {
    for (const code of FortnoxErrorCode.options) {
      expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    }
  });

  it('accepts an error body with a field and rejects an unknown code', () => {
    const body = { error: { code: 'validation_failed', message: 'Bad', field: 'costCenter' } };
    expect(ErrorBody.parse(body)).toEqual(body);
    expect(ErrorBody.safeParse({ error: { code: 'oops', message: 'x' } }).success).toBe(false);
  });

  it('has no place for a token or key in the connection state', () => {
    const parsed = ConnectionState.parse({
      status: 'connected',
      company: { name: 'Kyltjänst AB', organisationNumber: '556677-8899' },
      subgroup: null,
      subgroups: null,
      connectedAt: '2026-11-28T08:00:00+01:00',
      accessToken: 'secret',
    });
    expect(parsed).not.toHaveProperty('accessToken');
  });

  it('takes ISO date-times with an offset and refuses other date formats', () => {
    const run = (startedAt: string) =>
      SyncRun.safeParse({
        id: 'r1',
        trigger: 'manual',
        startedAt,
        finishedAt: null,
        result: 'running',
        counts: {},
        errors: [],
      }).success;
    expect(run('2026-11-28T05:14:53.123Z')).toBe(true);
    expect(run('2026-11-28T06:14:53+01:00')).toBe(true);
    expect(run('2026-11-28T06:14+01:00')).toBe(true);
    expect(run('2026-11-28')).toBe(false);
    expect(run('2026-11-28T06:14:53')).toBe(false);
    expect(run('Sat, 28 Nov 2026 05:14:53 GMT')).toBe(false);
    expect(run('2026-13-45T29:00:00Z')).toBe(false);
  });

  it('sends the browser only to an http(s) consent page', () => {
    const ok = (authorizeUrl: string) => ConnectResponse.safeParse({ authorizeUrl }).success;
    expect(ok('https://apps.fortnox.se/oauth-v1/auth?client_id=x')).toBe(true);
    expect(ok('http://localhost:4010/oauth-v1/auth')).toBe(true);
    expect(ok('javascript:alert(1)')).toBe(false);
    expect(ok('/oauth-v1/auth')).toBe(false);
  });

  it('defaults a connect request to redirect mode for all groups', () => {
    expect(ConnectRequest.parse({})).toEqual({ subgroup: null, mode: 'redirect' });
  });

  it('accepts only digits as a Fortnox order number, trimming spaces', () => {
    expect(ImportOrderRequest.parse({ fortnoxOrderNumber: ' 1043 ' }).fortnoxOrderNumber).toBe(
      '1043',
    );
    expect(ImportOrderRequest.safeParse({ fortnoxOrderNumber: 'AO-1' }).success).toBe(false);
  });

  it('parses a sent order with its integration reference', () => {
    const status = OrderStatus.parse({
      orderId: 'o1',
      state: 'sent',
      reference: { target: 'order', documentNumber: '17' },
      invoice: null,
      canSend: false,
      canResend: true,
      lastError: null,
      sentAt: '2026-11-28T09:00:00Z',
    });
    expect(status.reference?.documentNumber).toBe('17');
  });

  it('parses a partial sync run with per-record errors', () => {
    const run = SyncRun.parse({
      id: 'r1',
      trigger: 'manual',
      startedAt: '2026-11-28T09:00:00Z',
      finishedAt: '2026-11-28T09:00:05Z',
      result: 'partial',
      counts: { customers: { created: 1, updated: 2, unchanged: 3, failed: 1 } },
      errors: [{ register: 'customers', recordId: 'c9', code: 'fortnox_error', message: 'x' }],
    });
    expect(run.errors).toHaveLength(1);
  });

  it('fills and encodes the order id in a route path', () => {
    expect(routePath('sendOrder', { orderId: 'AO 1/2' })).toBe('/orders/AO%201%2F2/send');
    expect(routePath('getConnection')).toBe('/connection');
    expect(() => routePath('invoicePdf')).toThrow(/orderId/);
  });

  it('marks the writes that change the integration as admin-only', () => {
    const admin = Object.entries(HANDLER_ROUTES)
      .filter(([, route]) => route.admin)
      .map(([name]) => name);
    expect(admin.sort()).toEqual(['connect', 'disconnect', 'exportArticles', 'putSettings']);
  });

  it('takes only whole numbers, 0 or more, as the counts of a sync run and a time report', () => {
    const sync = (created: number) =>
      SyncRun.safeParse({
        id: 'r1',
        trigger: 'manual',
        startedAt: '2026-11-28T09:00:00Z',
        finishedAt: null,
        result: 'ok',
        counts: { articles: { created, updated: 0, unchanged: 0, failed: 0 } },
        errors: [],
      }).success;
    const timeReport = (deleted: number) =>
      TimeReportRun.safeParse({
        at: '2026-11-28T09:00:00Z',
        result: 'ok',
        created: 0,
        updated: 0,
        deleted,
        unchanged: 0,
        failed: 0,
        error: null,
      }).success;
    for (const check of [sync, timeReport]) {
      expect(check(0)).toBe(true);
      expect(check(12)).toBe(true);
      expect(check(-1)).toBe(false);
      expect(check(1.5)).toBe(false);
      expect(check(Number.NaN)).toBe(false);
      expect(check(2 ** 53)).toBe(false);
    }
  });

  it('takes only a whole number as the pending count of a host change', () => {
    const pending = (n: unknown) =>
      HostChangeAccepted.safeParse({ register: 'customers', pending: n }).success;
    expect(pending(3)).toBe(true);
    expect(pending(2.5)).toBe(false);
    expect(pending('3')).toBe(false);
  });
});
