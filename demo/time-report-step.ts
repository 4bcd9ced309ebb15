import type { TimeReport, TimeReportLine } from '@fortnox-kit/core/contract';
import type { startDemoServer } from './demo-server.js';
import { DemoError, type HostApi } from './host-api.js';
import { hostOrders } from './host-data.js';
import type { Lang } from './i18n/text.js';
import { sendScenarios } from './send-scenarios.js';
import type { Terminal } from './terminal.js';

type Demo = Awaited<ReturnType<typeof startDemoServer>>;

const ORDER_ID = 'so-1001';

/** The step's title, in the run's language. */
export const timeReportTitle = {
  sv: 'Tidsrapport för SO-1001 (#33): skickad, sedan rättad',
  en: 'time report of SO-1001 (#33): sent, then corrected',
};

const text = {
  sv: {
    settings: '#33 Skicka tidsrapport · orsakskod TID',
    states: {
      reported: 'rapporterad',
      changed: 'ändrad',
      removed: 'borttagen',
      not_reported: 'inte skickad',
      failed: 'misslyckades',
      uncertain: 'osäker',
      not_reportable: 'kan inte rapporteras',
    },
    inFortnox: (t: Fortnox) =>
      `Fortnox: ${t.CauseCode} ${hours('sv', t.Hours)} på kostnadsställe ${t.CostCenter || '–'}`,
    hostChanges: (name: string, date: string, from: number, to: number) =>
      `Värdappen ändrar ${name}s tid ${date}: ${hours('sv', from)} → ${hours('sv', to)}`,
    shown: (line: string) => `Tidsrapporten visar nu: ${line}`,
    changedFrom: (h: number) => `, Fortnox har ${hours('sv', h)}`,
    corrected: (h: number) =>
      `Rättad i Fortnox: samma transaktion har nu ${hours('sv', h)} (uppdaterad, ingen ny)`,
  },
  en: {
    settings: '#33 Send time report · cause code TID',
    states: {
      reported: 'reported',
      changed: 'changed',
      removed: 'removed',
      not_reported: 'not sent',
      failed: 'failed',
      uncertain: 'uncertain',
      not_reportable: 'cannot be reported',
    },
    inFortnox: (t: Fortnox) =>
      `Fortnox: ${t.CauseCode} ${hours('en', t.Hours)} on cost center ${t.CostCenter || '–'}`,
    hostChanges: (name: string, date: string, from: number, to: number) =>
      `The host changes ${name}'s time on ${date}: ${hours('en', from)} → ${hours('en', to)}`,
    shown: (line: string) => `The time report now shows: ${line}`,
    changedFrom: (h: number) => `, Fortnox has ${hours('en', h)}`,
    corrected: (h: number) =>
      `Corrected in Fortnox: the same transaction now has ${hours('en', h)} (updated, not a new one)`,
  },
};

interface Fortnox {
  id?: string | undefined;
  CauseCode?: string | undefined;
  /** Fortnox answers `API_NORIGHT` without payroll rights. */
  Hours?: number | string | undefined;
  CostCenter?: string | undefined;
}

function hours(lang: Lang, h: number | string | undefined): string {
  if (typeof h !== 'number') return String(h ?? '?');
  return `${h.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB')} h`;
}

function lineText(lang: Lang, line: TimeReportLine): string {
  const changed = line.state === 'changed' ? text[lang].changedFrom(line.reportedHours ?? 0) : '';
  const state = text[lang].states[line.state] + changed;
  const problem = line.problem
    ? ` (${line.problem.userMessage?.[lang] ?? line.problem.message})`
    : '';
  return `${line.userName ?? '?'} ${line.date} ${hours(lang, line.hours)}: ${state}${problem}`;
}

/**
 * Setting 33 as a host uses it: the order's time report is sent through the handler, the
 * attendance transactions are read back from Fortnox, the host changes a technician's hours,
 * and the next report corrects the same transaction in Fortnox.
 */
export async function showTimeReport(demo: Demo, api: HostApi, term: Terminal, lang: Lang) {
  const t = text[lang];
  const settings = { ...sendScenarios[0]?.settings, sendTimeReport: true };
  await api.put('/settings', { settings });
  term.info(term.dim(t.settings));
  const sent = await api.post<TimeReport>(`/orders/${ORDER_ID}/time-report`);
  for (const line of sent.lines) {
    const reported = line.state === 'reported';
    (reported ? term.ok : term.warn)(lineText(lang, line));
    if (reported) term.info(`  ${t.inFortnox(await readFortnox(demo, line))}`);
  }
  const first = sent.lines.find((l) => l.state === 'reported');
  if (!first) return;
  const changed = changeHours(demo, first, first.hours + 1);
  term.info(t.hostChanges(first.userName ?? '?', first.date, first.hours, changed));
  const shown = await api.get<TimeReport>(`/orders/${ORDER_ID}/time-report`);
  const pending = shown.lines.find((l) => l.actionKey === first.actionKey);
  if (pending) term.info(t.shown(lineText(lang, pending)));
  const before = await readFortnox(demo, first);
  const corrected = await api.post<TimeReport>(`/orders/${ORDER_ID}/time-report`);
  const after = await readFortnox(demo, { ...first, hours: changed });
  const line = corrected.lines.find((l) => l.actionKey === first.actionKey);
  if (line?.state !== 'reported' || after.id !== before.id || after.Hours !== changed) {
    throw new DemoError({
      sv: `Tidsrapporten rättades inte i Fortnox: ${JSON.stringify(after)}`,
      en: `The time report was not corrected in Fortnox: ${JSON.stringify(after)}`,
    });
  }
  term.ok(t.corrected(changed));
}

// The host edits the action in its own order (an in-memory host here).
function changeHours(demo: Demo, line: TimeReportLine, to: number): number {
  const order = hostOrders.find((o) => o.id === ORDER_ID);
  if (!order) throw new Error(`${ORDER_ID} is not in the demo's host data.`);
  const actions = (order.actions ?? []).map((a) =>
    a.userId === line.userId && a.date === line.date ? { ...a, hours: to } : a,
  );
  demo.orders.put({ ...order, actions });
  return to;
}

// The employee's transaction on that day, as Fortnox has it.
async function readFortnox(demo: Demo, line: TimeReportLine): Promise<Fortnox> {
  const user = await demo.orders.findUser(line.userId ?? '');
  // Fortnox takes one filter per request: by employee, then the day here.
  const list = (
    await demo.integration.client.attendanceTransactions
      .list({ employeeId: user?.employmentNumber ?? '' })
      .toArray()
  ).filter((t) => t.Date === line.date && t.CauseCode === 'TID');
  const found = list.find((t) => t.Hours === line.hours) ?? list[0];
  if (!found) {
    throw new DemoError({
      sv: `Ingen närvarotransaktion i Fortnox för ${line.userName} ${line.date}.`,
      en: `No attendance transaction in Fortnox for ${line.userName} on ${line.date}.`,
    });
  }
  return found;
}
