/**
 * `@fortnox-kit/core/model`: the whole host data model, every part schema (decisions/081).
 * The root entry exports its main records (`Order`, `Customer`, `Article`, ...).
 */

// ## The host data model
export { Article, type ArticleInput, ArticleType } from './article.js';
export { Customer, type CustomerInput } from './customer.js';
export { Facility, type FacilityInput, ServiceObject } from './facility.js';
export { Order, type OrderInput, OrderKind } from './order.js';
export {
  Action,
  ArticleRow,
  FortnoxTarget,
  IntegrationReference,
  OrderComment,
} from './order-parts.js';
export { ContactPerson, User } from './people.js';
export {
  Address,
  CustomFields,
  findCustomField,
  HostId,
  IsoDate,
  IsoDateTime,
} from './primitives.js';
