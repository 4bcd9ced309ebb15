import type { TimeReportLine, TimeReportRun } from '@fortnox-kit/core/contract';

/** The texts of the time report section (setting 33). */
export interface TimeReportMessages {
  title: string;
  send: string;
  /** The button when Fortnox has hours the order no longer has. */
  correct: string;
  sending: string;
  disabled: string;
  empty: string;
  columns: { user: string; date: string; hours: string; state: string };
  noUser: string;
  hours: (hours: number) => string;
  states: Record<Exclude<TimeReportLine['state'], 'changed'>, string>;
  changed: (reportedHours: number) => string;
  lastRun: (when: string, result: string) => string;
  results: Record<TimeReportRun['result'], string>;
  failed: (reason: string) => string;
  /** Under the send button: the order went to Fortnox, its time report did not (all or part). */
  sentButTimeReportFailed: string;
}

export const svTimeReport: TimeReportMessages = {
  title: 'Tidsrapport',
  send: 'Skicka tidsrapport',
  correct: 'Rätta tidsrapporten i Fortnox',
  sending: 'Skickar tidsrapport…',
  disabled: 'Tidsrapport är avstängd i inställningarna (Skicka tidsrapport).',
  empty: 'Ordern har ingen tid att rapportera.',
  columns: { user: 'Tekniker', date: 'Datum', hours: 'Timmar', state: 'Status' },
  noUser: 'Ingen tekniker',
  hours: (hours) => `${hours.toLocaleString('sv-SE')} h`,
  states: {
    reported: 'Rapporterad',
    removed: 'Borttagen på ordern, tas bort i Fortnox',
    not_reported: 'Inte skickad',
    failed: 'Misslyckades',
    uncertain: 'Osäker, kontrolleras nästa gång',
    not_reportable: 'Kan inte rapporteras',
  },
  changed: (reported) =>
    `Ändrad, Fortnox har ${reported.toLocaleString('sv-SE')} h: rättas nästa gång`,
  lastRun: (when, result) => `Senast skickad ${when}: ${result}`,
  results: { ok: 'klar', partial: 'delvis, se raderna', failed: 'misslyckades' },
  failed: (reason) => `Tidsrapporten skickades inte: ${reason}`,
  sentButTimeReportFailed:
    'Ordern skickades, men tidsrapporten misslyckades helt eller delvis. Se Tidsrapport.',
};

export const enTimeReport: TimeReportMessages = {
  title: 'Time report',
  send: 'Send time report',
  correct: 'Correct the time report in Fortnox',
  sending: 'Sending time report…',
  disabled: 'Time reports are turned off in the settings (Send time report).',
  empty: 'The order has no time to report.',
  columns: { user: 'Technician', date: 'Date', hours: 'Hours', state: 'Status' },
  noUser: 'No technician',
  hours: (hours) => `${hours.toLocaleString('en-GB')} h`,
  states: {
    reported: 'Reported',
    removed: 'Removed from the order, deleted in Fortnox next time',
    not_reported: 'Not sent',
    failed: 'Failed',
    uncertain: 'Uncertain, checked next time',
    not_reportable: 'Cannot be reported',
  },
  changed: (reported) =>
    `Changed, Fortnox has ${reported.toLocaleString('en-GB')} h: corrected next time`,
  lastRun: (when, result) => `Last sent ${when}: ${result}`,
  results: { ok: 'done', partial: 'in part, see the lines', failed: 'failed' },
  failed: (reason) => `The time report was not sent: ${reason}`,
  sentButTimeReportFailed:
    'The order was sent, but its time report failed in whole or in part. See Time report.',
};
