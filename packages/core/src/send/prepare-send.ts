import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { Order } from '../host/index.js';
import { WorkflowError } from '../integration/workflow-error.js';
import { isMappingError } from '../mapping/errors.js';
import type { IntegrationSettings } from '../settings/integration-settings.js';
import { buildDocument, PENDING_CUSTOMER } from './build-document.js';
import { checkCode, checkCodes } from './check-codes.js';
import { findMissingArticles } from './ensure-articles.js';
import { ensureCustomer, resolveCustomer } from './ensure-customer.js';
import { withPriceWarning } from './price-warning.js';
import type { MappedDocument, SendDeps } from './send-deps.js';
import { validateBeforeSend } from './validate-before-send.js';

/**
 * Everything that can fail without writing to Fortnox: customer lookup, mapping, code
 * checks and the articles to create. Runs before the first write of a send or re-send.
 */
export async function prepare(deps: SendDeps, order: Order, settings: IntegrationSettings) {
  const resolved = await resolveCustomer(partyDeps(deps), order.customerId);
  let mapped: MappedDocument;
  try {
    mapped = await buildDocument(deps, order, resolved.customer, resolved.customerNumber, settings);
  } catch (error) {
    if (!isMappingError(error)) throw error;
    throw new WorkflowError('validation_failed', error.message, {
      field: error.path,
      cause: error,
      userMessage: {
        sv: `Ordern kan inte bli ett Fortnox-dokument (${error.path ?? error.code}): ${error.message}. Rätta ordern och skicka igen.`,
        en: `The order cannot become a Fortnox document (${error.path ?? error.code}): ${error.message}. Correct the order and send again.`,
      },
    });
  }
  await checkCodes(deps.gateway, mapped.document);
  const missingArticles = await findMissingArticles(
    partyDeps(deps),
    articleNumbersOf(mapped.document),
    settings.disableArticleCreation,
  );
  for (const article of missingArticles) {
    // An article is created with its unit: that code must exist too.
    if (article.unit)
      await checkCode(deps.gateway, {
        register: 'units',
        code: article.unit,
        field: 'articles.unit',
      });
  }
  // The mapping may bill another customer (the internal invoicing customer between subgroups).
  const billsOrderCustomer =
    mapped.document.CustomerNumber === (resolved.customerNumber ?? PENDING_CUSTOMER);
  // Nothing Fortnox would reject for a reason known now (issue 16 item 1).
  const newCustomer =
    billsOrderCustomer && !resolved.customerNumber ? resolved.customer : undefined;
  validateBeforeSend({ order, mapped, newCustomer, newArticles: missingArticles });
  const priced = await withPriceWarning(deps.gateway, mapped, missingArticles);
  return { resolved, mapped: priced, missingArticles, billsOrderCustomer };
}

/** The article numbers a document's rows use. */
export function articleNumbersOf(document: FortnoxOrderInput | FortnoxInvoiceInput): string[] {
  const rows =
    'OrderRows' in document ? document.OrderRows : (document as FortnoxInvoiceInput).InvoiceRows;
  return (rows ?? []).flatMap((row) => (row.ArticleNumber ? [row.ArticleNumber] : []));
}

/** The dependencies of the customer and article steps. */
export function partyDeps(deps: SendDeps) {
  return { ...deps, now: () => deps.clock.now() };
}

/**
 * The Fortnox customer the document bills: the order's customer (made sure to exist in
 * Fortnox and linked, created if needed) or the one the mapping chose instead.
 */
export async function billedCustomer(
  deps: SendDeps,
  prepared: Awaited<ReturnType<typeof prepare>>,
): Promise<string> {
  if (!prepared.billsOrderCustomer) return prepared.mapped.document.CustomerNumber;
  return ensureCustomer(partyDeps(deps), prepared.resolved);
}
