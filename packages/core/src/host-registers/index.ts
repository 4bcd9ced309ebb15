export {
  ARTICLE_CSV_COLUMNS,
  type ArticleCsvOptions,
  articlesCsv,
  exportArticlesCsv,
  quoteCsv,
} from './article-csv.js';
export {
  type HostArticleRegister,
  type HostChangePage,
  type HostCustomerRegister,
  type HostRegister,
  type HostRegisters,
  type HostUpsert,
  normalizeEmail,
  normalizeOrganisationNumber,
} from './host-registers.js';
export type { HandlerUser, HostScope } from './host-scope.js';
export {
  createMemoryHostRegisters,
  type MemoryHostRegisters,
  type MemoryHostRegistersOptions,
} from './memory-host-registers.js';
