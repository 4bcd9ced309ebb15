import { z } from 'zod';
import type { FortnoxRequester, RequestOptions } from '../../client/request.js';
import { IdString, OptionalText } from '../schemas/primitives.js';
import { unwrap } from './resource-helpers.js';

/** `GET /3/companyinformation`. `DatabaseNumber` is the tenant id. */
export const FortnoxCompanyInformation = z.object({
  CompanyName: OptionalText,
  OrganizationNumber: OptionalText,
  DatabaseNumber: IdString.optional(),
  Address: OptionalText,
  ZipCode: OptionalText,
  City: OptionalText,
  CountryCode: OptionalText,
  VisitAddress: OptionalText,
  VisitCity: OptionalText,
  VisitZipCode: OptionalText,
});
/** The company the connection belongs to. */
export type FortnoxCompanyInformation = z.infer<typeof FortnoxCompanyInformation>;

/** `/3/companyinformation` (scope `companyinformation`): get. */
export function createCompanyInformationResource(request: FortnoxRequester) {
  const schema = unwrap('CompanyInformation', FortnoxCompanyInformation);
  return {
    get: (options?: RequestOptions) =>
      request({ method: 'GET', path: 'companyinformation', schema, ...options }),
  };
}
/** The company information resource. */
export type CompanyInformationResource = ReturnType<typeof createCompanyInformationResource>;
