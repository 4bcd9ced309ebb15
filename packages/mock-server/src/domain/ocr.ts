import { luhnDigit } from '../seed/random.js';

/**
 * An OCR reference for an invoice number, Swedish style: the number, a length digit and a
 * Luhn check digit (what Fortnox generates by default).
 */
export function ocrFor(documentNumber: string): string {
  const withLength = `${documentNumber}${(documentNumber.length + 2) % 10}`;
  return `${withLength}${luhnDigit(withLength)}`;
}
