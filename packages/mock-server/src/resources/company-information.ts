import { presentRecord } from '../http/present.js';
import { jsonResponse } from '../http/responses.js';
import { type Route, route } from '../http/route.js';
import { companyInformationFields } from '../schemas/field-table/index.js';

/** `GET /3/companyinformation` (scope `companyinformation`); `DatabaseNumber` = tenant id. */
export const companyInformationRoutes: Route[] = [
  route('GET', '/3/companyinformation', 'companyinformation', (ctx) =>
    jsonResponse({
      CompanyInformation: presentRecord(companyInformationFields, ctx.tenant.company),
    }),
  ),
];
