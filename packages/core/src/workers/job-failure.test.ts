import { describe, expect, it } from 'vitest';
import { FortnoxApiError } from '../errors/fortnox-api-error.js';
import { FortnoxAuthError } from '../errors/fortnox-auth-error.js';
import { FortnoxNetworkError } from '../errors/fortnox-network-error.js';
import { FortnoxRateLimitError } from '../errors/fortnox-rate-limit-error.js';
import { FortnoxValidationError } from '../errors/fortnox-validation-error.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { MappingError } from '../mapping/errors.js';
import { TokenDecryptionError } from '../store/token-cipher.js';
import { SyncInProgressError } from '../sync/sync-in-progress-error.js';
import { describeJobFailure, isPermanentFailure, JobFailure } from './job-failure.js';

const api = (status: number) => new FortnoxApiError(`HTTP ${status}`, { status });

describe('isPermanentFailure', () => {
  it.each([
    ['a validation refusal', new WorkflowError('validation_failed', 'bad e-mail')],
    ['an unknown order', new WorkflowError('not_found', 'no order')],
    ['an order not ready', new WorkflowError('order_not_ready', 'not ready')],
    ['a closed connection', new WorkflowError('reconnect_needed', 'reconnect')],
    ['a connection never made', new WorkflowError('not_connected', 'not connected')],
    ['a mapping error', new MappingError('customer-not-linked', 'no customer')],
    ['a Fortnox 400', api(400)],
    ['a Fortnox 404', api(404)],
    ['a spent grant', new FortnoxAuthError('invalid_grant', { reconnectRequired: true })],
    ['tokens the key cannot decrypt', new TokenDecryptionError('wrong key')],
    [
      'a request body Fortnox would refuse',
      new FortnoxValidationError('too long', { issues: [], source: 'request' }),
    ],
    [
      'a send whose write Fortnox refused with 400',
      new WorkflowError('fortnox_error', 'refused', { cause: api(400) }),
    ],
  ])('is true for %s', (_, error) => {
    expect(isPermanentFailure(error)).toBe(true);
  });

  it.each([
    ['a Fortnox 503', api(503)],
    ['a Fortnox 500', api(500)],
    ['a Fortnox 429', new FortnoxRateLimitError('slow down')],
    ['a Fortnox 401 (the next attempt refreshes)', api(401)],
    ['a Fortnox 408', api(408)],
    [
      'an expired token',
      new FortnoxAuthError('expired', { reconnectRequired: false, status: 401 }),
    ],
    ['no answer', new FortnoxNetworkError('reset')],
    ['a timeout', new FortnoxNetworkError('timeout', { timeout: true })],
    ['an order another send holds', new WorkflowError('send_in_progress', 'busy')],
    ['a connection another sync holds', new SyncInProgressError('c1', null)],
    [
      'a write Fortnox did not answer',
      new WorkflowError('fortnox_error', 'no answer', { cause: new FortnoxNetworkError('reset') }),
    ],
    ['an unexpected error', new TypeError('x is undefined')],
    ['a thrown string', 'boom'],
  ])('is false for %s', (_, error) => {
    expect(isPermanentFailure(error)).toBe(false);
  });
});

describe('describeJobFailure', () => {
  it('keeps a workflow error code, field and user message, and parses as a JobFailure', () => {
    const userMessage = { sv: 'Rätta e-postadressen.', en: 'Correct the e-mail address.' };
    const failure = describeJobFailure(
      new WorkflowError('validation_failed', 'Customer c9: bad e-mail', {
        field: 'email',
        userMessage,
      }),
    );
    expect(failure).toEqual({
      code: 'validation_failed',
      message: 'Customer c9: bad e-mail',
      field: 'email',
      userMessage,
      permanent: true,
      error: 'WorkflowError',
    });
    expect(JobFailure.parse(failure)).toEqual(failure);
  });

  it('gives a mapping error the validation_failed code with its path as the field', () => {
    const failure = describeJobFailure(
      new MappingError('invalid-article-number', 'bad number', { path: 'articleRows[0]' }),
    );
    expect(failure).toMatchObject({
      code: 'validation_failed',
      field: 'articleRows[0]',
      permanent: true,
    });
  });

  it('records an unexpected error with its name and message, a bearer token redacted, and the internal user message', () => {
    const failure = describeJobFailure(
      new Error('fetch failed: Authorization: Bearer abc.def.ghi'),
    );
    expect(failure.code).toBe('internal');
    expect(failure.message).toBe('Error: fetch failed: Authorization: Bearer [REDACTED]');
    expect(failure.userMessage.en).toEqual(expect.any(String));
    expect(failure.permanent).toBe(false);
  });

  it('records a 429 as rate_limited and a spent grant as reconnect_needed', () => {
    expect(describeJobFailure(new FortnoxRateLimitError('slow')).code).toBe('rate_limited');
    const spent = new FortnoxAuthError('invalid_grant', { reconnectRequired: true });
    expect(describeJobFailure(spent)).toMatchObject({ code: 'reconnect_needed', permanent: true });
  });
});
