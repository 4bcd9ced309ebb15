import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkflowError } from '../integration/workflow-error.js';
import { createMappingContext } from '../mapping/context.js';
import { isMappingError } from '../mapping/errors.js';
import { articles, customer, serviceObjects, users } from '../mapping/golden.fixture.js';
import { mapOrder } from '../mapping/map-order.js';
import { IntegrationSettings } from '../settings/integration-settings.js';
import { parseHostOrder } from './parse-host-order.js';

// Quantities as hosts give them: numbers with a few decimals, or the same as decimal text
// (a PostgreSQL numeric column), and now and then one the schema must refuse.
const goodQuantity = fc
  .integer({ min: -1_000_000_000, max: 1_000_000_000 })
  .map((n) => n / 1000)
  .chain((q) => fc.constantFrom<number | string>(q, String(q)));
const badQuantity = fc.constantFrom<unknown>(1e300, 1e15 + 0.5, 'tre', '2,5', '', null, undefined);
const row = fc.record({
  articleNumber: fc.constantFrom('12', '20', '99', 'NY-1'),
  quantity: fc.oneof(
    { weight: 30, arbitrary: goodQuantity },
    { weight: 1, arbitrary: badQuantity },
  ),
  unitPrice: fc.option(fc.constantFrom(149, 95.5, 0), { nil: undefined }),
  unit: fc.option(fc.constantFrom('st', 'h'), { nil: undefined }),
  date: fc.option(fc.constantFrom('2026-11-18', '2026-11-20'), { nil: undefined }),
  userId: fc.option(fc.constantFrom('u1', 'u2', 'u404'), { nil: undefined }),
  serviceObjectId: fc.option(fc.constantFrom('s1', 's404'), { nil: undefined }),
  hidden: fc.option(fc.boolean(), { nil: undefined }),
});
// Every setting that merges, hides, sorts or splits rows, in every combination.
const settingsInput = fc.record({
  sumArticleRows: fc.boolean(),
  noSumArticleNumbers: fc.constantFrom('', '12', '12;20'),
  excludeHiddenArticles: fc.boolean(),
  sortByActions: fc.boolean(),
  sortArticlesByDate: fc.boolean(),
  includeServiceObjectOnRow: fc.boolean(),
  setPricesOnRows: fc.boolean(),
  noPriceArticleNumbers: fc.constantFrom('', '20'),
  includeUserCostCenterOnRows: fc.boolean(),
  includeTechnicianOnRows: fc.boolean(),
  createInvoice: fc.boolean(),
});

const isGood = (q: unknown) =>
  (typeof q === 'number' || (typeof q === 'string' && q !== '')) &&
  Math.abs(Number(q)) <= 1_000_000;

describe('a host order on the send path', () => {
  it('keeps every non-hidden row’s quantity in the document, or refuses the order naming the row, over 2,000 orders and settings', () => {
    let mapped = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), settingsInput, (rows, rawSettings) => {
        const raw = {
          id: 'o1',
          kind: 'work',
          number: 'AO-1',
          customerId: 'c1',
          orderDate: '2026-11-20',
          articleRows: rows,
        };
        const firstBad = rows.findIndex((r) => !isGood(r.quantity));
        let order: ReturnType<typeof parseHostOrder>;
        try {
          order = parseHostOrder(raw);
        } catch (error) {
          expect(isWorkflowError(error) && error.code).toBe('validation_failed');
          expect(isWorkflowError(error) && error.field).toBe(`articleRows[${firstBad}].quantity`);
          return;
        }
        expect(firstBad).toBe(-1);
        const settings = IntegrationSettings.parse(rawSettings);
        const context = createMappingContext({
          customer: { ...customer, fortnoxCustomerNumber: '1001' },
          users,
          articles,
          serviceObjects,
          today: '2026-11-28',
        });
        let result: ReturnType<typeof mapOrder>;
        try {
          result = mapOrder(order, settings, context);
        } catch (error) {
          expect(isMappingError(error), String(error)).toBe(true);
          return;
        }
        mapped++;
        const written =
          result.target === 'order' ? result.document.OrderRows : result.document.InvoiceRows;
        const expected = new Map<string, number>();
        order.articleRows.forEach((r, i) => {
          const hidden =
            r.hidden ?? articles.find((a) => a.articleNumber === r.articleNumber)?.hidden ?? false;
          if (settings.excludeHiddenArticles && hidden) {
            // Left out on purpose, and said so for that row.
            expect(result.warnings.some((w) => w.field === `articleRows[${i}]`)).toBe(true);
            return;
          }
          expected.set(r.articleNumber, (expected.get(r.articleNumber) ?? 0) + r.quantity);
        });
        const actual = new Map<string, number>();
        for (const w of written ?? []) {
          if (!w.ArticleNumber) continue;
          actual.set(
            w.ArticleNumber,
            (actual.get(w.ArticleNumber) ?? 0) + (w.DeliveredQuantity ?? Number.NaN),
          );
        }
        expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [article, quantity] of expected) {
          expect(actual.get(article)).toBeCloseTo(quantity, 3);
        }
      }),
      { numRuns: 2_000, seed: 19 },
    );
    // The property says something only if most orders got as far as a document.
    expect(mapped).toBeGreaterThan(1_000);
  }, 120_000);
});
