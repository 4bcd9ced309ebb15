import type { Order } from '../../host/order.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { LABELS } from '../labels.js';
import { orderServiceObjectIds } from './service-objects.js';

/** The order text box (Remarks) and the order text rows that go on top. */
export interface OrderText {
  /** Paragraphs of Remarks, joined with line breaks later. */
  remarks: string[];
  /** Text for the top of the rows (setting 6); each line becomes a row. */
  topRows: string[];
}

/** Description and fault/cause as labelled lines. */
export function descriptionAndFault(order: Order): string[] {
  const lines: string[] = [];
  const description = order.description?.trim();
  if (description) lines.push(`${LABELS.description}: ${description}`);
  const fault = order.faultCause?.trim();
  if (fault) lines.push(`${LABELS.faultCause}: ${fault}`);
  return lines;
}

// 7: kind and number (our number unless 9), date, then each date's actions.
function summary(order: Order, settings: IntegrationSettings): string {
  const title = settings.doNotSendOrderNumber
    ? LABELS.kind[order.kind]
    : `${LABELS.kind[order.kind]} ${order.number}`;
  const lines = [`${title}, ${order.orderDate}`];
  const byDate = new Map<string, string[]>();
  for (const action of order.actions) {
    const text = action.description.trim();
    if (!text) continue;
    const list = byDate.get(action.date) ?? [];
    list.push(text);
    byDate.set(action.date, list);
  }
  for (const date of [...byDate.keys()].sort())
    lines.push(`${date}: ${(byDate.get(date) ?? []).join('; ')}`);
  return lines.join('\n');
}

// 37: operating hours of every service object on the order that has them.
function operatingHours(order: Order, context: MappingContext): string[] {
  const lines: string[] = [];
  for (const id of orderServiceObjectIds(order)) {
    const object = context.serviceObjects.get(id);
    if (object?.operatingHours === undefined) continue;
    lines.push(
      `${LABELS.operatingHours} ${object.name}: ${object.operatingHours} ${LABELS.hoursUnit}`,
    );
  }
  return lines;
}

/**
 * The general order text and settings 6, 7, 8 and 37 (decisions/025): the order text goes
 * in Remarks, or on top as rows with 6; the summary (7), description and fault (8) and
 * operating hours (37) always go in Remarks, where line breaks survive.
 */
export function buildOrderText(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
): OrderText {
  const result: OrderText = { remarks: [], topRows: [] };
  if (settings.orderText.trim()) {
    (settings.orderTextOnTop ? result.topRows : result.remarks).push(settings.orderText);
  }
  if (settings.summaryInOrderText) result.remarks.push(summary(order, settings));
  if (settings.descriptionAndFaultInOrderText) result.remarks.push(...descriptionAndFault(order));
  if (settings.includeOperatingHoursInOrderText)
    result.remarks.push(...operatingHours(order, context));
  return result;
}
