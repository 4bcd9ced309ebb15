import type { Route } from '../http/route.js';
import { articleRoutes } from './articles.js';
import { companyInformationRoutes } from './company-information.js';
import { customerRoutes } from './customers.js';

/** Every REST route of the emulator. */
export const ALL_ROUTES: readonly Route[] = [
  ...customerRoutes,
  ...articleRoutes,
  ...companyInformationRoutes,
];
