import type { FortnoxDocumentRow as FortnoxDocumentRowRead } from '../fortnox/resources/document-schemas.js';
import type { FortnoxOrder as FortnoxOrderRead } from '../fortnox/resources/orders.js';
import { formatFortnoxDate } from '../fortnox/schemas/date-format.js';
import type { ArticleRow } from '../host/index.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { WorkflowDeps } from '../send/send-deps.js';

/** Dependencies of {@link importOrder}: those every workflow shares. */
export type ImportOrderDeps = WorkflowDeps;

/** The host order an import created. */
export interface ImportedOrder {
  orderId: string;
  orderNumber: string;
  documentNumber: string;
}

/**
 * "Hämta order" (setting 35): creates a host sales order from an order made in Fortnox.
 * The customer and the articles are looked up in the host registers (by link or number)
 * and created there when missing; the new order carries the Fortnox order as its
 * integration reference, so sending it later updates that same order.
 *
 * @example const { orderId } = await importOrder(deps, '42')
 */
export async function importOrder(
  deps: ImportOrderDeps,
  fortnoxOrderNumber: string,
): Promise<ImportedOrder> {
  const settings = await deps.settings();
  if (!settings.createOrderFromReference) {
    throw new WorkflowError(
      'feature_disabled',
      'Creating orders from a Fortnox reference is turned off ("Skapa order från referens").',
      { field: 'createOrderFromReference' },
    );
  }
  const documentNumber = fortnoxOrderNumber.trim();
  const existing = await deps.hostOrders.findByIntegrationReference({
    target: 'order',
    documentNumber,
  });
  if (existing) {
    throw new WorkflowError(
      'already_imported',
      `Fortnox order ${documentNumber} is already order ${existing.number}.`,
    );
  }
  const source = await deps.gateway.getOrder(documentNumber);
  if (!source) {
    throw new WorkflowError(
      'fortnox_order_not_found',
      `There is no order ${documentNumber} in Fortnox.`,
      {
        field: 'fortnoxOrderNumber',
      },
    );
  }
  const customerId = await hostCustomerId(deps, source);
  const rows = source.OrderRows ?? [];
  for (const row of rows) if (row.ArticleNumber) await ensureHostArticle(deps, row.ArticleNumber);
  const texts = rows.filter((r) => !r.ArticleNumber && r.Description).map((r) => r.Description);
  const order = await deps.hostOrders.create({
    kind: 'sales',
    customerId,
    orderDate: source.OrderDate ?? formatFortnoxDate(deps.clock.now()),
    deliveryDate: source.DeliveryDate,
    customerOrderNumber: source.YourOrderNumber,
    description: [source.Remarks, ...texts].filter(Boolean).join('\n') || undefined,
    articleRows: rows.flatMap(toArticleRow),
    integrationReference: { target: 'order', documentNumber },
  });
  return { orderId: order.id, orderNumber: order.number, documentNumber };
}

function toArticleRow(row: FortnoxDocumentRowRead): ArticleRow[] {
  if (!row.ArticleNumber) return [];
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return [
    {
      articleNumber: row.ArticleNumber,
      description: row.Description,
      quantity: num(row.DeliveredQuantity) ?? num(row.OrderedQuantity) ?? 0,
      unitPrice: num(row.Price),
      unit: row.Unit,
    },
  ];
}

async function hostCustomerId(deps: ImportOrderDeps, source: FortnoxOrderRead): Promise<string> {
  const number = source.CustomerNumber;
  if (!number)
    throw new WorkflowError(
      'fortnox_error',
      `Fortnox order ${source.DocumentNumber} has no customer.`,
    );
  const link = await deps.store.getLinkByFortnoxNumber(deps.connectionId, 'customers', number);
  if (link) return link.hostId;
  const known = await deps.registers.customers.findByNumber(number);
  const customer =
    known ??
    (await (async () => {
      const fx = await deps.gateway.getCustomer(number);
      return deps.registers.customers.upsert({
        name: fx?.Name ?? source.CustomerName ?? number,
        fortnoxCustomerNumber: number,
        organisationNumber: fx?.OrganisationNumber,
        email: fx?.Email,
        phone: fx?.Phone1,
        address: fx
          ? { street: fx.Address1, street2: fx.Address2, zipCode: fx.ZipCode, city: fx.City }
          : undefined,
      });
    })());
  await deps.store.putLinks([
    {
      connectionId: deps.connectionId,
      register: 'customers',
      hostId: customer.id,
      fortnoxNumber: number,
      syncedAt: deps.clock.now(),
    },
  ]);
  return customer.id;
}

async function ensureHostArticle(deps: ImportOrderDeps, articleNumber: string): Promise<void> {
  if (await deps.registers.articles.findByNumber(articleNumber)) return;
  const fx = await deps.gateway.getArticle(articleNumber);
  const article = await deps.registers.articles.upsert({
    articleNumber,
    description: fx?.Description ?? articleNumber,
    unit: fx?.Unit,
    price: typeof fx?.SalesPrice === 'number' ? fx.SalesPrice : null,
  });
  await deps.store.putLinks([
    {
      connectionId: deps.connectionId,
      register: 'articles',
      hostId: article.id,
      fortnoxNumber: articleNumber,
      syncedAt: deps.clock.now(),
    },
  ]);
}
