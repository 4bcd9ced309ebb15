import type { DomainContext } from '../domain/context.js';
import { parseFields } from '../http/validate.js';
import { createArticle, updateArticle } from '../resources/articles.js';
import { createCustomer, deleteCustomer, updateCustomer } from '../resources/customers.js';
import { ArticleWrite } from '../schemas/article.js';
import { CustomerWrite } from '../schemas/customer.js';

/**
 * What a user does inside Fortnox, outside the API: the same rules and side effects
 * (lastmodified, WebSocket events) as the API, without tokens or rate limits.
 */
export interface UserActions {
  createCustomer(customer: CustomerWrite): string;
  updateCustomer(customerNumber: string, patch: CustomerWrite): void;
  deleteCustomer(customerNumber: string): void;
  createArticle(article: ArticleWrite): string;
  updateArticle(articleNumber: string, patch: ArticleWrite): void;
}

/** User actions on the customers and articles of one tenant. */
export function registerActions(context: () => DomainContext): UserActions {
  return {
    createCustomer: (c) => createCustomer(context(), parseFields(c, CustomerWrite)).CustomerNumber,
    updateCustomer: (n, p) => void updateCustomer(context(), n, parseFields(p, CustomerWrite)),
    deleteCustomer: (n) => deleteCustomer(context(), n),
    createArticle: (a) => createArticle(context(), parseFields(a, ArticleWrite)).ArticleNumber,
    updateArticle: (n, p) => void updateArticle(context(), n, parseFields(p, ArticleWrite)),
  };
}
