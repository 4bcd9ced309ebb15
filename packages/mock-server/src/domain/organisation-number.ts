import { badRequest, FORTNOX_CODES } from '../http/fortnox-error.js';
import { luhnDigit } from '../seed/random.js';

const SWEDISH = /^(?:\d{2})?(\d{6})-?(\d{4})$/;

/**
 * Whether a Swedish organisation or personal identity number is well formed: 10 digits
 * (or 12 with the century), an optional dash, and a valid Luhn check digit.
 */
export function isValidSwedishOrganisationNumber(value: string): boolean {
  const match = SWEDISH.exec(value.trim());
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`;
  return luhnDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/**
 * Fortnox validates customers' organisation numbers; for Swedish customers the emulator
 * checks format and check digit (decisions/010). Other countries are not checked.
 */
export function checkOrganisationNumber(
  value: string | undefined,
  countryCode: string | undefined,
): void {
  if (!value || (countryCode && countryCode !== 'SE')) return;
  if (!isValidSwedishOrganisationNumber(value)) {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, `Ogiltigt organisationsnummer: ${value}`);
  }
}
