/**
 * Fortnox's error codes as the emulator answers them. Codes marked UNVERIFIED in the
 * reference are chosen here once and recorded in decisions/010.
 */
export const FORTNOX_CODES = {
  systemError: 1000003,
  notAlphanumeric: 2000106,
  notNumeric: 2000108,
  notBoolean: 2000134,
  invalidCredentials: 2000311,
  invalidCharacters: 2000359,
  invalidParameter: 2000588,
  customerNumberUsed: 2000637,
  noScopePermission: 2000663,
  noValidIdentifier: 2000729,
  inactiveCostCenter: 2000947,
  articleNotFound: 2001302,
  emptyOrIncorrectBody: 2001392,
  invalidFieldName: 2001399,
  jsonSyntax: 2002115,
  notFinalized: 2003498,
  incompleteRow: 2003977,
  // UNVERIFIED: the code for changing a cancelled, invoiced or booked document.
  documentLocked: 2001392,
  // UNVERIFIED: the code for deleting a customer or article that documents still use.
  recordInUse: 2001392,
  // UNVERIFIED: Fortnox's "not found" code for most entities; 2000433 is used for all but articles.
  notFound: 2000433,
} as const;

/** A Fortnox API error about to be answered as `{"ErrorInformation":{...}}`. */
export class FortnoxApiError extends Error {
  override readonly name = 'FortnoxApiError';
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Shorthand for a 400 validation error. */
export function badRequest(code: number, message: string): FortnoxApiError {
  return new FortnoxApiError(400, code, message);
}

/** Shorthand for a 404 with a Fortnox body (an entity that does not exist). */
export function notFound(message: string, code: number = FORTNOX_CODES.notFound): FortnoxApiError {
  return new FortnoxApiError(404, code, message);
}

/** The JSON body Fortnox sends with every API error (lower-case keys). */
export function errorBody(code: number, message: string) {
  return { ErrorInformation: { error: 1, message, code } };
}
