import { FORTNOX_IDENTIFIER_PATTERN, FORTNOX_LIMITS } from '../../fortnox/text-rules.js';
import type { Order } from '../../host/order.js';
import type { IntegrationSettings } from '../../settings/integration-settings.js';
import type { MappingContext } from '../context.js';
import { MappingError } from '../errors.js';
import type { WarningList } from '../warnings.js';

/**
 * Whether the order is work between two subgroups (companies) of the group: it belongs to
 * another subgroup than the one sending it (decisions/024).
 */
export function isBetweenSubgroups(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
): boolean {
  if (!context.usesSubgroups || settings.internalInvoiceCustomer === '') return false;
  const sending = context.currentSubgroup ?? settings.subgroup;
  const owning = order.subgroup ?? context.customer.subgroup;
  return Boolean(sending && owning && sending !== owning);
}

/** The Fortnox customer of the document: the order's, or the internal invoicing customer. */
export function resolveCustomerNumber(
  order: Order,
  settings: IntegrationSettings,
  context: MappingContext,
  warnings: WarningList,
): string {
  const { customer } = context;
  if (customer.id !== order.customerId) {
    throw new MappingError(
      'customer-mismatch',
      `context.customer is ${customer.id}, the order's customer is ${order.customerId}`,
      { path: 'customerId' },
    );
  }
  if (isBetweenSubgroups(order, settings, context)) {
    warnings.add(
      'internal-invoice-customer',
      'CustomerNumber',
      `order of subgroup ${order.subgroup ?? customer.subgroup} invoiced to the internal invoicing customer ${settings.internalInvoiceCustomer}`,
    );
    return settings.internalInvoiceCustomer;
  }
  const number = customer.fortnoxCustomerNumber?.trim();
  if (!number) {
    throw new MappingError(
      'customer-not-linked',
      `customer ${customer.id} (${customer.name}) is not linked to a Fortnox customer yet; sync customers first`,
      { path: 'customerId' },
    );
  }
  if (number.length > FORTNOX_LIMITS.customerNumber || !FORTNOX_IDENTIFIER_PATTERN.test(number)) {
    throw new MappingError(
      'invalid-customer-number',
      `customer number ${JSON.stringify(number)} is not a valid Fortnox customer number`,
      { path: 'customerId' },
    );
  }
  return number;
}
