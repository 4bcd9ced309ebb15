import * as z from 'zod/mini';
import { FORTNOX_IDENTIFIER_PATTERN, FORTNOX_LIMITS } from '../fortnox/text-rules.js';
import { semicolonList } from './semicolon-list.js';

const flag = () => z._default(z.boolean(), false);

interface Message {
  sv: string;
  en: string;
}

// Issues carry the English text as `message` and both languages in `params` (for forms).
function issue(ctx: z.core.ParsePayload, input: unknown, text: Message): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message: text.en, input, path: [], params: { ...text } });
  return z.NEVER;
}

/** Empty, or a Fortnox code of at most `max` characters (trimmed). */
function optionalCode(max: number, what: Message) {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const code = raw.trim();
      if (code.length > max) {
        return issue(ctx, raw, {
          sv: `${what.sv}: högst ${max} tecken`,
          en: `${what.en}: at most ${max} characters`,
        });
      }
      if (!FORTNOX_IDENTIFIER_PATTERN.test(code)) {
        return issue(ctx, raw, {
          sv: `${what.sv}: bara bokstäver, siffror och - – + / . _`,
          en: `${what.en}: only letters, digits and - – + / . _`,
        });
      }
      return code;
    }),
  );
  return z._default(schema, '');
}

/**
 * Free text of at most `max` characters: what Fortnox accepts in the field it goes to
 * (decisions/059), so an admin can neither store a 50 MB text nor one Fortnox would cut.
 */
function cappedText(max: number, what: Message) {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) =>
      longerThan(raw, max)
        ? issue(ctx, raw, {
            sv: `${what.sv}: högst ${max} tecken`,
            en: `${what.en}: at most ${max} characters`,
          })
        : raw,
    ),
  );
  return z._default(schema, '');
}

// In characters (code points), without spreading a huge string: UTF-16 units bound them.
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (text.length > 2 * max) return true;
  return [...text].length > max;
}

// Remarks hold 1024; the mapping continues a longer order text as text rows at the end
// (decisions/023). Fortnox's row limit per document is unverified, so the text is kept to
// Remarks plus about a dozen rows.
const ORDER_TEXT_MAX_LENGTH = 4 * FORTNOX_LIMITS.remarks;

// A host subgroup id: it never goes to Fortnox, so the cap is the host's (a VARCHAR(255)).
const SUBGROUP_MAX_LENGTH = 255;
const subgroup = z._default(
  z.nullable(
    z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        const id = raw.trim();
        if (id !== '' && id.length <= SUBGROUP_MAX_LENGTH) return id;
        return issue(ctx, raw, {
          sv: `Undergrupp: 1–${SUBGROUP_MAX_LENGTH} tecken`,
          en: `Subgroup: 1–${SUBGROUP_MAX_LENGTH} characters`,
        });
      }),
    ),
  ),
  null,
);

// Typed in a text field: '' and null mean 0 (= show the whole serial number).
const serialNumberMaxLength = z._default(
  z.pipe(
    z.union([z.number(), z.string(), z.null()]),
    z.transform((value: number | string | null, ctx) => {
      const text = typeof value === 'string' ? value.trim() : value;
      if (text === null || text === '') return 0;
      const n = typeof text === 'number' ? text : Number(text);
      if (Number.isInteger(n) && n >= 0) return n;
      return issue(ctx, value, {
        sv: 'Ange ett heltal (0 eller tomt = hela serienumret)',
        en: 'Enter a whole number of characters (0 or empty = whole serial number)',
      });
    }),
  ),
  0,
);

// Payroll cause codes are short upper-case codes such as TID, ARB, OB1 (decisions/027).
const causeCode = z._default(
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const code = raw.trim().toUpperCase();
      if (/^[A-Z0-9]{2,4}$/.test(code)) return code;
      return issue(ctx, raw, {
        sv: 'Orsakskod: 2–4 bokstäver eller siffror, t.ex. TID',
        en: 'Cause code: 2–4 letters or digits, e.g. TID',
      });
    }),
  ),
  'TID',
);

/**
 * Every integration setting of SPEC §6 and §7 (numbers in comments), each with its
 * default. The settings form edits {@link IntegrationSettingsInput}; the mapping, sync
 * and send workflow receive {@link IntegrationSettings}, fully resolved.
 *
 * @example IntegrationSettings.parse({ sumArticleRows: true, noSumArticleNumbers: '12; 13;' })
 */
