import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/documents.js';
import { replaceInvalidCharacters } from '../fortnox/text-rules.js';
import { Order, type OrderInput } from '../host/order.js';
import {
  IntegrationSettings,
  type IntegrationSettingsInput,
} from '../settings/integration-settings.js';
import { createMappingContext } from './context.js';
import { isMappingError } from './errors.js';
import { articles, customer, facility, serviceObjects, users } from './golden.fixture.js';
import { mapOrder } from './map-order.js';

// Any text: printable Unicode, raw code points (emoji, control characters, lone
// surrogates), characters Fortnox rejects, long runs.
// Lengths around Fortnox's limits (30, 50, 80, 255, 1024).
const nearLimit = fc
  .constantFrom(29, 30, 31, 49, 50, 51, 55, 79, 81, 254, 255, 256, 300, 1023, 1024, 1025, 1500)
  .chain((n) => fc.string({ unit: 'grapheme-composite', minLength: n, maxLength: n }));
const words = fc
  .array(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }), {
    maxLength: 200,
    size: 'max',
  })
  .map((parts) => parts.join(' '));
// Any text: printable Unicode, raw code points (emoji, control characters, lone
// surrogates), characters Fortnox rejects, long runs.
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 80, size: 'max' }),
  fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }),
  nearLimit,
  words,
  fc.constantFrom('', ' ', '<b>"x"</b>', 'rad 1\r\nrad 2\n\n', 'a'.repeat(1500), '😀'.repeat(600)),
);
const date = fc.constantFrom('2026-11-18', '2026-11-20', '2026-11-21', '2026-12-01');
const articleNumber = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('12', '20', '99', '777', 'X-1/2.3_4') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 60 }) },
);
const quantity = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const userId = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u404');
const serviceObjectId = fc.constantFrom('s1', 's404');
const person = fc.record({ name: anyText, phone: fc.option(anyText, { nil: undefined }) });

const orderInput: fc.Arbitrary<OrderInput> = fc.record({
  id: fc.constant('o1'),
  kind: fc.constantFrom('service', 'work', 'sales'),
  number: fc.oneof(fc.constantFrom('AO-1043', 'SO-1'), fc.string({ minLength: 1, maxLength: 120 })),
  customerId: fc.constant('c1'),
  subgroup: fc.constantFrom(undefined, 'vasteras', 'eskilstuna'),
  status: fc.option(anyText, { nil: undefined }),
  customerOrderNumber: fc.option(anyText, { nil: undefined }),
  description: fc.option(anyText, { nil: undefined }),
  faultCause: fc.option(anyText, { nil: undefined }),
  orderDate: date,
  deliveryDate: fc.option(date, { nil: undefined }),
  contactPerson: fc.option(person, { nil: undefined }),
  requester: fc.option(person, { nil: undefined }),
  assigneeId: fc.option(userId, { nil: undefined }),
  signedById: fc.option(userId, { nil: undefined }),
  comments: fc.array(fc.record({ text: anyText, author: fc.option(anyText, { nil: undefined }) }), {
    maxLength: 30,
  }),
  customFields: fc.dictionary(
    fc.constantFrom('Er referens', 'referens', 'Leveransvillkor', 'Leveranssätt', 'Övrigt'),
    anyText,
  ),
  serviceObjectIds: fc.subarray(['s1', 's404']),
  actions: fc.array(
    fc.record({
      date,
      userId: fc.option(userId, { nil: undefined }),
      description: anyText,
      hours: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 24 }), {
        nil: undefined,
      }),
      serviceObjectId: fc.option(serviceObjectId, { nil: undefined }),
    }),
    { maxLength: 8 },
  ),
  articleRows: fc.array(
    fc.record({
      articleNumber,
      description: fc.option(anyText, { nil: undefined }),
      quantity,
      unitPrice: fc.option(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
        {
          nil: undefined,
        },
      ),
      unit: fc.option(fc.oneof(fc.constantFrom('st', 'h'), anyText), { nil: undefined }),
      date: fc.option(date, { nil: undefined }),
      userId: fc.option(userId, { nil: undefined }),
      serviceObjectId: fc.option(serviceObjectId, { nil: undefined }),
      hidden: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 12 },
  ),
});

