import type { OrderInput } from '../host/order.js';
import type { IntegrationSettingsInput, SettingKey } from '../settings/integration-settings.js';
import type { MappingContextInput } from './context.js';

// Test fixture: for each setting the mapping reads, a value other than its default and what
// else must hold for that value to show on the golden order (golden.fixture.ts). The
// coverage test maps the golden order with `base` and with `base` plus the flip, and
// requires the two results to differ.

/** One setting flipped away from its default on the golden order. */
export interface GoldenFlip {
  /** The non-default value. */
  value: IntegrationSettingsInput[SettingKey];
  /** Other settings the flip needs (e.g. #5 shows only with #4); defaults otherwise. */
  base?: IntegrationSettingsInput;
  /** Only where the setting acts on another kind of order than the golden work order. */
  order?: Partial<OrderInput>;
  /** Only where the setting acts on subgroups, which the golden context does not use. */
  context?: Partial<MappingContextInput>;
}

const otherSubgroup = { usesSubgroups: true, currentSubgroup: 'eskilstuna' };

/** Every setting whose metadata says the mapping reads it. */
export const GOLDEN_FLIPS: Partial<Record<SettingKey, GoldenFlip>> = {
  orderText: { value: 'Tack för uppdraget!' },
  internalInvoiceCustomer: { value: '9000', context: otherSubgroup },
  subgroup: {
    value: 'eskilstuna',
    base: { internalInvoiceCustomer: '9000' },
    context: { usesSubgroups: true },
  },
  sortByActions: { value: true }, // 1
  includeActionDate: { value: true }, // 2
  includeDescriptionAndFault: { value: true }, // 3
  includeServiceObjectOnRow: { value: true }, // 4
  includeServiceObjectMachineNumber: { value: true, base: { includeServiceObjectOnRow: true } }, // 5
  orderTextOnTop: { value: true, base: { orderText: 'Tack för uppdraget!' } }, // 6
  summaryInOrderText: { value: true }, // 7
  descriptionAndFaultInOrderText: { value: true }, // 8
  doNotSendOrderNumber: { value: true }, // 9
  orderNumberAsYourOrderNumber: { value: true }, // 10
  setPricesOnRows: { value: true }, // 11
  includeTechnicianOnRows: { value: true }, // 12
  sortArticlesByDate: { value: true }, // 13
  createInvoiceDirectly: { value: true }, // 14
  excludeHiddenArticles: { value: true }, // 15
  includeSalesOrderStatus: { value: true, order: { kind: 'sales' } }, // 16
  includeFacilityName: { value: true }, // 17
  includeUserCostCenterOnRows: { value: true }, // 20
  costCenter: { value: 'PROJ' }, // 21
  sumArticleRows: { value: true }, // 25
  includeServiceObjectComment: { value: true }, // 26
  includeComments: { value: true }, // 27
  assigneeAsOurReference: { value: true }, // 29
  signerAsOurReference: { value: true }, // 30
  serialNumberMaxLength: { value: 5, base: { includeServiceObjectOnRow: true } }, // 31
  orderNumberInComment: { value: true }, // 32
  serviceObjectPrefix: { value: 'Maskin :', base: { includeServiceObjectOnRow: true } }, // 34
  includeOperatingHoursInOrderText: { value: true }, // 37
  includeContactPhoneInYourReference: { value: true }, // 38
  customerNameAsDeliveryName: { value: true }, // 39
  customerAddressAsDeliveryAddress: { value: true }, // 40
  technicianInActionSummary: { value: true, base: { sortByActions: true } }, // 41
  requesterAsYourReference: { value: true }, // 43
  noSumArticleNumbers: { value: '12', base: { sumArticleRows: true } }, // 44
  ignoredRowCostCenters: { value: 'SERV', base: { includeUserCostCenterOnRows: true } }, // 45
  noPriceArticleNumbers: { value: '12', base: { setPricesOnRows: true } }, // 46
};

/**
 * The settings the mapping never reads, so no golden document can show them, each with
 * the reason and the behaviour it governs instead (tested where that behaviour lives).
 */
export const NOT_IN_DOCUMENT: Partial<Record<SettingKey, string>> = {
  markInvoicedOnSend:
    '#18 when the host order becomes invoiced; send-order.test.ts "marks the host order invoiced at once when 18 is on"',
  allowSendBeforeReady:
    '#19 whether an order not ready for invoicing may be sent; send-order.test.ts "refuses an order that is not ready for invoicing unless setting 19 is on"',
  sendInvoiceAfterTransfer:
    '#36 whether the created invoice is sent on; send-order.test.ts "creates the invoice and sends it by the customer delivery type when 36 is on"',
  createOrderFromReference:
    '#35 whether "Hämta order" may import; import-order.test.ts "refuses when the setting is off, …"',
  syncUpdatedArticles:
    '#22 whether the sync updates changed articles; sync-rules.test.ts "with 22 off, a changed article is not updated on the other side"',
  syncPrices:
    '#23 whether the sync carries prices; sync-prices.test.ts "with 23 off, prices flow in neither direction"',
  syncUpdatedCustomers:
    '#24 whether the sync overwrites linked customers; sync-rules.test.ts "with 24 off, leaves linked customers alone on both sides"',
  disableArticleCreation:
    '#28 whether the sync sends host articles to Fortnox; sync-rules.test.ts "with 28 on, sends no host article to Fortnox, …"',
  sendTimeReport:
    '#33 the time report workflow, not the document (decisions/122); send-time-report.test.ts "reports actions with hours and lists per user and date the ones it could not send"',
  timeReportCauseCode:
    'the cause code of the time report (decisions/121); send-time-report.test.ts "refuses an unknown cause code before writing anything, in Swedish and English"',
  setSubgroupOnSync:
    '#42 the subgroup of customers the sync imports; sync-rules.test.ts "leaves the subgroup empty when 42 is off"',
};