export const IntegrationSettings = z.object({
  // §6 general settings
  /** Goes to Remarks, continued as text rows (or text rows on top with 6). */
  orderText: cappedText(ORDER_TEXT_MAX_LENGTH, { sv: 'Ordertext', en: 'Order text' }),
  /** Fortnox customer number used between subgroups; '' = none. */
  internalInvoiceCustomer: optionalCode(FORTNOX_LIMITS.customerNumber, {
    sv: 'Kundnummer',
    en: 'Customer number',
  }),
  /** The subgroup the integration applies to; null = all. */
  subgroup,
  // §7
  sortByActions: flag(), // 1
  includeActionDate: flag(), // 2
  includeDescriptionAndFault: flag(), // 3
  includeServiceObjectOnRow: flag(), // 4
  includeServiceObjectMachineNumber: flag(), // 5
  orderTextOnTop: flag(), // 6
  summaryInOrderText: flag(), // 7
  descriptionAndFaultInOrderText: flag(), // 8
  doNotSendOrderNumber: flag(), // 9
  orderNumberAsYourOrderNumber: flag(), // 10
  setPricesOnRows: flag(), // 11
  includeTechnicianOnRows: flag(), // 12
  sortArticlesByDate: flag(), // 13
  createInvoiceDirectly: flag(), // 14
  excludeHiddenArticles: flag(), // 15
  includeSalesOrderStatus: flag(), // 16
  includeFacilityName: flag(), // 17
  markInvoicedOnSend: flag(), // 18
  allowSendBeforeReady: flag(), // 19
  includeUserCostCenterOnRows: flag(), // 20
  costCenter: optionalCode(FORTNOX_LIMITS.costCenterCode, {
    sv: 'Kostnadsställe',
    en: 'Cost center',
  }), // 21
  syncUpdatedArticles: flag(), // 22
  syncPrices: flag(), // 23
  syncUpdatedCustomers: flag(), // 24
  sumArticleRows: flag(), // 25
  includeServiceObjectComment: flag(), // 26
  includeComments: flag(), // 27
  disableArticleCreation: flag(), // 28
  assigneeAsOurReference: flag(), // 29
  signerAsOurReference: flag(), // 30
  serialNumberMaxLength, // 31
  orderNumberInComment: flag(), // 32
  sendTimeReport: flag(), // 33
  // Prefixed to the service object's name in a row description.
  serviceObjectPrefix: cappedText(FORTNOX_LIMITS.rowDescription, {
    sv: 'Prefix för serviceobjekt',
    en: 'Service object prefix',
  }), // 34
  createOrderFromReference: flag(), // 35
  sendInvoiceAfterTransfer: flag(), // 36
  includeOperatingHoursInOrderText: flag(), // 37
  includeContactPhoneInYourReference: flag(), // 38
  customerNameAsDeliveryName: flag(), // 39
  customerAddressAsDeliveryAddress: flag(), // 40
  technicianInActionSummary: flag(), // 41
  setSubgroupOnSync: flag(), // 42
  requesterAsYourReference: flag(), // 43
  noSumArticleNumbers: semicolonList('articleNumber'), // 44
  ignoredRowCostCenters: semicolonList('costCenter'), // 45
  noPriceArticleNumbers: semicolonList('articleNumber'), // 46
  // Needed by 33 (decisions/027): the Fortnox attendance cause code for worked time.
  timeReportCauseCode: causeCode,
});
/** Resolved settings, as the mapping, sync and send workflow receive them. */
export type IntegrationSettings = z.output<typeof IntegrationSettings>;
/** Settings as a form edits and stores them (every key optional, lists as text). */
export type IntegrationSettingsInput = z.input<typeof IntegrationSettings>;
/** A settings key. */
export type SettingKey = keyof IntegrationSettings;
/** The keys whose value is on/off. */
export type BooleanSettingKey = {
  [K in SettingKey]: IntegrationSettings[K] extends boolean ? K : never;
}[SettingKey];

/** All settings at their defaults. */
export const DEFAULT_SETTINGS: IntegrationSettings = IntegrationSettings.parse({});
