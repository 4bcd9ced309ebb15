import type { FortnoxDocumentRow, FortnoxInvoice, FortnoxOrder } from '@fortnox-kit/core/fortnox';

const WIDTH = 92;

/** A Fortnox order or invoice as the demo prints it. */
export type FortnoxDocument =
  | { kind: 'order'; document: FortnoxOrder }
  | { kind: 'invoice'; document: FortnoxInvoice };

/**
 * Renders a Fortnox document as a small box: number, customer, references, texts, rows and
 * totals, in the words a Fortnox user knows (not raw JSON).
 */
export function renderDocument(doc: FortnoxDocument): string[] {
  const d = doc.document;
  const rows = (doc.kind === 'order' ? doc.document.OrderRows : doc.document.InvoiceRows) ?? [];
  const title = `Fortnox ${doc.kind === 'order' ? 'order' : 'faktura'} ${d.DocumentNumber}`;
  const lines: string[] = [];
  const field = (label: string, value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value).trim();
    if (text) lines.push(...wrap(`${label.padEnd(16)}${text}`, WIDTH - 4, ' '.repeat(16)));
  };
  field('Kund', `${d.CustomerNumber ?? ''} ${d.CustomerName ?? ''}`);
  field('Er referens', d.YourReference);
  field('Vår referens', d.OurReference);
  field('Ert ordernr', d.YourOrderNumber);
  field('Kostnadsställe', d.CostCenter);
  field('Leveransdatum', d.DeliveryDate);
  field('Lev.villk./sätt', [d.TermsOfDelivery, d.WayOfDelivery].filter(Boolean).join(' / '));
  field(
    'Leverans till',
    [d.DeliveryName, d.DeliveryAddress1, d.DeliveryZipCode, d.DeliveryCity]
      .filter(Boolean)
      .join(', '),
  );
  field('Ordertext', d.Remarks?.replace(/\n/g, ' ⏎ '));
  field('Kommentar', d.Comments?.replace(/\n/g, ' ⏎ '));
  field('Sändnyckel', d.ExternalInvoiceReference2 || d.ExternalInvoiceReference1);
  lines.push('─'.repeat(WIDTH - 4));
  lines.push(
    `${'Art.nr'.padEnd(10)}${'Benämning'.padEnd(48)}${'Antal'.padStart(8)}${'À-pris'.padStart(10)}${'Summa'.padStart(12)}`,
  );
  for (const row of rows) lines.push(...renderRow(row));
  lines.push('─'.repeat(WIDTH - 4));
  lines.push(
    `${'Netto'.padEnd(10)}${money(d.Net).padStart(14)}   ${'Moms'.padEnd(6)}${money(d.TotalVAT).padStart(12)}   ${'Att betala'.padEnd(12)}${money(d.Total).padStart(14)} kr`,
  );
  if (doc.kind === 'invoice') {
    const sent = doc.document.Sent ? 'skickad' : 'ej skickad';
    lines.push(`Status: ${sent}${doc.document.Booked ? ', bokförd' : ''}`);
  }
  return box(title, lines);
}

function renderRow(row: FortnoxDocumentRow): string[] {
  const description = row.Description ?? '';
  const isText = !row.ArticleNumber && !row.OrderedQuantity && !row.DeliveredQuantity;
  if (isText) return wrap(`${''.padEnd(10)}${description}`, WIDTH - 4, ''.padEnd(10));
  const quantity = row.DeliveredQuantity ?? row.OrderedQuantity;
  const extra = row.CostCenter ? ` [${row.CostCenter}]` : '';
  const text = `${description}${extra}`;
  const [first = '', ...rest] = wrap(text, 46, '');
  return [
    `${(row.ArticleNumber ?? '').padEnd(10)}${first.padEnd(48)}${num(quantity).padStart(8)}${money(row.Price).padStart(10)}${money(row.Total).padStart(12)}`,
    ...rest.map((r) => `${''.padEnd(10)}${r}`),
  ];
}

const num = (value: unknown) =>
  typeof value === 'number' ? String(value).replace('.', ',') : value ? String(value) : '';
const money = (value: unknown) =>
  typeof value === 'number'
    ? value.toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : '';

function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = indent + word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

function box(title: string, lines: string[]): string[] {
  const inner = WIDTH - 2;
  const head = `─ ${title} `;
  return [
    `┌${head}${'─'.repeat(Math.max(0, inner - head.length))}┐`,
    ...lines.map((l) => `│ ${l.slice(0, inner - 2).padEnd(inner - 2)} │`),
    `└${'─'.repeat(inner)}┘`,
  ];
}
