import type { Route } from '../http/route.js';
import { articleRoutes } from './articles.js';
import { codeRegisterRoutesAll } from './code-registers.js';
import { companyInformationRoutes } from './company-information.js';
import { customerRoutes } from './customers.js';
import { invoicePaymentRoutes } from './invoice-payments.js';
import { invoiceRoutes } from './invoices.js';
import { orderRoutes } from './orders.js';
import { priceRoutes } from './prices.js';
import { salaryRoutes } from './salary.js';

/** Every REST route of the emulator (order matters only where paths overlap). */
export const ALL_ROUTES: readonly Route[] = [
  ...customerRoutes,
  ...articleRoutes,
  ...priceRoutes,
  ...orderRoutes,
  ...invoiceRoutes,
  ...invoicePaymentRoutes,
  ...codeRegisterRoutesAll,
  ...salaryRoutes,
  ...companyInformationRoutes,
];
