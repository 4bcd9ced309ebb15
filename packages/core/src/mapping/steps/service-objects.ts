import type { ServiceObject } from '../../host/facility.js';
import type { Order } from '../../host/order.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { LABELS } from '../labels.js';
import type { WarningList } from '../warnings.js';

// 31: 0 = the whole serial number.
function cutSerial(serial: string, max: number): string {
  return max > 0 ? [...serial].slice(0, max).join('') : serial;
}

/**
 * The line describing a service object on the rows (settings 4, 5, 26, 31, 34): prefix and
 * name, machine number, serial number (cut), comment. Empty when none of them is on.
 *
 * @example 'Maskin :ATLAS COPCO GA 10, Maskinnr 7, Serienr API1234'
 */
export function serviceObjectText(object: ServiceObject, settings: IntegrationSettings): string {
  const parts: string[] = [];
  if (settings.includeServiceObjectOnRow) {
    parts.push(`${settings.serviceObjectPrefix}${object.name}`);
    const machine = object.machineNumber?.trim();
    if (settings.includeServiceObjectMachineNumber && machine)
      parts.push(`${LABELS.machineNumber} ${machine}`);
    const serial = object.serialNumber?.trim();
    if (serial)
      parts.push(`${LABELS.serialNumber} ${cutSerial(serial, settings.serialNumberMaxLength)}`);
  }
  const comment = object.comment?.trim();
  if (settings.includeServiceObjectComment && comment) parts.push(comment);
  return parts.join(', ');
}

/** Looks a service object up, warning when the context lacks it. */
export function lookupServiceObject(
  id: string,
  context: MappingContext,
  warnings: WarningList,
): ServiceObject | undefined {
  const object = context.serviceObjects.get(id);
  if (!object)
    warnings.add(
      'lookup-missing',
      'OrderRows',
      `service object ${id} is not in the mapping context`,
    );
  return object;
}

/** The order's service objects plus those its actions and rows refer to, in that order, once each. */
export function orderServiceObjectIds(order: Order): string[] {
  const ids = new Set(order.serviceObjectIds);
  for (const action of order.actions) if (action.serviceObjectId) ids.add(action.serviceObjectId);
  for (const row of order.articleRows) if (row.serviceObjectId) ids.add(row.serviceObjectId);
  return [...ids];
}
