import { defineFieldTable } from './define-field-table.js';

/** `/3/costcenters`: CostCenter fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const costCenterFields = defineFieldTable({
  resource: 'costcenters',
  wrapper: 'CostCenter',
  listKey: 'CostCenters',
  fields: {
    '@url': ['string', 'r'],
    Code: ['string', 'w'],
    Description: ['string', 'w'],
    Note: ['string', 'w'],
    Active: ['boolean', 'w'],
  },
});

/** `/3/pricelists`: PriceList fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const priceListFields = defineFieldTable({
  resource: 'pricelists',
  wrapper: 'PriceList',
  listKey: 'PriceLists',
  fields: {
    '@url': ['string', 'r'],
    Code: ['string', 'w'],
    Description: ['string', 'w'],
    Comments: ['string', 'w'],
    PreSelected: ['boolean', 'r'],
  },
});

/** `/3/units`: Unit fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const unitFields = defineFieldTable({
  resource: 'units',
  wrapper: 'Unit',
  listKey: 'Units',
  fields: {
    '@url': ['string', 'r'],
    Code: ['string', 'w'],
    Description: ['string', 'w'],
    CodeEnglish: ['string', 'w'],
  },
});

/** `/3/termsofpayments`: TermsOfPayment fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const termsOfPaymentFields = defineFieldTable({
  resource: 'termsofpayments',
  wrapper: 'TermsOfPayment',
  listKey: 'TermsOfPayments',
  fields: {
    '@url': ['string', 'r'],
    Code: ['string', 'w'],
    Description: ['string', 'w'],
  },
});

/** `/3/termsofdeliveries`: TermsOfDelivery fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const termsOfDeliveryFields = defineFieldTable({
  resource: 'termsofdeliveries',
  wrapper: 'TermsOfDelivery',
  listKey: 'TermsOfDeliveries',
  fields: {
    '@url': ['string', 'r'],
    Code: ['string', 'w'],
    Description: ['string', 'w'],
    DescriptionEnglish: ['string', 'w'],
  },
});

/** `/3/wayofdeliveries`: WayOfDelivery fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const wayOfDeliveryFields = defineFieldTable({
  resource: 'wayofdeliveries',
  wrapper: 'WayOfDelivery',
  listKey: 'WayOfDeliveries',
  fields: {
    '@url': ['string', 'r'],
    Code: ['string', 'w'],
    Description: ['string', 'w'],
    DescriptionEnglish: ['string', 'w'],
  },
});
