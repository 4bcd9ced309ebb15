import type { Localized } from '../settings/semicolon-list.js';
import type { WriteIssue, WriteProblem } from './check-write-rules.js';

/** What is wrong, after the field's name ("e-postadressen … är ingen giltig e-postadress"). */
export function problemText(issue: WriteIssue): Localized {
  const texts: Record<WriteProblem, Localized> = {
    'invalid-characters': {
      sv: `innehåller tecken som Fortnox inte tar emot (${(issue.characters ?? []).map(show).join(' ')})`,
      en: `contains characters Fortnox does not accept (${(issue.characters ?? []).map(show).join(' ')})`,
    },
    'too-long': {
      sv: `är längre än ${issue.max} tecken, som Fortnox tillåter`,
      en: `is longer than the ${issue.max} characters Fortnox allows`,
    },
    'not-a-code': {
      sv: 'får bara innehålla bokstäver, siffror och - + / . _',
      en: 'may only contain letters, digits and - + / . _',
    },
    'invalid-email': { sv: 'är ingen giltig e-postadress', en: 'is not a valid e-mail address' },
    'invalid-date': {
      sv: 'är inget giltigt datum (ÅÅÅÅ-MM-DD)',
      en: 'is not a valid date (YYYY-MM-DD)',
    },
    'not-a-number': { sv: 'är inget tal', en: 'is not a number' },
    'not-a-boolean': { sv: 'är inte ja eller nej', en: 'is not yes or no' },
    'invalid-vat': {
      sv: 'är ingen momssats som Fortnox har (25, 12, 6 eller 0)',
      en: 'is not a VAT rate Fortnox has (25, 12, 6 or 0)',
    },
    'invalid-organisation-number': {
      sv: 'är inget giltigt organisationsnummer (10 siffror med rätt kontrollsiffra)',
      en: 'is not a valid organisation number (10 digits with a correct check digit)',
    },
    'not-allowed': {
      sv: 'har ett värde som Fortnox inte tar emot',
      en: 'has a value Fortnox does not accept',
    },
    required: { sv: 'saknas (eller blev tomt)', en: 'is missing (or ended up empty)' },
    'incomplete-row': {
      sv: 'har ett antal men varken artikel eller text',
      en: 'has a quantity but neither an article nor a text',
    },
    'unknown-field': {
      sv: 'är inget fält som skickas till Fortnox',
      en: 'is not a field sent to Fortnox',
    },
  };
  return texts[issue.problem];
}

// A character as the user can find it: printable ones as they are, others as U+XXXX.
function show(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  return /\p{L}|\p{N}|\p{P}|\p{S}/u.test(char)
    ? `"${char}"`
    : `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
}

type FieldLabels = Readonly<Record<string, { host: string; label: Localized }>>;

const ADDRESS_LABELS: Readonly<Record<string, [host: string, label: Localized]>> = {
  Address1: ['street', { sv: 'adressen', en: 'the street address' }],
  Address2: ['street2', { sv: 'adressrad 2', en: 'address line 2' }],
  ZipCode: ['zipCode', { sv: 'postnumret', en: 'the postcode' }],
  City: ['city', { sv: 'orten', en: 'the city' }],
  CountryCode: ['countryCode', { sv: 'landskoden', en: 'the country code' }],
};

/** The address fields of a customer: the postal address as they are, `Delivery…` named so. */
function addressLabels(delivery: boolean): FieldLabels {
  return Object.fromEntries(
    Object.entries(ADDRESS_LABELS).map(([field, [host, label]]) => [
      delivery ? `Delivery${field}` : field,
      delivery
        ? {
            host: `deliveryAddress.${host}`,
            label: {
              sv: `${label.sv} i leveransadressen`,
              en: `${label.en} of the delivery address`,
            },
          }
        : { host: `address.${host}`, label },
    ]),
  );
}

/** Customer fields as a user knows them, by the host field the Fortnox field comes from. */
export const CUSTOMER_FIELDS: FieldLabels = {
  Name: { host: 'name', label: { sv: 'namnet', en: 'the name' } },
  OrganisationNumber: {
    host: 'organisationNumber',
    label: { sv: 'organisationsnumret', en: 'the organisation number' },
  },
  Email: { host: 'email', label: { sv: 'e-postadressen', en: 'the e-mail address' } },
  Phone1: { host: 'phone', label: { sv: 'telefonnumret', en: 'the phone number' } },
  ...addressLabels(false),
  ...addressLabels(true),
};

/** Article fields as a user knows them. */
export const ARTICLE_FIELDS: FieldLabels = {
  ArticleNumber: {
    host: 'articleNumber',
    label: { sv: 'artikelnumret', en: 'the article number' },
  },
  Description: { host: 'description', label: { sv: 'benämningen', en: 'the description' } },
  Unit: { host: 'unit', label: { sv: 'enheten', en: 'the unit' } },
  Type: { host: 'type', label: { sv: 'artikeltypen', en: 'the article type' } },
  VAT: { host: 'vat', label: { sv: 'momsen', en: 'the VAT' } },
  PurchasePrice: { host: 'purchasePrice', label: { sv: 'inköpspriset', en: 'the purchase price' } },
};

/** A value short enough to quote in a message, or nothing. */
export function quote(value: unknown): string {
  if (typeof value === 'number') return ` (${value})`;
  if (typeof value !== 'string' || value === '' || [...value].length > 40) return '';
  return ` "${value}"`;
}

/** A name or number cut to 40 characters for a message. */
export function shortLabel(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : text;
}
