import { articleFields } from './articles.js';
import { attendanceTransactionFields } from './attendance-transactions.js';
import {
  costCenterFields,
  priceListFields,
  termsOfDeliveryFields,
  termsOfPaymentFields,
  unitFields,
  wayOfDeliveryFields,
} from './code-registers.js';
import { companyInformationFields } from './company-information.js';
import { customerFields } from './customers.js';
import type { FieldTable } from './define-field-table.js';
import { employeeFields } from './employees.js';
import { invoicePaymentFields } from './invoice-payments.js';
import { invoiceFields } from './invoices.js';
import { orderFields } from './orders.js';
import { priceFields } from './prices.js';

export {
  defineFieldTable,
  type FieldRow,
  type FieldTable,
  type FieldType,
  writableFields,
} from './define-field-table.js';
export {
  articleFields,
  attendanceTransactionFields,
  companyInformationFields,
  costCenterFields,
  customerFields,
  employeeFields,
  invoiceFields,
  invoicePaymentFields,
  orderFields,
  priceFields,
  priceListFields,
  termsOfDeliveryFields,
  termsOfPaymentFields,
  unitFields,
  wayOfDeliveryFields,
};

/** Every emulated resource's field table, by path below `/3/`. */
export const FIELD_TABLES: readonly FieldTable[] = [
  customerFields,
  articleFields,
  priceFields,
  priceListFields,
  orderFields,
  invoiceFields,
  invoicePaymentFields,
  costCenterFields,
  unitFields,
  termsOfPaymentFields,
  termsOfDeliveryFields,
  wayOfDeliveryFields,
  companyInformationFields,
  employeeFields,
  attendanceTransactionFields,
];
