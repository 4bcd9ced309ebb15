import { FORTNOX_LIMITS } from '../../fortnox/text-rules.js';
import type { Order } from '../../host/order.js';
import type { ContactPerson } from '../../host/people.js';
import { findCustomField } from '../../host/primitives.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { charLength, cleanText, fitText } from '../text.js';
import type { WarningList } from '../warnings.js';

/** Custom field names that feed "Er referens", matched exactly, in this order. */
export const YOUR_REFERENCE_FIELDS = ['Er referens', 'referens'] as const;
const FIELD = 'YourReference';

/** The custom field `Er referens`/`referens` on the order, then facility, then customer. */
export function findYourReferenceField(order: Order, context: MappingContext): string | undefined {
  return (
    findCustomField(order.customFields, YOUR_REFERENCE_FIELDS) ??
    findCustomField(context.facility?.customFields, YOUR_REFERENCE_FIELDS) ??
    findCustomField(context.customer.customFields, YOUR_REFERENCE_FIELDS)
  );
}

// 43: the requester when set and on, otherwise the contact person.
function referencePerson(order: Order, settings: IntegrationSettings): ContactPerson | undefined {
  const requester = order.requester?.name.trim() ? order.requester : undefined;
  if (settings.requesterAsYourReference && requester) return requester;
  return order.contactPerson?.name.trim() ? order.contactPerson : undefined;
}

// 38: "name, phone", shortening the name rather than the phone number.
function withPhone(name: string, phone: string, warnings: WarningList): string {
  const suffix = `, ${phone}`;
  const room = FORTNOX_LIMITS.reference - charLength(suffix);
  if (room < 1) return fitText(name + suffix, FORTNOX_LIMITS.reference, FIELD, warnings);
  return fitText(name, room, FIELD, warnings) + suffix;
}

/**
 * YourReference ("Er referens", decisions/021): a custom field wins; otherwise the
 * contact person or, with setting 43, the requester; setting 38 adds that person's phone.
 */
export function resolveYourReference(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): string | undefined {
  const fromField = findYourReferenceField(order, context);
  if (fromField)
    return fitText(
      cleanText(fromField, FIELD, warnings),
      FORTNOX_LIMITS.reference,
      FIELD,
      warnings,
    );
  const person = referencePerson(order, settings);
  if (!person) return undefined;
  const name = cleanText(person.name.trim(), FIELD, warnings);
  const phone = settings.includeContactPhoneInYourReference ? person.phone?.trim() : undefined;
  if (!phone) return fitText(name, FORTNOX_LIMITS.reference, FIELD, warnings);
  return withPhone(name, cleanText(phone, FIELD, warnings), warnings);
}
