import type { Localized } from '../settings/semicolon-list.js';
import type { MappingWarning, MappingWarningCode } from './warnings.js';

const FIELDS: Record<string, Localized> = {
  CustomerNumber: { sv: 'Kund', en: 'Customer' },
  YourReference: { sv: 'Er referens', en: 'Your reference' },
  OurReference: { sv: 'Vår referens', en: 'Our reference' },
  YourOrderNumber: { sv: 'Ert ordernummer', en: 'Your order number' },
  ExternalInvoiceReference1: { sv: 'Extern referens', en: 'External reference' },
  Remarks: { sv: 'Ordertext', en: 'Order text' },
  Comments: { sv: 'Kommentarer', en: 'Comments' },
  TermsOfDelivery: { sv: 'Leveransvillkor', en: 'Terms of delivery' },
  WayOfDelivery: { sv: 'Leveranssätt', en: 'Way of delivery' },
  DeliveryName: { sv: 'Leveransnamn', en: 'Delivery name' },
  DeliveryAddress1: { sv: 'Leveransadress', en: 'Delivery address' },
  DeliveryAddress2: { sv: 'Leveransadress 2', en: 'Delivery address 2' },
  DeliveryZipCode: { sv: 'Leveranspostnummer', en: 'Delivery postcode' },
  DeliveryCity: { sv: 'Leveransort', en: 'Delivery city' },
  OrderRows: { sv: 'Raderna', en: 'The rows' },
  InvoiceRows: { sv: 'Raderna', en: 'The rows' },
};

const INDEXED: [RegExp, Localized][] = [
  [/^(?:Order|Invoice)Rows\[(\d+)\]/, { sv: 'Rad #', en: 'Row #' }],
  [/^articleRows\[(\d+)\]/, { sv: 'Artikelrad #', en: 'Article row #' }],
  [/^actions\[(\d+)\]/, { sv: 'Åtgärd #', en: 'Action #' }],
];

/** A warning's field in the user's words: `OrderRows[4].Description` → "Rad 5" / "Row 5". */
export function warningFieldLabel(field: string): Localized {
  const known = FIELDS[field];
  if (known) return known;
  for (const [pattern, label] of INDEXED) {
    const match = pattern.exec(field);
    if (match) {
      const n = String(Number(match[1]) + 1);
      return { sv: label.sv.replace('#', n), en: label.en.replace('#', n) };
    }
  }
  return { sv: field, en: field };
}

const TEMPLATES: Record<MappingWarningCode, Localized> = {
  'characters-replaced': {
    sv: 'tecken som Fortnox inte tar emot har ersatts eller tagits bort.',
    en: 'characters Fortnox does not accept were replaced or removed.',
  },
  'text-shortened': {
    sv: 'texten var för lång för Fortnox och har kortats av.',
    en: 'the text was too long for Fortnox and was shortened.',
  },
  'text-split': {
    sv: 'texten var för lång för fältet och fortsätter på textrader.',
    en: 'the text was too long for its field and continues in text rows.',
  },
  'value-moved': {
    sv: 'värdet fick inte plats och skrevs som en textrad.',
    en: 'the value did not fit and was written as a text row.',
  },
  'value-dropped': {
    sv: 'värdet är ingen giltig kod i Fortnox och lämnades utanför.',
    en: 'the value is not a valid Fortnox code and was left out.',
  },
  'price-missing': {
    sv: 'inget pris i ordern; Fortnox pris används.',
    en: "no price on the order; Fortnox's price is used.",
  },
  'no-price': {
    sv: 'raderna saknar pris både i ordern och i Fortnox och blir 0 kr.',
    en: 'the rows have no price on the order nor in Fortnox and come out at 0.',
  },
  'lookup-missing': {
    sv: 'en användare eller ett serviceobjekt som ordern nämner hittades inte och kom inte med.',
    en: 'a user or service object the order names was not found and was left out.',
  },
  'internal-invoice-customer': {
    sv: 'ordern hör till en annan undergrupp och faktureras den interna faktureringskunden.',
    en: 'the order belongs to another subgroup and is billed to the internal invoicing customer.',
  },
};

/**
 * What a mapping warning tells the user, in Swedish and English: the warning's own
 * `userMessage`, or one built from its code and field ("Ordertext: tecken som …").
 *
 * @example warningUserMessage({ code: 'text-shortened', field: 'Comments', message: '…' }).sv
 * // 'Kommentarer: texten var för lång för Fortnox och har kortats av.'
 */
export function warningUserMessage(warning: MappingWarning): Localized {
  if (warning.userMessage) return warning.userMessage;
  const label = warningFieldLabel(warning.field);
  const text = TEMPLATES[warning.code] ?? { sv: warning.message, en: warning.message };
  return { sv: `${label.sv}: ${text.sv}`, en: `${label.en}: ${text.en}` };
}
