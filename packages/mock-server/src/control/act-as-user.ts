import type { DomainContext } from '../domain/context.js';
import {
  bookkeepInvoice,
  cancelInvoice,
  creditInvoice,
  sendInvoice,
} from '../domain/invoice-actions.js';
import { getInvoice } from '../domain/invoices.js';
import { cancelOrder, createOrder } from '../domain/orders.js';
import { parseFields } from '../http/validate.js';
import { createArticle, updateArticle } from '../resources/articles.js';
import { createCustomer, deleteCustomer, updateCustomer } from '../resources/customers.js';
import { createPayment } from '../resources/invoice-payments.js';
import { setPrice } from '../resources/prices.js';
import { ArticleWrite } from '../schemas/article.js';
import { CustomerWrite } from '../schemas/customer.js';
import { OrderWrite } from '../schemas/documents.js';
import { defaultPriceList } from '../store/tenant.js';

/** A price change made by a user. */
export interface UserPriceChange {
  articleNumber: string;
  price: number;
  /** @default the default price list */
  priceList?: string;
  /** @default 0 */
  fromQuantity?: number;
}

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
  setPrice(change: UserPriceChange): void;
  /** Creates an order; returns its document number. */
  createOrder(order: OrderWrite): string;
  cancelOrder(documentNumber: string): void;
  /** Marks an invoice as sent (as printing it would). */
  sendInvoice(documentNumber: string): void;
  bookkeepInvoice(documentNumber: string): void;
  /** Registers a payment (default: the whole balance); returns the payment number. */
  payInvoice(documentNumber: string, amount?: number): string;
  cancelInvoice(documentNumber: string): void;
  creditInvoice(documentNumber: string): void;
}

/** User actions on one tenant. */
export function userActions(context: () => DomainContext): UserActions {
  return {
    createCustomer: (c) => createCustomer(context(), parseFields(c, CustomerWrite)).CustomerNumber,
    updateCustomer: (n, p) => void updateCustomer(context(), n, parseFields(p, CustomerWrite)),
    deleteCustomer: (n) => deleteCustomer(context(), n),
    createArticle: (a) => createArticle(context(), parseFields(a, ArticleWrite)).ArticleNumber,
    updateArticle: (n, p) => void updateArticle(context(), n, parseFields(p, ArticleWrite)),
    setPrice(change) {
      const ctx = context();
      const input = {
        PriceList: change.priceList ?? defaultPriceList(ctx.tenant),
        ArticleNumber: change.articleNumber,
        FromQuantity: change.fromQuantity ?? 0,
        Price: change.price,
      };
      setPrice(ctx, input, false);
    },
    createOrder: (o) => createOrder(context(), parseFields(o, OrderWrite)).DocumentNumber,
    cancelOrder: (n) => void cancelOrder(context(), n),
    sendInvoice: (n) => void sendInvoice(context(), n),
    bookkeepInvoice: (n) => void bookkeepInvoice(context(), n),
    payInvoice(n, amount) {
      const ctx = context();
      const invoice = getInvoice(ctx, n);
      return createPayment(ctx, { InvoiceNumber: n, Amount: amount ?? invoice.Balance }).Number;
    },
    cancelInvoice: (n) => void cancelInvoice(context(), n),
    creditInvoice: (n) => void creditInvoice(context(), n),
  };
}
