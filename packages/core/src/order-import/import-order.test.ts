import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';

let h: Harness;
afterEach(() => h?.close());

/** An order a user makes inside Fortnox; returns its number and what it refers to. */
function orderMadeInFortnox(harness: Harness) {
  const tenant = harness.emulator.db.tenant(harness.tenantId);
  const customer = [...tenant.customers.values()][0];
  const article = [...tenant.articles.values()].find((a) => a.Active !== false);
  if (!customer || !article) throw new Error('seed has no customer or article');
  const documentNumber = harness.emulator.control.actAsUser(harness.tenantId).createOrder({
    CustomerNumber: customer.CustomerNumber,
    YourOrderNumber: 'PO-77',
    OrderRows: [
      { ArticleNumber: article.ArticleNumber, OrderedQuantity: 2, DeliveredQuantity: 2 },
      { Description: 'Leverans enligt avtal' },
    ],
  });
  return { documentNumber, customer, article };
}

// Every test runs the emulator and a whole OAuth connect; generous under a loaded CI.
describe('importOrder (setting 35)', { timeout: 30_000 }, () => {
  it('creates a host order from a Fortnox order, with its customer and articles resolved', async () => {
    h = await startHarness({ settings: { createOrderFromReference: true } });
    const made = orderMadeInFortnox(h);
    const imported = await h.integration.importOrder(made.documentNumber);
    const order = await h.hostOrders.findById(imported.orderId);
    const customer = await h.registers.customers.findById(order?.customerId ?? '');
    expect(customer?.fortnoxCustomerNumber).toBe(made.customer.CustomerNumber);
    expect(order).toMatchObject({
      kind: 'sales',
      customerOrderNumber: 'PO-77',
      description: 'Leverans enligt avtal',
      integrationReference: { target: 'order', documentNumber: made.documentNumber },
    });
    expect(order?.articleRows).toEqual([
      expect.objectContaining({ articleNumber: made.article.ArticleNumber, quantity: 2 }),
    ]);
    expect(await h.registers.articles.findByNumber(made.article.ArticleNumber)).toBeDefined();
    expect((await h.integration.getOrderStatus(imported.orderId)).reference?.documentNumber).toBe(
      made.documentNumber,
    );
  });

  it('creates the customer and the article in the host when they are not there', async () => {
    h = await startHarness({ settings: { createOrderFromReference: true }, connect: true });
    const user = h.emulator.control.actAsUser(h.tenantId);
    const customerNumber = user.createCustomer({ Name: 'Ny Kund AB', Email: 'ny@kund.se' });
    const articleNumber = user.createArticle({ ArticleNumber: 'NY-1', Description: 'Ny artikel' });
    const documentNumber = user.createOrder({
      CustomerNumber: customerNumber,
      OrderRows: [{ ArticleNumber: articleNumber, OrderedQuantity: 1, DeliveredQuantity: 1 }],
    });
    const imported = await h.integration.importOrder(documentNumber);
    const order = await h.hostOrders.findById(imported.orderId);
    expect((await h.registers.customers.findById(order?.customerId ?? ''))?.name).toBe(
      'Ny Kund AB',
    );
    expect((await h.registers.articles.findByNumber('NY-1'))?.description).toBe('Ny artikel');
  });

  it('gives a new host customer its country code, delivery address and Active from Fortnox (decisions/143)', async () => {
    h = await startHarness({ settings: { createOrderFromReference: true } });
    const user = h.emulator.control.actAsUser(h.tenantId);
    const customerNumber = user.createCustomer({
      Name: 'Fjord AS',
      Address1: 'Karl Johans gate 1',
      City: 'Oslo',
      CountryCode: 'NO',
      DeliveryAddress1: 'Lagervägen 9',
      DeliveryZipCode: '0150',
      DeliveryCity: 'Oslo',
      DeliveryCountryCode: 'NO',
      Active: false,
    });
    const documentNumber = user.createOrder({ CustomerNumber: customerNumber, OrderRows: [] });
    const imported = await h.integration.importOrder(documentNumber);
    const order = await h.hostOrders.findById(imported.orderId);
    expect(await h.registers.customers.findById(order?.customerId ?? '')).toMatchObject({
      address: { street: 'Karl Johans gate 1', city: 'Oslo', countryCode: 'NO' },
      deliveryAddress: {
        street: 'Lagervägen 9',
        zipCode: '0150',
        city: 'Oslo',
        countryCode: 'NO',
      },
      active: false,
    });
  });

  it('gives a new host article its VAT, type, purchase price and Active from Fortnox (decisions/143)', async () => {
    h = await startHarness({ settings: { createOrderFromReference: true } });
    const user = h.emulator.control.actAsUser(h.tenantId);
    const customerNumber = user.createCustomer({ Name: 'Ny Kund AB' });
    const articleNumber = user.createArticle({
      ArticleNumber: 'TJ-1',
      Description: 'Konsulttimme',
      Type: 'SERVICE',
      VAT: 12,
      PurchasePrice: 400,
      Active: false,
    });
    const documentNumber = user.createOrder({
      CustomerNumber: customerNumber,
      OrderRows: [{ ArticleNumber: articleNumber, OrderedQuantity: 1, DeliveredQuantity: 1 }],
    });
    await h.integration.importOrder(documentNumber);
    expect(await h.registers.articles.findByNumber('TJ-1')).toMatchObject({
      description: 'Konsulttimme',
      type: 'service',
      vat: 12,
      purchasePrice: 400,
      active: false,
    });
  });

  it('refuses when the setting is off, for an unknown number, and a second import of one order', async () => {
    h = await startHarness({ settings: { createOrderFromReference: false } });
    const made = orderMadeInFortnox(h);
    await expect(h.integration.importOrder(made.documentNumber)).rejects.toMatchObject({
      code: 'feature_disabled',
    });
    await h.integration.putSettings({ createOrderFromReference: true });
    await expect(h.integration.importOrder('999999')).rejects.toMatchObject({
      code: 'fortnox_order_not_found',
    });
    await h.integration.importOrder(made.documentNumber);
    await expect(h.integration.importOrder(made.documentNumber)).rejects.toMatchObject({
      code: 'already_imported',
    });
  });

  it('sends an imported order back to the same Fortnox order (setting 19)', async () => {
    h = await startHarness({
      settings: { createOrderFromReference: true, allowSendBeforeReady: true },
    });
    const made = orderMadeInFortnox(h);
    const imported = await h.integration.importOrder(made.documentNumber);
    const before = h.emulator.db.tenant(h.tenantId).orders.size;
    const { result } = await h.integration.sendOrder(imported.orderId);
    expect(result).toMatchObject({ updated: true, documentNumber: made.documentNumber });
    expect(h.emulator.db.tenant(h.tenantId).orders.size).toBe(before);
  });
});
