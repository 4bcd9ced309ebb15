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

/**
 * A customer, article or document number. Fortnox numbers are strings (`"1001"`), but a
 * script or the HTTP control API often has a number (`1001`); both mean the same record.
 */
export type RecordNumber = string | number;

/** A price change made by a user. */
export interface UserPriceChange {
  articleNumber: RecordNumber;
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
  updateCustomer(customerNumber: RecordNumber, patch: CustomerWrite): void;
  deleteCustomer(customerNumber: RecordNumber): void;
  createArticle(article: ArticleWrite): string;
  updateArticle(articleNumber: RecordNumber, patch: ArticleWrite): void;
  setPrice(change: UserPriceChange): void;
  /** Creates an order; returns its document number. */
  createOrder(order: OrderWrite): string;
  cancelOrder(documentNumber: RecordNumber): void;
  /** Marks an invoice as sent (as printing it would). */
  sendInvoice(documentNumber: RecordNumber): void;
  bookkeepInvoice(documentNumber: RecordNumber): void;
  /** Registers a payment (default: the whole balance); returns the payment number. */
  payInvoice(documentNumber: RecordNumber, amount?: number): string;
  cancelInvoice(documentNumber: RecordNumber): void;
  creditInvoice(documentNumber: RecordNumber): void;
}

/** User actions on one tenant. */
export function userActions(context: () => DomainContext): UserActions {
  return {
    createCustomer: (c) => createCustomer(context(), parseFields(c, CustomerWrite)).CustomerNumber,
    updateCustomer: (n, p) =>
      void updateCustomer(context(), String(n), parseFields(p, CustomerWrite)),
    deleteCustomer: (n) => deleteCustomer(context(), String(n)),
    createArticle: (a) => createArticle(context(), parseFields(a, ArticleWrite)).ArticleNumber,
    updateArticle: (n, p) => void updateArticle(context(), String(n), parseFields(p, ArticleWrite)),
    setPrice(change) {
      const ctx = context();
      const input = {
        PriceList: change.priceList ?? defaultPriceList(ctx.tenant),
        ArticleNumber: String(change.articleNumber),
        FromQuantity: change.fromQuantity ?? 0,
        Price: change.price,
      };
      setPrice(ctx, input, false);
    },
    createOrder: (o) => createOrder(context(), parseFields(o, OrderWrite)).DocumentNumber,
    cancelOrder: (n) => void cancelOrder(context(), String(n)),
    sendInvoice: (n) => void sendInvoice(context(), String(n)),
    bookkeepInvoice: (n) => void bookkeepInvoice(context(), String(n)),
    payInvoice(n, amount) {
      const ctx = context();
      const invoice = getInvoice(ctx, String(n));
      return createPayment(ctx, { InvoiceNumber: String(n), Amount: amount ?? invoice.Balance })
        .Number;
    },
    cancelInvoice: (n) => void cancelInvoice(context(), String(n)),
    creditInvoice: (n) => void creditInvoice(context(), String(n)),
  };
}
