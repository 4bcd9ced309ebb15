/** What the new-customer test's driver and its worker processes say to each other. */
import type { CustomerInput, OrderInput } from '../../packages/core/src/index.js';
import {
  FILTER_ARTICLE,
  readyWorkOrder,
} from '../../packages/core/src/integration/host-fixture.test-support.js';
import type { InitCommand } from './refresh-race-protocol.js';

/** A host customer Fortnox does not know yet: no link, no number (an e-mail, as in issue 19). */
export const NEW_CUSTOMER: CustomerInput = {
  id: 'c-new',
  name: 'Nyföretaget AB',
  email: 'info@nyforetaget.se',
};

/** Ten orders of that customer; the article is new to Fortnox too. */
export const NEW_CUSTOMER_ORDERS: OrderInput[] = Array.from({ length: 10 }, (_, i) =>
  readyWorkOrder(`o${i}`, { customerId: NEW_CUSTOMER.id }),
);

export { FILTER_ARTICLE };

export type NewCustomerCommand =
  | InitCommand
  /** Sends these orders at once (each a "Skicka till Fortnox" click). */
  | { type: 'send'; orderIds: string[] }
  | { type: 'exit' };

export type NewCustomerReply =
  | { type: 'ok' }
  | { type: 'sent'; documentNumbers: string[]; errors: string[] }
  | { type: 'error'; message: string };
