import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createFortnoxError } from './create-fortnox-error.js';
import { FortnoxApiError, isFortnoxApiError } from './fortnox-api-error.js';
import { type FortnoxAuthError, isFortnoxAuthError } from './fortnox-auth-error.js';
import { isFortnoxError } from './fortnox-error.js';
import { isFortnoxNetworkError } from './fortnox-network-error.js';
import { FortnoxRateLimitError, isFortnoxRateLimitError } from './fortnox-rate-limit-error.js';
import { isFortnoxValidationError } from './fortnox-validation-error.js';

const fortnoxBody = (code: number, message: string) =>
  JSON.stringify({ ErrorInformation: { error: 1, message, code } });

// The ten codes integrations meet most (fortnox-api.md §6, §8), with Fortnox's Swedish text.
const COMMON_CODES: [number, string, RegExp][] = [
  [2000359, 'Ogiltiga tecken', /characters Fortnox does not allow/],
  [2001399, 'Ogiltigt fältnamn', /field Fortnox does not accept/],
  [2000106, 'Värdet måste vara alfanumeriskt', /must be alphanumeric/],
  [2000637, 'Kundnummer används redan', /customer number is already used/],
  [2000423, 'Kan inte hitta kontot.', /account .* does not exist/],
  [2000663, 'Har inte behörighet för scope', /not authorized .* Reconnect/],
  [2001101, 'Saknar licens', /no licence/],
  [2003498, 'Fakturan är inte färdigställd', /finalized before it can be bookkept/],
  [2000588, 'Ogiltig parameter', /parameter is invalid/],
  [2001392, 'Tom eller felaktig body', /body is empty or incorrectly wrapped/],
];

describe('createFortnoxError', () => {
  it.each(COMMON_CODES)(
    'explains code %i in English beside the Swedish message',
    (code, sv, en) => {
      const error = createFortnoxError({
        kind: 'response',
        status: code === 2000663 ? 403 : 400,
        body: fortnoxBody(code, sv),
      });
      const withCode = error as FortnoxApiError | FortnoxAuthError;
      expect(withCode.code).toBe(code);
      expect(withCode.fortnoxMessage).toBe(sv);
      expect(withCode.explanation).toMatch(en);
      expect(error.message).toContain(sv);
      expect(error.message).toMatch(en);
    },
  );

  it('reads lower- and upper-case ErrorInformation keys alike', () => {
    const body = JSON.stringify({ ErrorInformation: { Error: 1, Message: 'Fel', Code: 2000359 } });
    const error = createFortnoxError({ kind: 'response', status: 400, body }) as FortnoxApiError;
    expect(error.code).toBe(2000359);
    expect(error.fortnoxMessage).toBe('Fel');
  });

  it('builds an API error with status for an HTML 404', () => {
    const error = createFortnoxError({
      kind: 'response',
      status: 404,
      body: '<html>Not found</html>',
    });
    expect(error).toBeInstanceOf(FortnoxApiError);
    expect((error as FortnoxApiError).status).toBe(404);
    expect((error as FortnoxApiError).code).toBeUndefined();
  });

  it('makes 401 an auth error that does not require reconnecting, and a missing scope one that does', () => {
    const expired = createFortnoxError({
      kind: 'response',
      status: 401,
      body: fortnoxBody(2000311, 'Ogiltig inloggning'),
    });
    const noScope = createFortnoxError({
      kind: 'response',
      status: 403,
      body: fortnoxBody(2000663, 'Har inte behörighet för scope'),
    });
    expect(isFortnoxAuthError(expired) && expired.reconnectRequired).toBe(false);
    expect(isFortnoxAuthError(noScope) && noScope.reconnectRequired).toBe(true);
  });

  it('makes 429 a rate-limit error that is also an API error', () => {
    const error = createFortnoxError({
      kind: 'response',
      status: 429,
      body: '{"message":"Too Many Requests"}',
      attempts: 3,
    });
    expect(error).toBeInstanceOf(FortnoxRateLimitError);
    expect(isFortnoxApiError(error)).toBe(true);
    expect((error as FortnoxRateLimitError).attempts).toBe(3);
  });

  it('marks invalid_grant from the token endpoint as reconnect required', () => {
    const error = createFortnoxError({
      kind: 'oauth',
      status: 400,
      body: '{"error":"invalid_grant","error_description":"Invalid refresh token"}',
    });
    expect(isFortnoxAuthError(error)).toBe(true);
    expect((error as FortnoxAuthError).reconnectRequired).toBe(true);
    expect((error as FortnoxAuthError).oauthError).toBe('invalid_grant');
  });

  it('names the field in a validation error', () => {
    const error = createFortnoxError({
      kind: 'validation',
      source: 'request',
      issues: [{ field: 'Customer.Name', message: 'invalid characters: <' }],
    });
    expect(isFortnoxValidationError(error) && error.field).toBe('Customer.Name');
    expect(error.message).toContain('Customer.Name');
  });
});

describe('redaction', () => {
  const token = 'eyJhbGciOi.secretpayload.signature';
  const clientSecret = 'super-secret-client-value';

  it('keeps tokens, Authorization headers and the client secret out of every error', () => {
    const cause = Object.assign(new TypeError(`fetch failed for Bearer ${token}`), {
      request: { headers: { Authorization: `Bearer ${token}` } },
    });
    const errors = [
      createFortnoxError(
        {
          kind: 'network',
          cause,
          request: { method: 'GET', url: `https://x/3/customers?access_token=${token}` },
        },
        [token],
      ),
      createFortnoxError(
        {
          kind: 'response',
          status: 400,
          body: JSON.stringify({ message: `bad ${clientSecret}`, refresh_token: 'abcd1234' }),
        },
        [clientSecret],
      ),
      createFortnoxError(
        {
          kind: 'oauth',
          status: 401,
          body: `{"error":"invalid_client","error_description":"secret ${clientSecret} wrong"}`,
        },
        [clientSecret],
      ),
    ];
    for (const error of errors) {
      const dump = `${inspect(error, { depth: 10 })} ${JSON.stringify(error)} ${error.message}`;
      expect(dump).not.toContain(token);
      expect(dump).not.toContain(clientSecret);
      expect(dump).not.toContain('abcd1234');
    }
    expect(isFortnoxNetworkError(errors[0])).toBe(true);
  });
});

describe('guards', () => {
  it('recognise errors by name too (another bundled copy of the kit)', () => {
    const foreign = Object.assign(new Error('x'), { name: 'FortnoxRateLimitError' });
    expect(isFortnoxRateLimitError(foreign)).toBe(true);
    expect(isFortnoxApiError(foreign)).toBe(true);
    expect(isFortnoxError(foreign)).toBe(true);
    expect(isFortnoxAuthError(foreign)).toBe(false);
    expect(isFortnoxError(new Error('plain'))).toBe(false);
  });
});
