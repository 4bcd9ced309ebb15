export { FORTNOX_TIME_ZONE, formatFortnoxDate, formatLastModified } from './date-format.js';
export { MetaInformation } from './meta-information.js';
export {
  FortnoxNumber,
  hasFortnoxReference,
  IdString,
  isNoRight,
  NO_RIGHT,
  type NoRight,
  OptionalBoolean,
  OptionalFortnoxDate,
  OptionalFortnoxNumber,
  OptionalText,
} from './primitives.js';
export { codeReference, whitelistedText } from './write-fields.js';
