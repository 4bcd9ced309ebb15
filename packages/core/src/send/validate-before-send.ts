import type { Article, Customer, Order } from '../host/index.js';
import { articleToFortnox } from '../register-mapping/article-to-fortnox.js';
import { customerToFortnox } from '../register-mapping/customer-to-fortnox.js';
import type { Localized } from '../settings/semicolon-list.js';
import { checkWriteRules, type WriteIssue } from './check-write-rules.js';
import { InvalidForFortnoxError, type RefusedRecord } from './invalid-for-fortnox-error.js';
import type { MappedDocument } from './send-deps.js';
import {
  ARTICLE_FIELDS,
  CUSTOMER_FIELDS,
  problemText,
  quote,
  shortLabel,
} from './write-issue-text.js';

/** What a send is about to write, as `prepare` found it. */
export interface PlannedWrites {
  order: Order;
  mapped: MappedDocument;
  /** The host customer to create in Fortnox first, when the send creates one. */
  newCustomer: Customer | undefined;
  /** The host articles to create in Fortnox first. */
  newArticles: readonly Article[];
}

/**
 * Checks everything a send will write (the customer and articles it creates, then the
 * document) against Fortnox's write rules before the first request, in that order. Throws an
 * {@link InvalidForFortnoxError} for the first value Fortnox would reject, naming the host
 * record and field; what the mapping could fix (long texts, odd characters) it already has.
 */
export function validateBeforeSend(planned: PlannedWrites): void {
  const customer = planned.newCustomer;
  if (customer) {
    const body = customerToFortnox(customer, { mode: 'create' });
    const record: RefusedRecord = { type: 'customer', id: customer.id, label: customer.name };
    const names = {
      sv: `Kunden ${shortLabel(customer.name)}`,
      en: `Customer ${shortLabel(customer.name)}`,
    };
    refuse(checkWriteRules('customers', body), body, record, names, CUSTOMER_FIELDS);
  }
  for (const article of planned.newArticles) {
    const body = articleToFortnox(article, { mode: 'create' });
    const label = shortLabel(article.articleNumber);
    const record: RefusedRecord = { type: 'article', id: article.id, label: article.articleNumber };
    refuse(
      checkWriteRules('articles', body),
      body,
      record,
      { sv: `Artikel ${label}`, en: `Article ${label}` },
      ARTICLE_FIELDS,
    );
  }
  const { document, target } = planned.mapped;
  const { order } = planned;
  const body = document as unknown as Record<string, unknown>;
  const issues = checkWriteRules(target === 'order' ? 'orders' : 'invoices', body);
  const record: RefusedRecord = { type: 'order', id: order.id, label: order.number };
  const label = shortLabel(order.number);
  refuse(issues, body, record, { sv: `Order ${label}`, en: `Order ${label}` }, {});
}

function refuse(
  issues: readonly WriteIssue[],
  body: Record<string, unknown>,
  record: RefusedRecord,
  names: Localized,
  fields: Readonly<Record<string, { host: string; label: Localized }>>,
): void {
  const issue = issues[0];
  if (!issue) return;
  const known = fields[issue.field];
  const label = known?.label ?? { sv: `fältet ${issue.field}`, en: `field ${issue.field}` };
  const value = issue.problem === 'invalid-characters' ? '' : quote(body[issue.field]);
  const problem = problemText(issue);
  const fix = FIX[record.type];
  const userMessage = {
    sv: `${names.sv}: ${label.sv}${value} ${problem.sv}. ${fix.sv}`,
    en: `${names.en}: ${label.en}${value} ${problem.en}. ${fix.en}`,
  };
  throw new InvalidForFortnoxError(
    `${record.type} ${record.id}: ${issue.field} ${problem.en}; nothing was sent to Fortnox.`,
    { record, field: known?.host ?? issue.field, issue, userMessage },
  );
}

const FIX: Record<RefusedRecord['type'], Localized> = {
  customer: {
    sv: 'Rätta kunden i kundregistret och skicka igen; inget har skickats till Fortnox.',
    en: 'Correct the customer in the customer register and send again; nothing was sent to Fortnox.',
  },
  article: {
    sv: 'Rätta artikeln i artikelregistret och skicka igen; inget har skickats till Fortnox.',
    en: 'Correct the article in the article register and send again; nothing was sent to Fortnox.',
  },
  order: {
    sv: 'Rätta ordern (eller inställningarna) och skicka igen; inget har skickats till Fortnox.',
    en: 'Correct the order (or the settings) and send again; nothing was sent to Fortnox.',
  },
};
