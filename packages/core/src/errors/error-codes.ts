/**
 * English explanations for the Fortnox error codes integrations meet most, shown beside
 * Fortnox's (usually Swedish) message. Sources: fortnox-api.md §6.
 */
export const FORTNOX_ERROR_EXPLANATIONS: Readonly<Record<number, string>> = {
  1000003: 'Fortnox had an internal system error. Try again later.',
  1000030: 'The request had an unsupported Accept header; Fortnox expects application/json.',
  1000031: 'The request had an unsupported Content-Type; Fortnox expects application/json.',
  2000106: 'A field that must be alphanumeric (a number or code) contains other characters.',
  2000108: 'A field that must be numeric contains something else.',
  2000134: 'A field that must be a boolean (true/false) contains something else.',
  2000310: 'The Fortnox credentials are invalid.',
  2000311: 'The Fortnox access token is missing, invalid or expired.',
  2000359:
    'A text contains characters Fortnox does not allow (for example < > " | { } [ ] ~ or emoji).',
  2000401: 'The date falls in a locked accounting period.',
  2000423:
    'An account used by this document does not exist in Fortnox. Set up the preferred accounts in Fortnox.',
  2000433: 'The requested record was not found in Fortnox.',
  2000588: 'A request parameter is invalid (or not supported on this resource).',
  2000637:
    'The customer number is already used in Fortnox (numbers stay reserved even after a customer is deleted).',
  2000663:
    'The integration is not authorized for this part of Fortnox (scope missing). Reconnect and approve the required permissions.',
  2000729: 'No valid identifier was given.',
  2000947: 'The cost center does not exist or is inactive in Fortnox.',
  2001101: 'The Fortnox company has no licence for this module.',
  2001103: 'The Fortnox company has no API licence.',
  2001302: 'The article was not found in Fortnox.',
  2001304:
    'An account used by this document does not exist in Fortnox. Set up the preferred accounts in Fortnox.',
  2001339: 'The integration has no permission to list invoices.',
  2001392: 'The request body is empty or incorrectly wrapped.',
  2001399: 'The request contains a field Fortnox does not accept (misspelled or read-only).',
  2002115: 'The request body is not valid JSON.',
  2003498: 'The invoice must be finalized before it can be bookkept.',
  2003977: 'A document row has a quantity but neither an article nor a description.',
  2004167: 'With EasyVat, a row with a custom VAT rate needs an account number.',
};

/** The English explanation for a Fortnox error code, when the kit knows it. */
export function explainFortnoxErrorCode(code: number | undefined): string | undefined {
  return code === undefined ? undefined : FORTNOX_ERROR_EXPLANATIONS[code];
}

/** Codes that mean "the customer must authorize again" rather than "try again". */
export const RECONNECT_REQUIRED_CODES: ReadonlySet<number> = new Set([2000663]);

/** Codes that mean the credentials themselves are bad. */
export const AUTH_ERROR_CODES: ReadonlySet<number> = new Set([2000310, 2000311, 2000663]);
