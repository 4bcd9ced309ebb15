import type { FortnoxAttendanceTransactionInput } from '../fortnox/documents/attendance.js';
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
import { buildTimeReport } from './steps/time-report.js';
import { resolveYourReference } from './steps/your-reference.js';
import { cleanText, fitText } from './text.js';
import { type MappingWarning, WarningList } from './warnings.js';

/** What `mapOrder` returns: the document to create, and what had to change on the way. */
export type MappingResult = (
  | { target: 'order'; document: FortnoxOrderInput }
  | { target: 'invoice'; document: FortnoxInvoiceInput }
) & {
  warnings: MappingWarning[];
  /** Time to report to Fortnox payroll (setting 33); empty when off. */
  attendanceTransactions: FortnoxAttendanceTransactionInput[];
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
  const head: Head = { CustomerNumber: resolveCustomerNumber(order, settings, context, warnings) };
  assign(head, 'YourReference', resolveYourReference(order, settings, context, warnings));
  const numbers = resolveOrderNumbers(order, settings, context, warnings);
  assign(head, 'OurReference', numbers.OurReference);
  assign(head, 'YourOrderNumber', numbers.YourOrderNumber);
  head.ExternalInvoiceReference1 = fitText(
    cleanText(order.number, 'ExternalInvoiceReference1', warnings),
    FORTNOX_LIMITS.externalInvoiceReference,
    'ExternalInvoiceReference1',
    warnings,
  );
  if (settings.costCenter) head.CostCenter = settings.costCenter;
  Object.assign(head, buildDelivery(order, settings, context, warnings));

  const orderText = buildOrderText(order, settings, context);
  const lines = sortArticleLines(
    sumArticleLines(buildArticleLines(order, settings, context, warnings), settings),
    settings,
  );
  const topTexts = [
    ...orderText.topRows,
    ...numbers.rows,
    ...buildHeaderRows(order, settings, context),
  ];
  const draft: DraftRow[] = topTexts.map((text) => ({ kind: 'text', text }));
  draft.push(...layoutBody(order, lines, settings, context, warnings));
  const rows = new RowWriter(target, warnings);
  rows.writeAll(draft);
  assign(head, 'Remarks', writeRemarks(orderText.remarks, rows, warnings));
  assign(head, 'Comments', buildComments(order, settings, warnings));
  const attendanceTransactions = buildTimeReport(order, settings, context, warnings);

  if (target === 'invoice') {
    const document: FortnoxInvoiceInput = {
      ...head,
      InvoiceDate: context.today,
      InvoiceRows: rows.rows,
    };
    return { target, document, warnings: warnings.items, attendanceTransactions };
  }
  const document: FortnoxOrderInput = { ...head, OrderDate: order.orderDate, OrderRows: rows.rows };
  if (head.Remarks) document.CopyRemarks = true;
  return { target, document, warnings: warnings.items, attendanceTransactions };
}
