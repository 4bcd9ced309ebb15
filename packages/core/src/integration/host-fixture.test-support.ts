import type { ArticleInput, CustomerInput, OrderInput } from '../host/index.js';

/** The host customer most workflow tests send orders for. */
export const CUSTOMER: CustomerInput = { id: 'c1', name: 'Bygg AB', email: 'info@bygg.se' };

/** The one article on those orders. */
export const FILTER_ARTICLE: ArticleInput = {
  id: 'a1',
  articleNumber: 'FILTER-10',
  description: 'Oljefilter',
  unit: 'st',
  price: 149,
};

/** A work order for {@link CUSTOMER}, ready for invoicing, with one {@link FILTER_ARTICLE}. */
export function readyWorkOrder(id = 'o1', extra: Partial<OrderInput> = {}): OrderInput {
  return {
    id,
    kind: 'work',
    number: `AO-${id}`,
    customerId: CUSTOMER.id,
    orderDate: '2026-01-05',
    readyForInvoicing: true,
    articleRows: [{ articleNumber: FILTER_ARTICLE.articleNumber, quantity: 1 }],
    ...extra,
  };
}

/** Host registers and orders with one {@link readyWorkOrder}, for `startHarness`. */
export const oneReadyWorkOrder = () => ({
  customers: [CUSTOMER],
  articles: [FILTER_ARTICLE],
  orders: [readyWorkOrder()],
});
