import type { IntegrationSettings } from '../settings/integration-settings.js';
import type { Localized } from '../settings/semicolon-list.js';
import { checkCauseCode } from '../time-report/cause-codes.js';
import type { FortnoxGateway } from './fortnox-gateway.js';
import { WorkflowError } from './workflow-error.js';

/** What {@link checkSettingCodes} reads from Fortnox. */
export type SettingCodeLookups = Pick<FortnoxGateway, 'codeExists' | 'getCustomer'>;

/**
 * Checks, when an admin saves, that the Fortnox codes a setting names exist: the cost
 * center (21) and the customer for internal invoices. A wrong code then shows at its field
 * at once instead of failing the next send. Only changed values are looked up (one request
 * each), so saving an unrelated setting costs nothing. Throws `missing_fortnox_code` with
 * `field` = the key. When Fortnox cannot answer (network, rate limit) the value is saved:
 * sending checks every code again before it writes (send/check-codes.ts).
 */
export async function checkSettingCodes(
  lookups: SettingCodeLookups,
  previous: IntegrationSettings,
  next: IntegrationSettings,
): Promise<void> {
  // 33: Fortnox's cause codes are a fixed list (decisions/121): no request needed.
  if (next.timeReportCauseCode !== previous.timeReportCauseCode) {
    checkCauseCode(next.timeReportCauseCode);
  }
  const costCenter = next.costCenter;
  if (costCenter && costCenter !== previous.costCenter) {
    if ((await lookup(() => lookups.codeExists('costcenters', costCenter))) === false) {
      throw missing('costCenter', {
        sv: `Kostnadsställe "${costCenter}" finns inte i Fortnox. Lägg upp koden i Fortnox eller ange en annan.`,
        en: `Cost center "${costCenter}" does not exist in Fortnox. Add it in Fortnox or enter another one.`,
      });
    }
  }
  const customer = next.internalInvoiceCustomer;
  if (customer && customer !== previous.internalInvoiceCustomer) {
    const found = await lookup(async () => (await lookups.getCustomer(customer)) !== undefined);
    if (found === false) {
      throw missing('internalInvoiceCustomer', {
        sv: `Kund "${customer}" finns inte i Fortnox. Lägg upp kunden i Fortnox eller ange en annan.`,
        en: `Customer "${customer}" does not exist in Fortnox. Add it in Fortnox or enter another one.`,
      });
    }
  }
}

// true / false when Fortnox answered; undefined when it could not be asked.
async function lookup(ask: () => Promise<boolean>): Promise<boolean | undefined> {
  try {
    return await ask();
  } catch {
    return undefined;
  }
}

function missing(field: string, userMessage: Localized): WorkflowError {
  return new WorkflowError('missing_fortnox_code', userMessage.en, { field, userMessage });
}
