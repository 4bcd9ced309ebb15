import { describe, expect, it } from 'vitest';
import { IntegrationSettings } from '../settings/integration-settings.js';
import { isMappingError, MappingError } from './errors.js';
import { customer, fixtureContext, fixtureOrder } from './golden.fixture.js';
import { BASE_DOCUMENT, golden } from './golden-helpers.fixture.js';
import { mapOrder } from './map-order.js';

describe('mapOrder with every setting off', () => {
  it('makes a Fortnox order: references, customer order number, actions as text rows, then articles', () => {
    const result = golden({});
    expect(result).toEqual({
      target: 'order',
      document: BASE_DOCUMENT,
      warnings: [],
    });
  });

  it('is deterministic: the same input gives the same result', () => {
    expect(golden({ sortByActions: true, sumArticleRows: true })).toEqual(
      golden({ sortByActions: true, sumArticleRows: true }),
    );
  });
});

describe('mapOrder errors', () => {
  const settings = IntegrationSettings.parse({});

  it('throws customer-not-linked for a customer without Fortnox customer number', () => {
    const context = fixtureContext({ customer: { ...customer, fortnoxCustomerNumber: null } });
    expect(() => mapOrder(fixtureOrder(), settings, context)).toThrow(
      expect.objectContaining({ code: 'customer-not-linked' }),
    );
  });

  it('throws customer-mismatch when the context holds another customer', () => {
    const context = fixtureContext({ customer: { ...customer, id: 'c2' } });
    expect(() => mapOrder(fixtureOrder(), settings, context)).toThrow(MappingError);
  });

  it('throws invalid-article-number, naming the row, for an article number Fortnox cannot hold', () => {
    const order = fixtureOrder({ articleRows: [{ articleNumber: 'FILTER 12', quantity: 1 }] });
    try {
      mapOrder(order, settings, fixtureContext());
      expect.unreachable();
    } catch (error) {
      expect(isMappingError(error) && [error.code, error.path]).toEqual([
        'invalid-article-number',
        'articleRows[0].articleNumber',
      ]);
    }
  });

  it('throws invalid-today when the context’s date is not YYYY-MM-DD', () => {
    const context = fixtureContext({ today: '28/11/2026' });
    expect(() => mapOrder(fixtureOrder(), settings, context)).toThrow(
      expect.objectContaining({ code: 'invalid-today' }),
    );
  });

  it('throws facility-mismatch when the context holds another facility', () => {
    const context = fixtureContext({
      facility: { id: 'f9', name: 'X', customerId: 'c1', customFields: {} },
    });
    expect(() => mapOrder(fixtureOrder(), settings, context)).toThrow(
      expect.objectContaining({ code: 'facility-mismatch' }),
    );
  });
});
