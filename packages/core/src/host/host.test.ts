import { describe, expect, it } from 'vitest';
import { Article } from './article.js';
import { Customer } from './customer.js';
import { Order } from './order.js';
import { findCustomField } from './primitives.js';

describe('host data model', () => {
  it('fills defaults for flags, lists and custom fields of an order', () => {
    const order = Order.parse({
      id: 'o1',
      kind: 'work',
      number: 'AO-1043',
      customerId: 'c1',
      orderDate: '2026-11-20',
    });
    expect(order).toMatchObject({
      actions: [],
      articleRows: [],
      comments: [],
      customFields: {},
      serviceObjectIds: [],
      invoiced: false,
      readyForInvoicing: false,
    });
  });

  it('rejects an unknown order kind and an impossible date', () => {
    const base = { id: 'o1', number: '1', customerId: 'c1' };
    expect(Order.safeParse({ ...base, kind: 'offer', orderDate: '2026-11-20' }).success).toBe(
      false,
    );
    expect(Order.safeParse({ ...base, kind: 'sales', orderDate: '2026-02-30' }).success).toBe(
      false,
    );
  });

  it('marks articles active and visible, and customers active, unless told otherwise', () => {
    const article = Article.parse({ id: 'a1', articleNumber: '12', description: 'Filter' });
    expect(article).toMatchObject({ active: true, hidden: false, type: 'stock' });
    const customer = Customer.parse({ id: 'c1', name: 'Bygg AB' });
    expect(customer).toMatchObject({ active: true, customFields: {} });
  });

  it('finds the first non-empty custom field among the names, in the order given', () => {
    const fields = { 'Er referens': '  ', referens: ' Anna ' };
    expect(findCustomField(fields, ['Er referens', 'referens'])).toBe('Anna');
    expect(findCustomField(fields, ['Referens'])).toBeUndefined();
    expect(findCustomField(undefined, ['referens'])).toBeUndefined();
  });
});
