export * from './client/index.js';
export * from './connection/index.js';
export * from './documents-view/index.js';
export * from './env/index.js';
export * from './errors/index.js';
export * from './fortnox/documents/index.js';
export * from './fortnox/resources/index.js';
export * from './fortnox/schemas/index.js';
export {
  type CleanedText,
  checkFortnoxText,
  DEFAULT_CHARACTER_REPLACEMENTS,
  FORTNOX_IDENTIFIER_PATTERN,
  FORTNOX_LIMITS,
  FORTNOX_TEXT_PATTERN,
  type FortnoxLimitName,
  findInvalidCharacters,
  isFortnoxText,
  replaceInvalidCharacters,
  type TextIssue,
} from './fortnox/text-rules.js';
export * from './handler/index.js';
export * from './host/index.js';
export * from './host-registers/index.js';
export * from './integration/index.js';
export * from './invoice-status/index.js';
export * from './mapping/index.js';
export * from './order-import/index.js';
export * from './rate-limit/index.js';
export * from './send/index.js';
export * from './settings/index.js';
export * from './store/index.js';
export * from './sync/index.js';
export * from './time-report/index.js';
