import { describe, expect, it } from 'vitest';
import { WorkflowError } from '../integration/workflow-error.js';
import { MappingError } from '../mapping/errors.js';
import { TokenDecryptionError } from '../store/token-cipher.js';
import { SyncInProgressError } from '../sync/sync-in-progress-error.js';
import { FortnoxApiError } from './fortnox-api-error.js';
import { FortnoxAuthError } from './fortnox-auth-error.js';
import { FortnoxError, isFortnoxError } from './fortnox-error.js';
import {
  FORTNOX_KIT_ERROR_NAMES,
  FortnoxKitError,
  isFortnoxKitError,
} from './fortnox-kit-error.js';
import { FortnoxNetworkError } from './fortnox-network-error.js';
import { FortnoxRateLimitError } from './fortnox-rate-limit-error.js';
import { FortnoxValidationError } from './fortnox-validation-error.js';

const fromFortnox: Error[] = [
  new FortnoxError('x'),
  new FortnoxApiError('x', { status: 400 }),
  new FortnoxAuthError('x', { reconnectRequired: true }),
  new FortnoxRateLimitError('x'),
  new FortnoxNetworkError('x'),
  new FortnoxValidationError('x', { issues: [{ field: 'Name', message: 'x' }], source: 'request' }),
];
const fromTheKit: Error[] = [
  new WorkflowError('not_connected', 'x'),
  new MappingError('customer-not-linked', 'x'),
  new SyncInProgressError('c1', null),
  new TokenDecryptionError('x'),
];

describe('FortnoxKitError, the one error root', () => {
  it.each([...fromFortnox, ...fromTheKit].map((e) => [e.name, e]))(
    '%s is a FortnoxKitError, found by instanceof and by the guard',
    (_, error) => {
      expect(error).toBeInstanceOf(FortnoxKitError);
      expect(isFortnoxKitError(error)).toBe(true);
      expect(FORTNOX_KIT_ERROR_NAMES).toContain(error.name);
    },
  );

  it('keeps FortnoxError for what Fortnox said: the kit’s own refusals are not under it', () => {
    for (const error of fromFortnox) expect(isFortnoxError(error)).toBe(true);
    for (const error of fromTheKit) {
      expect(error).not.toBeInstanceOf(FortnoxError);
      expect(isFortnoxError(error)).toBe(false);
    }
  });

  it('recognises an error of another copy of the kit by its name, and nothing else', () => {
    const copy = Object.assign(new Error('x'), { name: 'WorkflowError' });
    expect(isFortnoxKitError(copy)).toBe(true);
    expect(isFortnoxKitError(new Error('x'))).toBe(false);
    expect(isFortnoxKitError({ name: 'WorkflowError' })).toBe(false);
  });

  it('keeps the cause it was given', () => {
    const cause = new Error('underneath');
    expect(new WorkflowError('internal', 'x', { cause }).cause).toBe(cause);
    expect(new MappingError('invalid-today', 'x', { cause }).cause).toBe(cause);
    expect('cause' in new WorkflowError('internal', 'x')).toBe(false);
  });
});
