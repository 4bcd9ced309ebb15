import { WorkflowError } from '../integration/workflow-error.js';

/**
 * The attendance cause codes Fortnox accepts (`AttendanceTransaction.CauseCode`, an enum of
 * three letters in Fortnox's published OpenAPI schema). Fortnox has no endpoint that lists
 * them and they are the same in every company, so this list is how the kit checks a code
 * against Fortnox without writing anything (decisions/121). The emulator refuses the same
 * set (a test keeps the two lists equal).
 */
export const FORTNOX_ATTENDANCE_CAUSE_CODES = [
  'ARB',
  'BE2',
  'BER',
  'FLX',
  'HLG',
  'JO2',
  'JOR',
  'MER',
  'OB1',
  'OB2',
  'OB3',
  'OB4',
  'OB5',
  'OK0',
  'OK1',
  'OK2',
  'OK3',
  'OK4',
  'OK5',
  'OT1',
  'OT2',
  'OT3',
  'OT4',
  'OT5',
  'RES',
  'TID',
] as const;

const KNOWN: ReadonlySet<string> = new Set(FORTNOX_ATTENDANCE_CAUSE_CODES);

/**
 * Refuses a cause code Fortnox would not accept, before any time is written:
 * `missing_fortnox_code` on the field `timeReportCauseCode`, with a sv/en message.
 *
 * @example checkCauseCode('TID') // passes; checkCauseCode('XYZ') throws
 */
export function checkCauseCode(code: string): void {
  if (KNOWN.has(code)) return;
  throw new WorkflowError(
    'missing_fortnox_code',
    `Cause code "${code}" is not an attendance cause code in Fortnox; no time was reported.`,
    {
      field: 'timeReportCauseCode',
      userMessage: {
        sv: `Orsakskoden "${code}" finns inte i Fortnox, så ingen tid skickades. Välj en orsakskod för närvaro, t.ex. TID (arbetad tid), i inställningen "Orsakskod för arbetad tid" och skicka igen.`,
        en: `Cause code "${code}" does not exist in Fortnox, so no time was sent. Choose an attendance cause code such as TID (worked time) in the setting "Cause code for worked time" and send again.`,
      },
    },
  );
}