const booleanKeys = Object.keys(IntegrationSettings.shape).filter(
  (key) => typeof IntegrationSettings.parse({})[key as keyof IntegrationSettings] === 'boolean',
);
const settingsInput: fc.Arbitrary<IntegrationSettingsInput> = fc
  .record({
    flags: fc.record(Object.fromEntries(booleanKeys.map((key) => [key, fc.boolean()]))),
    orderText: anyText,
    // Valid settings: the prefix fits a row description (decisions/059).
    serviceObjectPrefix: anyText.filter((text) => [...text].length <= 255),
    serialNumberMaxLength: fc.nat(40),
    costCenter: fc.constantFrom('', 'SERV', 'PROJ'),
    internalInvoiceCustomer: fc.constantFrom('', '9000'),
    subgroup: fc.constantFrom(null, 'vasteras', 'eskilstuna'),
    noSumArticleNumbers: fc.constantFrom('', '12', '12;20'),
    ignoredRowCostCenters: fc.constantFrom('', 'ADM', 'SERV;ADM'),
    noPriceArticleNumbers: fc.constantFrom('', '99', '12; 20;'),
  })
  .map(({ flags, ...rest }) => ({ ...flags, ...rest }));

const contextInput = fc.record({
  linked: fc.oneof(
    { weight: 9, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
  withFacility: fc.boolean(),
  usesSubgroups: fc.boolean(),
  currentSubgroup: fc.constantFrom(null, 'vasteras', 'eskilstuna'),
});

describe('mapOrder property', () => {
  it('gives a document within Fortnox’s limits and whitelist, or a MappingError, for any valid order and settings', () => {
    fc.assert(
      fc.property(orderInput, settingsInput, contextInput, (rawOrder, rawSettings, ctx) => {
        const order = Order.parse({ ...rawOrder, facilityId: ctx.withFacility ? 'f1' : undefined });
        const settings = IntegrationSettings.parse(rawSettings);
        const context = createMappingContext({
          customer: { ...customer, fortnoxCustomerNumber: ctx.linked ? '1001' : null },
          facility: ctx.withFacility ? facility : undefined,
          users,
          articles,
          serviceObjects,
          usesSubgroups: ctx.usesSubgroups,
          currentSubgroup: ctx.currentSubgroup,
          today: '2026-11-28',
        });
        let result: ReturnType<typeof mapOrder>;
        try {
          result = mapOrder(order, settings, context);
        } catch (error) {
          expect(isMappingError(error), String(error)).toBe(true);
          return;
        }
        const schema = result.target === 'order' ? FortnoxOrderInput : FortnoxInvoiceInput;
        const parsed = schema.safeParse(result.document);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('never loses a word of the order text: Remarks and rows together hold every word', () => {
    const word = fc
      .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
      .filter((w) => !/\s/.test(w));
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '\n', '  ')), { maxLength: 400 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (orderText, onTop) => {
        const settings = IntegrationSettings.parse({ orderText, orderTextOnTop: onTop });
        const context = createMappingContext({ customer, today: '2026-11-28' });
        const order = Order.parse({
          id: 'o',
          kind: 'work',
          number: 'AO-1',
          customerId: 'c1',
          orderDate: '2026-11-20',
        });
        const { document } = mapOrder(order, settings, context);
        const rows = 'OrderRows' in document ? (document.OrderRows ?? []) : [];
        const written = [document.Remarks ?? '', ...rows.map((r) => r.Description ?? '')]
          .join(' ')
          .split(/\s+/);
        const expected = replaceInvalidCharacters(orderText).text.split(/\s+/).filter(Boolean);
        expect(written.filter(Boolean)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
