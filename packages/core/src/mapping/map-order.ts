import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/documents.js';
import { FORTNOX_LIMITS } from '../fortnox/text-rules.js';
import type { Order } from '../host/order.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { MappingContext } from './context.js';
import { MappingError } from './errors.js';
import { RowWriter, writeRemarks } from './finalize.js';
import { buildArticleLines } from './steps/article-lines.js';
import { buildComments } from './steps/comments.js';
import { resolveCustomerNumber } from './steps/customer-number.js';
import { buildDelivery } from './steps/delivery.js';
import { buildHeaderRows } from './steps/header-rows.js';
import { type DraftRow, layoutBody } from './steps/layout.js';
import { resolveOrderNumbers } from './steps/order-numbers.js';
import { buildOrderText } from './steps/remarks.js';
import { sortArticleLines, sumArticleLines } from './steps/sum-and-sort.js';
import { resolveYourReference } from './steps/your-reference.js';
import { cleanText, fitText } from './text.js';
import { type MappingWarning, WarningList } from './warnings.js';

/** What `mapOrder` returns: the document to create, and what had to change on the way. */
export type MappingResult = (
  | { target: 'order'; document: FortnoxOrderInput }
  | { target: 'invoice'; document: FortnoxInvoiceInput }
) & {
  warnings: MappingWarning[];
};

type Head = Omit<FortnoxOrderInput, 'OrderRows' | 'OrderDate' | 'CopyRemarks'>;

function assign<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkContext(order: Order, context: MappingContext): void {
  if (!ISO_DATE.test(context.today)) {
    throw new MappingError(
      'invalid-today',
      `context.today must be YYYY-MM-DD, got ${JSON.stringify(context.today)}`,
    );
  }
  const facility = context.facility;
  if (facility && order.facilityId !== undefined && facility.id !== order.facilityId) {
    throw new MappingError(
      'facility-mismatch',
      `context.facility is ${facility.id}, the order's facility is ${order.facilityId}`,
      { path: 'facilityId' },
    );
  }
}

// Customer, references, order numbers, cost center and delivery; rows for numbers that
// did not fit their field.
function buildHead(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): { head: Head; numberRows: string[] } {
  const head: Head = { CustomerNumber: resolveCustomerNumber(order, settings, context, warnings) };
  assign(head, 'YourReference', resolveYourReference(order, settings, context, warnings));
  const numbers = resolveOrderNumbers(order, settings, context, warnings);
  assign(head, 'OurReference', numbers.OurReference);
  assign(head, 'YourOrderNumber', numbers.YourOrderNumber);
  // 9: our number goes nowhere, not even this internal field (decisions/090).
  if (!settings.doNotSendOrderNumber) {
    const reference = cleanText(order.number, 'ExternalInvoiceReference1', warnings);
    const max = FORTNOX_LIMITS.externalInvoiceReference;
    head.ExternalInvoiceReference1 = fitText(reference, max, 'ExternalInvoiceReference1', warnings);
  }
  if (settings.costCenter) head.CostCenter = settings.costCenter;
  Object.assign(head, buildDelivery(order, settings, context, warnings));
  return { head, numberRows: numbers.rows };
}

// Top texts (order text with 6, moved numbers, header rows), then the order's own rows.
function buildDraft(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  topTexts: readonly string[],
  warnings: WarningList,
): DraftRow[] {
  const built = buildArticleLines(order, settings, context, warnings);
  const lines = sortArticleLines(sumArticleLines(built, settings), settings);
  const draft: DraftRow[] = [];
  for (const text of topTexts) draft.push({ kind: 'text', text });
  for (const text of buildHeaderRows(order, settings, context)) draft.push({ kind: 'text', text });
  for (const row of layoutBody(order, lines, settings, context, warnings)) draft.push(row);
  return draft;
}

/**
 * Turns a host order into the Fortnox order or invoice the settings ask for. Pure and
 * deterministic: lookups and today's date come from `context`. Everything shortened,
 * replaced, moved or dropped is listed in `warnings`; input no document can be made from
 * throws a {@link MappingError}.
 *
 * @example
 * const { target, document, warnings } = mapOrder(order, IntegrationSettings.parse(stored), context);
 */
export function mapOrder(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
): MappingResult {
  checkContext(order, context);
  const warnings = new WarningList();
  const target = settings.createInvoiceDirectly ? 'invoice' : 'order';
  const { head, numberRows } = buildHead(order, settings, context, warnings);
  const orderText = buildOrderText(order, settings, context);
  const rows = new RowWriter(target, warnings);
  rows.writeAll(
    buildDraft(order, settings, context, [...orderText.topRows, ...numberRows], warnings),
  );
  assign(head, 'Remarks', writeRemarks(orderText.remarks, rows, warnings));
  assign(head, 'Comments', buildComments(order, settings, warnings));
  // Setting 33 (time report) is not the document's: time-report/plan-time-report.ts.
  const result = { warnings: warnings.items };
  if (target === 'invoice') {
    const document: FortnoxInvoiceInput = {
      ...head,
      InvoiceDate: context.today,
      InvoiceRows: rows.rows,
    };
    return { target, document, ...result };
  }
  const document: FortnoxOrderInput = { ...head, OrderDate: order.orderDate, OrderRows: rows.rows };
  if (head.Remarks) document.CopyRemarks = true;
  return { target, document, ...result };
}
