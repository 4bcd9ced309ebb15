import { badRequest, FORTNOX_CODES } from '../http/fortnox-error.js';
import type { CustomerRecord } from '../schemas/customer.js';
import type { Register } from '../store/register.js';
import type { DomainContext } from './context.js';
import { checkReferences } from './references.js';

/** Head fields a new order or invoice copies from its customer unless given. */
export function customerDefaults(customer: CustomerRecord) {
  return {
    CustomerName: customer.Name,
    Address1: customer.Address1 ?? '',
    Address2: customer.Address2 ?? '',
    City: customer.City ?? '',
    ZipCode: customer.ZipCode ?? '',
    YourReference: customer.YourReference ?? '',
    OurReference: customer.OurReference ?? '',
    Currency: customer.Currency ?? 'SEK',
    PriceList: customer.PriceList ?? 'A',
    TermsOfPayment: customer.TermsOfPayment ?? '',
    TermsOfDelivery: customer.TermsOfDelivery ?? '',
    WayOfDelivery: customer.WayOfDelivery ?? '',
    CostCenter: customer.CostCenter ?? '',
  };
}

/** A new document's number: the one written if it is free, else the next. */
export function newDocumentNumber(register: Register<object>, written: string | undefined): string {
  if (written === undefined) return register.nextNumber();
  if (register.has(written) || register.wasDeleted(written)) {
    throw badRequest(
      FORTNOX_CODES.emptyOrIncorrectBody,
      `Dokumentnummer ${written} används redan.`,
    );
  }
  return written;
}

/** An update may repeat the document's number but not change it. */
export function assertSameNumber(written: string | undefined, current: string): void {
  if (written !== undefined && written !== current) {
    throw badRequest(FORTNOX_CODES.invalidFieldName, 'DocumentNumber kan inte ändras.');
  }
}

/** The customer a document is for: it must exist (400, not 404, on a document write). */
export function documentCustomer(
  ctx: DomainContext,
  customerNumber: string | undefined,
): CustomerRecord {
  if (!customerNumber) {
    throw badRequest(FORTNOX_CODES.emptyOrIncorrectBody, 'Fältet CustomerNumber är obligatoriskt.');
  }
  const customer = ctx.tenant.customers.get(customerNumber);
  if (!customer)
    throw badRequest(FORTNOX_CODES.notFound, `Kunde inte hitta kund: ${customerNumber}`);
  return customer;
}

/**
 * Checks the codes of a document head, including those inherited from the customer (a
 * deleted way of delivery left on a customer breaks its documents, as in Fortnox).
 */
export function checkHeadReferences(
  ctx: DomainContext,
  head: {
    CostCenter?: string;
    PriceList?: string;
    TermsOfPayment?: string;
    TermsOfDelivery?: string;
    WayOfDelivery?: string;
  },
): void {
  checkReferences(ctx.tenant, head);
}
