import { expect } from 'vitest';
import { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/documents.js';
import type { OrderInput } from '../host/order.js';
import {
  IntegrationSettings,
  type IntegrationSettingsInput,
} from '../settings/integration-settings.js';
import type { MappingContextInput } from './context.js';
import { fixtureContext, fixtureOrder } from './golden.fixture.js';
import { type MappingResult, mapOrder } from './map-order.js';

// Test fixture: the golden document of the fixture order with every setting off.

export const ACTION_ROWS = [{ Description: 'Bytt filter' }, { Description: 'Felsökning' }];
export const ARTICLE_ROWS = [
  { ArticleNumber: '12', Description: 'Filter', OrderedQuantity: 1, DeliveredQuantity: 1 },
  {
    ArticleNumber: '20',
    Description: 'Arbetstid',
    OrderedQuantity: 2,
    DeliveredQuantity: 2,
    Unit: 'h',
  },
  { ArticleNumber: '12', Description: 'Filter', OrderedQuantity: 2, DeliveredQuantity: 2 },
  { ArticleNumber: '99', Description: 'Förbrukning', OrderedQuantity: 1, DeliveredQuantity: 1 },
];

export const BASE_DOCUMENT = {
  CustomerNumber: '1001',
  YourReference: 'Eva Lind',
  OurReference: 'AO-1043',
  YourOrderNumber: 'PO-5531',
  ExternalInvoiceReference1: 'AO-1043',
  DeliveryDate: '2026-11-25',
  OrderDate: '2026-11-20',
  OrderRows: [...ACTION_ROWS, ...ARTICLE_ROWS],
};

/** Maps the fixture order with these settings; asserts the document passes the Fortnox schema. */
export function golden(
  settings: IntegrationSettingsInput,
  order: Partial<OrderInput> = {},
  context: Partial<MappingContextInput> = {},
): MappingResult {
  const result = mapOrder(
    fixtureOrder(order),
    IntegrationSettings.parse(settings),
    fixtureContext(context),
  );
  const schema = result.target === 'order' ? FortnoxOrderInput : FortnoxInvoiceInput;
  expect(schema.parse(result.document)).toEqual(result.document);
  return result;
}

/** The document for these settings. */
export function doc(
  settings: IntegrationSettingsInput,
  order?: Partial<OrderInput>,
  context?: Partial<MappingContextInput>,
) {
  return golden(settings, order, context).document;
}
