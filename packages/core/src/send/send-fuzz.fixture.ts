import fc from 'fast-check';
import type { ArticleInput, CustomerInput } from '../host/index.js';
import type { IntegrationSettingsInput } from '../settings/integration-settings.js';

// Test data for the send fuzz (send-fuzz.test.ts): host orders, customers and articles as a
// careless or hostile host might hold them. Raw values, not parsed: the send path parses.

const LONG = 'Lång text med åäö. '.repeat(600); // about 11,400 characters
const oddText = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    'Oljebyte & filter (25%)',
    'Bygg "Nord" <AB> | {x} [y] ~z',
    'emoji 🔧🚗 and ZWJ 👩‍🔧',
    'tab\there\u0000nul\u0007bell',
    'RTL \u202Eevil\u202C text',
    'zero\u200Bwidth\uFEFF',
    'combining e\u0301 a\u0308',
    'CJK 日本語 텍스트',
    'lone surrogate \uD800 here',
    LONG,
    `${LONG}🔧`,
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Mostly absent or good, now and then bad: one bad date would refuse most orders. */
const rarely = <T>(good: T, ...bad: T[]) =>
  fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom<T | undefined>(undefined, good) },
    { weight: 1, arbitrary: fc.constantFrom(...bad) },
  );

const email = fc.constantFrom(
  'info@bygg.se',
  'anna.berg@exempel.se',
  'not-an-email',
  'two@@at.se',
  'space in@mail.se',
  'trailing@dot.',
  '@nolocal.se',
  'ÅÄÖ@exempel.se',
  'a@b',
  '',
);
const organisationNumber = fc.constantFrom(
  '556677-8899',
  '5566778899',
  '556036-0793',
  '16556036-0793',
  '556036-0792',
  '12345',
  'ORG-NR',
  '',
);
const quantity = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((n) => n / 4) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1e300,
      1e300,
      999_999_999,
      -0,
      '2,5',
      'tre',
      '7.25',
      null,
    ),
  },
);
const unitPrice = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 12, arbitrary: fc.integer({ min: -10_000, max: 100_000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(Number.NaN, 1e300, 0, null, '149.50') },
);
const unit = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(undefined, 'st', 'h', '') },
  { weight: 1, arbitrary: fc.constantFrom('tim', 'ÅÄÖ', 'x'.repeat(25), 'st!') },
);

/** Articles every fuzz harness starts with (synced to Fortnox on connect). */
export const FUZZ_ARTICLES: ArticleInput[] = [
  { id: 'a1', articleNumber: 'FILTER-10', description: 'Oljefilter', unit: 'st', price: 149 },
  { id: 'a2', articleNumber: 'ARB', description: 'Arbetstimme', unit: 'h', type: 'service' },
];

/** A host article that exists only in the host register: created in Fortnox during a send. */
const newArticle = fc.record({
  description: oddText,
  unit,
  vat: maybe(fc.constantFrom(25, 12, 6, 0, 7, 100, 1e9)),
  purchasePrice: maybe(fc.constantFrom(10, 0, -5, 1e12)),
  type: fc.constantFrom('stock' as const, 'service' as const),
  price: maybe(fc.constantFrom(99, 0, null)),
});

const row = fc.record({
  id: maybe(fc.constantFrom('r1', 'r1', 'r2', 'r3')),
  article: fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom('FILTER-10', 'ARB', 'new') },
    { weight: 1, arbitrary: fc.constantFrom('GHOST-1', 'BAD NUMBER', 'Å/Ä-1') },
  ),
  description: maybe(oddText),
  quantity,
  unitPrice,
  unit,
  date: rarely('2026-11-18', '2026-02-30', 'igår'),
});

const person = maybe(fc.record({ name: oddText, phone: maybe(oddText), email: maybe(email) }));

const address = maybe(
  fc.record({
    street: maybe(oddText),
    zipCode: maybe(fc.constantFrom('123 45', '12345678901', 'ÅÄÖ', '')),
    city: maybe(oddText),
    countryCode: maybe(fc.constantFrom('SE', 'NO', 'DE')),
  }),
);

/** Who the order is for: a linked customer, a new one to create, or one that is not there. */
const customer = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'known' as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('new' as const),
      name: oddText,
      email: maybe(email),
      organisationNumber: maybe(organisationNumber),
      phone: maybe(oddText),
      address,
      deliveryAddress: address,
      active: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'missing' as const }) },
);

/** One fuzzed send: the order's texts, rows, its customer and the new articles it uses. */
export const fuzzCase = fc.record({
  customer,
  newArticle,
  rows: fc.array(row, { maxLength: 6 }),
  description: maybe(oddText),
  faultCause: maybe(oddText),
  customerOrderNumber: maybe(oddText),
  contactPerson: person,
  requester: person,
  comments: fc.array(fc.record({ text: oddText }), { maxLength: 2 }),
  customFields: fc.dictionary(
    fc.constantFrom('Er referens', 'Leveransvillkor', 'Leveranssätt', 'x'),
    oddText,
    { maxKeys: 2 },
  ),
  deliveryDate: rarely('2026-12-01', '2026-13-01', '1.12.2026'),
});
export type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

/** The settings profiles the fuzz runs under (each its own harness). */
export const FUZZ_SETTINGS: IntegrationSettingsInput[] = [
  {},
  {
    createInvoiceDirectly: true,
    setPricesOnRows: true,
    includeDescriptionAndFault: true,
    includeComments: true,
    orderNumberAsYourOrderNumber: true,
  },
  {
    sumArticleRows: true,
    descriptionAndFaultInOrderText: true,
    requesterAsYourReference: true,
    customerNameAsDeliveryName: true,
    customerAddressAsDeliveryAddress: true,
  },
  { orderTextOnTop: true, includeContactPhoneInYourReference: true, setPricesOnRows: true },
];

/** The host customer of a case (undefined: the case uses a known or missing customer). */
export function caseCustomer(c: FuzzCase, i: number): CustomerInput | undefined {
  if (c.customer.kind !== 'new') return undefined;
  const { kind: _kind, ...fields } = c.customer;
  return { id: `fz-c${i}`, ...fields } as CustomerInput;
}
