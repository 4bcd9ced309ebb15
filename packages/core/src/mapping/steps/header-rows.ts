import type { Order } from '../../host/order.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { LABELS } from '../labels.js';
import { descriptionAndFault } from './remarks.js';
import { serviceObjectText } from './service-objects.js';

// Service objects on the order that no action or row refers to (listed once on top).
function unreferencedServiceObjects(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
): string[] {
  if (!settings.includeServiceObjectOnRow && !settings.includeServiceObjectComment) return [];
  const used = new Set<string>();
  for (const action of order.actions) if (action.serviceObjectId) used.add(action.serviceObjectId);
  for (const row of order.articleRows) if (row.serviceObjectId) used.add(row.serviceObjectId);
  const lines: string[] = [];
  for (const id of order.serviceObjectIds) {
    const object = used.has(id) ? undefined : context.serviceObjects.get(id);
    const text = object ? serviceObjectText(object, settings) : '';
    if (text) lines.push(text);
  }
  return lines;
}

/**
 * Text rows above the order's own rows: facility name (17), sales order status (16),
 * description and fault (3), and service objects without rows (4, 26).
 */
export function buildHeaderRows(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
): string[] {
  const rows: string[] = [];
  if (settings.includeFacilityName && context.facility)
    rows.push(`${LABELS.facility}: ${context.facility.name}`);
  const status = order.status?.trim();
  if (settings.includeSalesOrderStatus && order.kind === 'sales' && status)
    rows.push(`${LABELS.status}: ${status}`);
  if (settings.includeDescriptionAndFault) rows.push(...descriptionAndFault(order));
  rows.push(...unreferencedServiceObjects(order, settings, context));
  return rows;
}
