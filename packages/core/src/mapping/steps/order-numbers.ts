import { FORTNOX_LIMITS } from '../../fortnox/text-rules.js';
import type { Order } from '../../host/order.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { LABELS } from '../labels.js';
import { charLength, cleanText, fitText } from '../text.js';
import type { WarningList } from '../warnings.js';

/** OurReference, YourOrderNumber and any number that did not fit (as text rows). */
export interface OrderNumberFields {
  OurReference?: string;
  YourOrderNumber?: string;
  /** Text rows for numbers that do not fit YourOrderNumber (never silently lost). */
  rows: string[];
}

// 29/30: the signer wins over the assignee when both are on (decisions/022).
function referenceUserName(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): string | undefined {
  const candidates: [boolean, string | undefined][] = [
    [settings.signerAsOurReference, order.signedById],
    [settings.assigneeAsOurReference, order.assigneeId],
  ];
  for (const [on, userId] of candidates) {
    if (!on || !userId) continue;
    const user = context.users.get(userId);
    if (user) return user.name;
    warnings.add('lookup-missing', 'OurReference', `user ${userId} is not in the mapping context`);
  }
  return undefined;
}

/**
 * Settings 9, 10, 29, 30 and the customer's order number (decisions/022, /023): our number
 * goes in OurReference (or YourOrderNumber with 10, or nowhere with 9); a user's name
 * from 29/30 takes OurReference; the customer's number goes in YourOrderNumber, after ours.
 */
export function resolveOrderNumbers(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): OrderNumberFields {
  const ourNumber = settings.doNotSendOrderNumber
    ? undefined
    : cleanText(order.number, 'OurReference', warnings);
  const userName = referenceUserName(order, settings, context, warnings);
  const result: OrderNumberFields = { rows: [] };
  const ourReference = userName ?? (settings.orderNumberAsYourOrderNumber ? undefined : ourNumber);
  if (ourReference)
    result.OurReference = fitText(
      cleanText(ourReference, 'OurReference', warnings),
      FORTNOX_LIMITS.reference,
      'OurReference',
      warnings,
    );

  const parts: [label: string, value: string][] = [];
  if (ourNumber && settings.orderNumberAsYourOrderNumber)
    parts.push([LABELS.orderNumber, ourNumber]);
  const customerNumber = order.customerOrderNumber?.trim();
  if (customerNumber)
    parts.push([LABELS.yourOrderNumber, cleanText(customerNumber, 'YourOrderNumber', warnings)]);
  let joined = '';
  for (const [label, value] of parts) {
    const candidate = joined ? `${joined} / ${value}` : value;
    if (charLength(candidate) <= FORTNOX_LIMITS.yourOrderNumber) {
      joined = candidate;
      continue;
    }
    result.rows.push(`${label}: ${value}`);
    warnings.add(
      'value-moved',
      'YourOrderNumber',
      `${label} ${JSON.stringify(value)} does not fit YourOrderNumber (30 characters); written as a text row`,
    );
  }
  if (joined) result.YourOrderNumber = joined;
  return result;
}
