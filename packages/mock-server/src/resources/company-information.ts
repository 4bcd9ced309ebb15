import { jsonResponse } from '../http/responses.js';
import { type Route, route } from '../http/route.js';

/** `GET /3/companyinformation` (scope `companyinformation`); `DatabaseNumber` = tenant id. */
export const companyInformationRoutes: Route[] = [
  route('GET', '/3/companyinformation', 'companyinformation', (ctx) =>
    jsonResponse({ CompanyInformation: ctx.tenant.company }),
  ),
];
