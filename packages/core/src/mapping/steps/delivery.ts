import { FORTNOX_IDENTIFIER_PATTERN, FORTNOX_LIMITS } from '../../fortnox/text-rules.js';
import type { Order } from '../../host/order.js';
import { findCustomField } from '../../host/primitives.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { cleanText, fitText } from '../text.js';
import type { WarningList } from '../warnings.js';

/** The delivery fields of the document head. */
export interface DeliveryFields {
  DeliveryDate?: string;
  TermsOfDelivery?: string;
  WayOfDelivery?: string;
  DeliveryName?: string;
  DeliveryAddress1?: string;
  DeliveryAddress2?: string;
  DeliveryZipCode?: string;
  DeliveryCity?: string;
}

/** Custom field names read for terms and way of delivery. */
export const DELIVERY_FIELDS = { terms: 'Leveransvillkor', way: 'Leveranssätt' } as const;

function deliveryCode(
  value: string | undefined,
  max: number,
  field: string,
  warnings: WarningList,
): string | undefined {
  if (!value) return undefined;
  if (value.length <= max && FORTNOX_IDENTIFIER_PATTERN.test(value)) return value;
  warnings.add(
    'value-dropped',
    field,
    `${JSON.stringify(value)} is not a Fortnox ${field} code (max ${max}, no spaces); left out`,
  );
  return undefined;
}

function text(
  value: string | undefined,
  max: number,
  field: keyof DeliveryFields,
  warnings: WarningList,
): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? fitText(cleanText(trimmed, field, warnings), max, field, warnings) : undefined;
}

/**
 * Delivery (SPEC §5, settings 39, 40): the delivery date always; terms and way of
 * delivery from the custom fields `Leveransvillkor`/`Leveranssätt`; the customer's name
 * and address as delivery name and address when asked.
 */
export function buildDelivery(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): DeliveryFields {
  const fields: DeliveryFields = {};
  if (order.deliveryDate) fields.DeliveryDate = order.deliveryDate;
  const terms = deliveryCode(
    findCustomField(order.customFields, [DELIVERY_FIELDS.terms]),
    FORTNOX_LIMITS.termsOfDeliveryCode,
    'TermsOfDelivery',
    warnings,
  );
  if (terms) fields.TermsOfDelivery = terms;
  const way = deliveryCode(
    findCustomField(order.customFields, [DELIVERY_FIELDS.way]),
    FORTNOX_LIMITS.wayOfDeliveryCode,
    'WayOfDelivery',
    warnings,
  );
  if (way) fields.WayOfDelivery = way;
  const { customer } = context;
  if (settings.customerNameAsDeliveryName) {
    const name = text(customer.name, FORTNOX_LIMITS.deliveryName, 'DeliveryName', warnings);
    if (name) fields.DeliveryName = name;
  }
  if (settings.customerAddressAsDeliveryAddress && customer.address) {
    const { street, street2, zipCode, city } = customer.address;
    const entries: [keyof DeliveryFields, string | undefined][] = [
      ['DeliveryAddress1', text(street, FORTNOX_LIMITS.address, 'DeliveryAddress1', warnings)],
      ['DeliveryAddress2', text(street2, FORTNOX_LIMITS.address, 'DeliveryAddress2', warnings)],
      ['DeliveryZipCode', text(zipCode, FORTNOX_LIMITS.zipCode, 'DeliveryZipCode', warnings)],
      ['DeliveryCity', text(city, FORTNOX_LIMITS.city, 'DeliveryCity', warnings)],
    ];
    for (const [key, value] of entries) if (value) fields[key] = value;
  }
  return fields;
}
