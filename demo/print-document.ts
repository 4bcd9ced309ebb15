import type { FortnoxDocumentRow, FortnoxInvoice, FortnoxOrder } from '@fortnox-kit/core/fortnox';
import type { Lang } from './i18n/text.js';
import { COLUMNS, wrap } from './wrap.js';

/** The box's width: the terminal's 80 columns less the demo's two-space indent. */
const WIDTH = COLUMNS - 2;
/** Inside the box's borders and padding. */
const INNER = WIDTH - 4;
/** Column widths of a row: article number, description, quantity, price, total (= INNER). */
const COL = { number: 9, description: 32, quantity: 7, price: 12, total: 14 };

/** A Fortnox order or invoice as the demo prints it. */
export type FortnoxDocument =
  | { kind: 'order'; document: FortnoxOrder }
  | { kind: 'invoice'; document: FortnoxInvoice };

const LABELS = {
  sv: {
    order: 'order',
    invoice: 'faktura',
    customer: 'Kund',
    yourReference: 'Er referens',
    ourReference: 'Vår referens',
    yourOrderNumber: 'Ert ordernr',
    costCenter: 'Kostnadsställe',
    deliveryDate: 'Leveransdatum',
    delivery: 'Lev.villk./sätt',
    deliverTo: 'Leverans till',
    remarks: 'Ordertext',
    comments: 'Kommentar',
    sendKey: 'Sändnyckel',
    columns: ['Art.nr', 'Benämning', 'Antal', 'À-pris', 'Summa'],
    net: 'Netto',
    vat: 'Moms',
    total: 'Att betala',
    currency: 'kr',
    status: (sent: boolean, booked: boolean) =>
      `Status: ${sent ? 'skickad' : 'ej skickad'}${booked ? ', bokförd' : ''}`,
  },
  en: {
    order: 'order',
    invoice: 'invoice',
    customer: 'Customer',
    yourReference: 'Your reference',
    ourReference: 'Our reference',
    yourOrderNumber: 'Your order no.',
    costCenter: 'Cost center',
    deliveryDate: 'Delivery date',
    delivery: 'Terms/way',
    deliverTo: 'Deliver to',
    remarks: 'Order text',
    comments: 'Comments',
    sendKey: 'Send key',
    columns: ['Art.no', 'Description', 'Qty', 'Price', 'Total'],
    net: 'Net',
    vat: 'VAT',
    total: 'To pay',
    currency: 'SEK',
    status: (sent: boolean, booked: boolean) =>
      `Status: ${sent ? 'sent' : 'not sent'}${booked ? ', booked' : ''}`,
  },
} as const;

/**
 * Renders a Fortnox document as a box of 78 columns: number, customer, references, texts,
 * rows and totals, in the words a Fortnox user knows (not raw JSON).
 */
export function renderDocument(doc: FortnoxDocument, lang: Lang): string[] {
  const l = LABELS[lang];
  const d = doc.document;
  const rows = (doc.kind === 'order' ? doc.document.OrderRows : doc.document.InvoiceRows) ?? [];
  const title = `Fortnox ${doc.kind === 'order' ? l.order : l.invoice} ${d.DocumentNumber}`;
  const lines: string[] = [];
  const field = (label: string, value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value).trim();
    if (text) lines.push(...wrap(`${label.padEnd(16)}${text}`, INNER, ' '.repeat(16)));
  };
  field(l.customer, `${d.CustomerNumber ?? ''} ${d.CustomerName ?? ''}`);
  field(l.yourReference, d.YourReference);
  field(l.ourReference, d.OurReference);
  field(l.yourOrderNumber, d.YourOrderNumber);
  field(l.costCenter, d.CostCenter);
  field(l.deliveryDate, d.DeliveryDate);
  field(l.delivery, [d.TermsOfDelivery, d.WayOfDelivery].filter(Boolean).join(' / '));
  field(
    l.deliverTo,
    [d.DeliveryName, d.DeliveryAddress1, d.DeliveryZipCode, d.DeliveryCity]
      .filter(Boolean)
      .join(', '),
  );
  field(l.remarks, d.Remarks?.replace(/\n/g, ' ⏎ '));
  field(l.comments, d.Comments?.replace(/\n/g, ' ⏎ '));
  field(l.sendKey, d.ExternalInvoiceReference2 || d.ExternalInvoiceReference1);
  lines.push('─'.repeat(INNER));
  const [number, description, quantity, price, total] = l.columns;
  lines.push(row(number, description, quantity, price, total));
  for (const r of rows) lines.push(...renderRow(r, lang));
  lines.push('─'.repeat(INNER));
  lines.push(
    `${l.net.padEnd(6)}${money(d.Net, lang).padStart(12)}   ${l.vat.padEnd(5)}${money(d.TotalVAT, lang).padStart(11)}   ${l.total.padEnd(11)}${money(d.Total, lang).padStart(12)} ${l.currency}`,
  );
  if (doc.kind === 'invoice') lines.push(l.status(!!doc.document.Sent, !!doc.document.Booked));
  return box(title, lines);
}

const row = (number: string, description: string, quantity: string, price: string, total: string) =>
  `${number.padEnd(COL.number)}${description.padEnd(COL.description)}${quantity.padStart(COL.quantity)}${price.padStart(COL.price)}${total.padStart(COL.total)}`;

function renderRow(r: FortnoxDocumentRow, lang: Lang): string[] {
  const description = r.Description ?? '';
  const indent = ''.padEnd(COL.number);
  const isText = !r.ArticleNumber && !r.OrderedQuantity && !r.DeliveredQuantity;
  if (isText) return wrap(`${indent}${description}`, INNER, indent);
  const quantity = r.DeliveredQuantity ?? r.OrderedQuantity;
  const text = `${description}${r.CostCenter ? ` [${r.CostCenter}]` : ''}`;
  const [first = '', ...rest] = wrap(text, COL.description - 1, '');
  return [
    row(
      r.ArticleNumber ?? '',
      first,
      num(quantity, lang),
      money(r.Price, lang),
      money(r.Total, lang),
    ),
    ...rest.map((line) => `${indent}${line}`),
  ];
}

const num = (value: unknown, lang: Lang) =>
  typeof value === 'number'
    ? lang === 'sv'
      ? String(value).replace('.', ',')
      : String(value)
    : value
      ? String(value)
      : '';
const money = (value: unknown, lang: Lang) =>
  typeof value === 'number'
    ? value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })
    : '';

function box(title: string, lines: string[]): string[] {
  const inner = WIDTH - 2;
  const head = `─ ${title} `;
  return [
    `┌${head}${'─'.repeat(Math.max(0, inner - head.length))}┐`,
    ...lines.map((line) => `│ ${[...line].slice(0, INNER).join('').padEnd(INNER)} │`),
    `└${'─'.repeat(inner)}┘`,
  ];
}
