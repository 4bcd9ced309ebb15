import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { FortnoxCodeRegister, FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';
import type { Localized } from '../settings/semicolon-list.js';

/** One code a document refers to, and where it came from (for the error's `field`). */
export interface CodeUse {
  register: FortnoxCodeRegister;
  code: string;
  field: string;
}

const WHAT: Record<FortnoxCodeRegister, Localized> = {
  costcenters: { sv: 'Kostnadsställe', en: 'Cost center' },
  units: { sv: 'Enhet', en: 'Unit' },
  termsofdeliveries: { sv: 'Leveransvillkor', en: 'Terms of delivery' },
  wayofdeliveries: { sv: 'Leveranssätt', en: 'Way of delivery' },
  termsofpayments: { sv: 'Betalningsvillkor', en: 'Terms of payment' },
  pricelists: { sv: 'Prislista', en: 'Price list' },
};

/**
 * Every code in a mapped document, head first, each once. The kit's mapping never writes
 * TermsOfPayment or PriceList (Fortnox takes them from the customer), but a document that
 * carries them is checked too (decisions/092).
 */
export function codesOf(document: FortnoxOrderInput | FortnoxInvoiceInput): CodeUse[] {
  const uses: CodeUse[] = [];
  const add = (register: FortnoxCodeRegister, code: string | undefined, field: string) => {
    if (code && !uses.some((u) => u.register === register && u.code === code)) {
      uses.push({ register, code, field });
    }
  };
  add('costcenters', document.CostCenter, 'costCenter');
  add('termsofdeliveries', document.TermsOfDelivery, 'customFields.Leveransvillkor');
  add('wayofdeliveries', document.WayOfDelivery, 'customFields.Leveranssätt');
  add('termsofpayments', document.TermsOfPayment, 'TermsOfPayment');
  add('pricelists', document.PriceList, 'PriceList');
  const rows =
    'OrderRows' in document ? document.OrderRows : (document as FortnoxInvoiceInput).InvoiceRows;
  for (const row of rows ?? []) {
    add('costcenters', row.CostCenter, 'includeUserCostCenterOnRows');
    add('units', row.Unit, 'articleRows');
  }
  return uses;
}

/**
 * Checks that every cost center, unit, terms of delivery and payment, way of delivery and
 * price list the document uses exists in Fortnox, before anything is written (a missing code
 * would fail the write, or worse, fail it after the customer or articles were created).
 * Throws `missing_fortnox_code` naming the first missing code and the setting or order field
 * it came from, with what to do in Swedish and English.
 */
export async function checkCodes(
  gateway: FortnoxGateway,
  document: FortnoxOrderInput | FortnoxInvoiceInput,
): Promise<void> {
  for (const use of codesOf(document)) await checkCode(gateway, use);
}

/** Checks one code; `missing_fortnox_code` naming it and where it came from when missing. */
export async function checkCode(gateway: FortnoxGateway, use: CodeUse): Promise<void> {
  if (await gateway.codeExists(use.register, use.code)) return;
  const what = WHAT[use.register];
  const where = describe(use.field);
  const userMessage = {
    sv: `${what.sv} "${use.code}" finns inte i Fortnox. Lägg upp koden i Fortnox (eller ändra ${where.sv}) och skicka igen.`,
    en: `${what.en} "${use.code}" does not exist in Fortnox. Add it in Fortnox (or change the ${where.en}) and send again.`,
  };
  throw new WorkflowError('missing_fortnox_code', userMessage.en, {
    field: use.field,
    userMessage,
  });
}

const PLACES: Record<string, Localized> = {
  costCenter: {
    sv: 'inställningen "Lägg till kostnadsställe"',
    en: 'setting "Lägg till kostnadsställe"',
  },
  includeUserCostCenterOnRows: {
    sv: 'kostnadsstället på användaren som har raden',
    en: 'cost center of the user on the row',
  },
  TermsOfPayment: { sv: 'orderns betalningsvillkor', en: "order's terms of payment" },
  PriceList: { sv: 'orderns prislista', en: "order's price list" },
  'articles.unit': {
    sv: 'artikelns enhet i artikelregistret',
    en: "article's unit in the article register",
  },
};

function describe(field: string): Localized {
  const place = PLACES[field];
  if (place) return place;
  if (field.startsWith('customFields.')) {
    const name = field.slice(13);
    return { sv: `orderfältet "${name}"`, en: `order field "${name}"` };
  }
  return { sv: 'enheten på artikelraden', en: 'unit on the article row' };
}
