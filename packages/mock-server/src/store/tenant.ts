import type { ArticleRecord } from '../schemas/article.js';
import type {
  CompanyInformation,
  CostCenterRecord,
  PriceListRecord,
  PriceRecord,
  TermsOfDeliveryRecord,
  TermsOfPaymentRecord,
  UnitRecord,
  WayOfDeliveryRecord,
} from '../schemas/code-registers.js';
import type { CustomerRecord } from '../schemas/customer.js';
import type { InvoicePaymentRecord, InvoiceRecord, OrderRecord } from '../schemas/documents.js';
import type { AttendanceTransactionRecord, EmployeeRecord } from '../schemas/salary.js';
import { Register } from './register.js';

/** All registers of one Fortnox company (tenant). Tenants share nothing. */
export interface Tenant {
  readonly tenantId: number;
  company: CompanyInformation;
  readonly customers: Register<CustomerRecord>;
  readonly articles: Register<ArticleRecord>;
  readonly priceLists: Register<PriceListRecord>;
  readonly prices: Register<PriceRecord>;
  readonly orders: Register<OrderRecord>;
  readonly invoices: Register<InvoiceRecord>;
  readonly invoicePayments: Register<InvoicePaymentRecord>;
  readonly costCenters: Register<CostCenterRecord>;
  readonly units: Register<UnitRecord>;
  readonly termsOfDelivery: Register<TermsOfDeliveryRecord>;
  readonly waysOfDelivery: Register<WayOfDeliveryRecord>;
  readonly termsOfPayment: Register<TermsOfPaymentRecord>;
  readonly employees: Register<EmployeeRecord>;
  readonly attendanceTransactions: Register<AttendanceTransactionRecord>;
  /** The last voucher number used when bookkeeping. */
  voucherCounter: number;
  /** The last document row id handed out (RowIds change on every update). */
  rowIdCounter: number;
}

/** An empty tenant. */
export function createTenantData(tenantId: number, company: CompanyInformation): Tenant {
  return {
    tenantId,
    company,
    customers: new Register(),
    articles: new Register(),
    priceLists: new Register(),
    prices: new Register(),
    orders: new Register(),
    invoices: new Register(),
    invoicePayments: new Register(),
    costCenters: new Register(),
    units: new Register(),
    termsOfDelivery: new Register(),
    waysOfDelivery: new Register(),
    termsOfPayment: new Register(),
    employees: new Register(),
    attendanceTransactions: new Register(),
    voucherCounter: 0,
    rowIdCounter: 1_000,
  };
}

/** The default price list: the one marked `PreSelected` (the seed makes it `A`). */
export function defaultPriceList(tenant: Tenant): string {
  for (const list of tenant.priceLists.values()) if (list.PreSelected) return list.Code;
  return 'A';
}
