import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isFortnoxApiError } from '../errors/fortnox-api-error.js';
import { isFortnoxKitError } from '../errors/fortnox-kit-error.js';
import { Article, Customer } from '../host/index.js';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';
import { CUSTOMER } from '../integration/host-fixture.test-support.js';
import { isWorkflowError } from '../integration/workflow-error.js';
import { isInvalidForFortnoxError } from './invalid-for-fortnox-error.js';
import {
  caseCustomer,
  FUZZ_ARTICLES,
  FUZZ_SETTINGS,
  type FuzzCase,
  fuzzCase,
} from './send-fuzz.fixture.js';

const ORDERS = 2_000;
const PER_PROFILE = ORDERS / FUZZ_SETTINGS.length;

/** What one fuzzed send ended in. */
interface Outcome {
  sent: boolean;
  /** A thrown value that is not one of the kit's errors with a user message. */
  uncaught?: string;
  /** The Fortnox field the pre-validation refused (`Email`, `OrderRows[2].Description`). */
  refusedBeforeSending?: string;
  /** Requests the emulator answered 400, with Fortnox's message. */
  rejected: { method: string; path: string; message: string }[];
}

let h: Harness | undefined;
afterEach(() => h?.close());

// The host stores what it was given: the send path must parse it (no Order.parse here).
function rawOrder(c: FuzzCase, i: number, customerId: string) {
  return {
    id: `fz-o${i}`,
    kind: 'work',
    number: `AO-${i}`,
    customerId,
    orderDate: '2026-11-20',
    readyForInvoicing: true,
    description: c.description,
    faultCause: c.faultCause,
    customerOrderNumber: c.customerOrderNumber,
    contactPerson: c.contactPerson,
    requester: c.requester,
    comments: c.comments,
    customFields: c.customFields,
    deliveryDate: c.deliveryDate,
    articleRows: c.rows.map((r) => ({
      id: r.id,
      articleNumber: r.article === 'new' ? `NEW-${i}` : r.article,
      description: r.description,
      quantity: r.quantity,
      unitPrice: r.unitPrice,
      unit: r.unit,
      date: r.date,
    })),
  };
}

async function prepareCase(harness: Harness, c: FuzzCase, i: number): Promise<string> {
  const article = Article.safeParse({ id: `fz-a${i}`, articleNumber: `NEW-${i}`, ...c.newArticle });
  if (article.success) await harness.registers.articles.upsert(article.data);
  if (c.customer.kind === 'known') return CUSTOMER.id;
  const input = caseCustomer(c, i);
  // A host that cannot hold the customer has no customer: the order's customer is missing.
  if (!input || !Customer.safeParse(input).success) return `missing-${i}`;
  await harness.registers.customers.upsert(input);
  return input.id;
}

async function sendCase(harness: Harness, c: FuzzCase, i: number, raw: Map<string, unknown>) {
  const order = rawOrder(c, i, await prepareCase(harness, c, i));
  raw.set(order.id, order);
  harness.emulator.control.clearRequests();
  const outcome: Outcome = { sent: false, rejected: [] };
  let thrown: unknown;
  try {
    await harness.integration.sendOrder(order.id);
    outcome.sent = true;
  } catch (error) {
    thrown = error;
    const known = isFortnoxKitError(error) && (!isWorkflowError(error) || error.userMessage.sv);
    if (!known) outcome.uncaught = String(error);
    if (isInvalidForFortnoxError(error)) outcome.refusedBeforeSending = error.fortnoxField;
  }
  for (const entry of harness.emulator.control.requests()) {
    if (entry.status !== 400) continue;
    const message = isFortnoxApiError(thrown) ? thrown.message : String(thrown);
    outcome.rejected.push({ method: entry.method, path: entry.path, message });
  }
  return outcome;
}

// Serves raw host orders (as a host's database would) to the integration's send path.
function serveRawOrders(harness: Harness, raw: Map<string, unknown>) {
  const orders = harness.hostOrders;
  orders.findById = async (id) => raw.get(id) as Awaited<ReturnType<typeof orders.findById>>;
  orders.update = async (id, patch) => {
    const updated = { ...(raw.get(id) as object), ...patch };
    raw.set(id, updated);
    return updated as Awaited<ReturnType<typeof orders.update>>;
  };
}

describe('sending fuzzed host orders through the emulator', () => {
  it('never throws outside the kit’s errors and sends nothing Fortnox rejects with 400, over 2,000 orders', async () => {
    const cases = fc.sample(fuzzCase, { numRuns: ORDERS, seed: 1601 });
    const outcomes: Outcome[] = [];
    for (const [p, settings] of FUZZ_SETTINGS.entries()) {
      h = await startHarness({ customers: [CUSTOMER], articles: FUZZ_ARTICLES, settings });
      const raw = new Map<string, unknown>();
      serveRawOrders(h, raw);
      for (let i = p * PER_PROFILE; i < (p + 1) * PER_PROFILE; i++) {
        outcomes.push(await sendCase(h, cases[i] as FuzzCase, i, raw));
      }
      h.close();
      h = undefined;
    }
    const uncaught = outcomes.flatMap((o) => (o.uncaught ? [o.uncaught] : []));
    const rejected = outcomes.flatMap((o) => o.rejected);
    expect(uncaught).toEqual([]);
    expect(rejected).toEqual([]);
    // The fuzz says something only if many orders were sent and many were refused.
    expect(outcomes.filter((o) => o.sent).length).toBeGreaterThan(ORDERS / 5);
    expect(outcomes.filter((o) => !o.sent).length).toBeGreaterThan(ORDERS / 5);
    // …and the pre-validation is what kept the 400s away (these were sent before it).
    const refused = new Set(outcomes.map((o) => o.refusedBeforeSending));
    for (const field of [
      'Email',
      'OrganisationNumber',
      'Name',
      'ZipCode',
      'DeliveryZipCode',
      'VAT',
      'Description',
    ])
      expect(refused).toContain(field);
  }, 600_000);
});
