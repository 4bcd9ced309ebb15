import { describe, expect, it } from 'vitest';
import { isValidSwedishOrganisationNumber } from './organisation-number.js';

describe('isValidSwedishOrganisationNumber', () => {
  it.each(['556677-8899', '5566778899', '16556677-8899', '811218-9876'])('accepts %s', (value) => {
    expect(isValidSwedishOrganisationNumber(value)).toBe(true);
  });

  it.each(['556677-8890', '55667-8899', 'abc', '556677/8899'])('rejects %s', (value) => {
    expect(isValidSwedishOrganisationNumber(value)).toBe(false);
  });
});
