import { defineFieldTable } from './define-field-table.js';

/** `/3/companyinformation`: CompanyInformation fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const companyInformationFields = defineFieldTable({
  resource: 'companyinformation',
  wrapper: 'CompanyInformation',
  fields: {
    Address: ['string', 'r'],
    City: ['string', 'r'],
    CountryCode: ['string', 'r'],
    DatabaseNumber: ['integer', 'r'],
    CompanyName: ['string', 'r'],
    OrganizationNumber: ['string', 'r'],
    VisitAddress: ['string', 'r'],
    VisitCity: ['string', 'r'],
    VisitCountryCode: ['string', 'r'],
    VisitZipCode: ['string', 'r'],
    ZipCode: ['string', 'r'],
  },
});
