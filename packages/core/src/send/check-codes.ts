import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/index.js';
import type { FortnoxCodeRegister, FortnoxGateway } from '../integration/fortnox-gateway.js';
import { WorkflowError } from '../integration/workflow-error.js';

/** One code a document refers to, and where it came from (for the error's `field`). */
export interface CodeUse {
  register: FortnoxCodeRegister;
  code: string;
  field: string;
}

const WHAT: Record<FortnoxCodeRegister, string> = {
  costcenters: 'Cost center',
  units: 'Unit',
  termsofdeliveries: 'Terms of delivery',
  wayofdeliveries: 'Way of delivery',
};

/** Every code in a mapped document, head first, each once. */
export function codesOf(document: FortnoxOrderInput | FortnoxInvoiceInput): CodeUse[] {
  const uses: CodeUse[] = [];
  const add = (register: FortnoxCodeRegister, code: string | undefined, field: string) => {
    if (code && !uses.some((u) => u.register === register && u.code === code)) {
      uses.push({ register, code, field });
    }
  };
  add('costcenters', document.CostCenter, 'costCenter');
  add('termsofdeliveries', document.TermsOfDelivery, 'customFields.Leveransvillkor');
  add('wayofdeliveries', document.WayOfDelivery, 'customFields.Leveranssätt');
  const rows =
    'OrderRows' in document ? document.OrderRows : (document as FortnoxInvoiceInput).InvoiceRows;
  for (const row of rows ?? []) {
    add('costcenters', row.CostCenter, 'includeUserCostCenterOnRows');
    add('units', row.Unit, 'articleRows');
  }
  return uses;
}

/**
 * Checks that every cost center, unit, terms and way of delivery the document uses exists
 * in Fortnox, before anything is written (a missing code would fail the write, or worse,
 * fail it after the customer or articles were created). Throws `missing_fortnox_code`
 * naming the first missing code and the setting or order field it came from.
 */
export async function checkCodes(
  gateway: FortnoxGateway,
  document: FortnoxOrderInput | FortnoxInvoiceInput,
): Promise<void> {
  for (const use of codesOf(document)) await checkCode(gateway, use);
}

/** Checks one code; `missing_fortnox_code` naming it and where it came from when missing. */
export async function checkCode(gateway: FortnoxGateway, use: CodeUse): Promise<void> {
  if (await gateway.codeExists(use.register, use.code)) return;
  throw new WorkflowError(
    'missing_fortnox_code',
    `${WHAT[use.register]} "${use.code}" does not exist in Fortnox. Add it in Fortnox (or change the ${describe(use.field)}) and send again.`,
    { field: use.field },
  );
}

function describe(field: string): string {
  if (field === 'costCenter') return 'setting "Lägg till kostnadsställe"';
  if (field === 'includeUserCostCenterOnRows') return "user's cost center";
  if (field.startsWith('customFields.')) return `order field "${field.slice(13)}"`;
  return 'article row';
}
