import type { FieldRow, FieldType } from './define-field-table.js';

/**
 * Valid values for fields whose name carries a rule (codes that must exist in the seeded
 * registers, enums, e-mail, country codes). Test support for the conformance test.
 */
const BY_NAME: Record<string, unknown> = {
  CostCenter: 'SERV',
  PriceList: 'A',
  TermsOfPayment: '30',
  TermsOfDelivery: 'FVL',
  WayOfDelivery: 'P',
  Unit: 'st',
  Currency: 'SEK',
  CountryCode: 'SE',
  DeliveryCountryCode: 'SE',
  VisitingCountryCode: 'SE',
  VATType: 'SEVAT',
  OrganisationNumber: '556036-0793',
  Language: 'SV',
  DiscountType: 'PERCENT',
  InvoiceType: 'INVOICE',
  TaxReductionType: 'none',
  CauseCode: 'TID',
  EmployeeId: '1',
  ArticleNumber: '1',
  CustomerNumber: '1',
  InvoiceNumber: '1',
  VAT: 25,
  Labels: [],
};

/** A value of `type` that any text, number or date rule accepts. */
function byType(type: FieldType): unknown {
  switch (type) {
    case 'decimal':
      return '2.50';
    case 'number':
    case 'integer':
      return 3;
    case 'boolean':
      return false;
    case 'boolean-string':
      return 'false';
    case 'date':
      return '2026-03-02';
    case 'object':
      return {};
    case 'array':
      return [];
    default:
      return 'Prov';
  }
}

function sampleValue(name: string, type: FieldType): unknown {
  if (name in BY_NAME) return BY_NAME[name];
  if (type === 'string' && name.startsWith('Email')) return 'prov@exempel.se';
  return byType(type);
}

/** One value per writable field; `overrides` wins (resource-specific rules). */
export function sampleWrite(
  fields: Readonly<Record<string, FieldRow>>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, [type, access]] of Object.entries(fields)) {
    if (access !== 'w') continue;
    body[name] = name in overrides ? overrides[name] : sampleValue(name, type);
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete body[name];
  }
  return body;
}
