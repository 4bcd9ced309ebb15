import type { TimeReport, TimeReportLine } from '@fortnox-kit/core/contract';
import { useId } from 'react';
import type { BackendErrorDetail } from '../client/fortnox-backend-error.js';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useFortnoxTimeReport } from '../hooks/use-fortnox-time-report.js';
import type { FortnoxMessages } from '../i18n/messages.js';
import { dateFormatter } from './fortnox-sync-status.js';
import { Button, ErrorAlert } from './parts.js';

/** Props of {@link TimeReportSection}. */
export interface TimeReportSectionProps {
  /** The host order's id. */
  orderId: string;
}

/**
 * The order's time report (setting 33): per technician and date the hours, whether they are
 * reported in Fortnox, changed since, or failed and why; the last report's result; and
 * "Skicka tidsrapport" (or "Rätta tidsrapporten i Fortnox" after hours changed).
 *
 * @example
 * <TimeReportSection orderId={order.id} />
 */
export function TimeReportSection({ orderId }: TimeReportSectionProps) {
  const { messages } = useFortnoxContext();
  const t = messages.timeReport;
  const time = useFortnoxTimeReport(orderId);
  const headingId = useId();
  const { report } = time;
  const runError =
    time.sendError ??
    (report?.lastRun?.result === 'failed' && report.lastRun.error
      ? // A run's error carries a contract error code (the handler's `toErrorInfo`).
        (report.lastRun.error as BackendErrorDetail)
      : undefined);
  const corrects = report?.lines.some((l) => l.state === 'changed' || l.state === 'removed');

  return (
    <section className="fnx fnx-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {time.loading ? <p className="fnx-muted">{messages.loading}</p> : null}
      {time.loadError ? (
        <ErrorAlert
          error={time.loadError}
          action={<Button onClick={() => void time.reload()}>{messages.retry}</Button>}
        />
      ) : null}
      {report && !report.enabled ? <p className="fnx-muted">{t.disabled}</p> : null}
      {report?.enabled ? (
        <>
          <TimeLines lines={report.lines} />
          <div role="status" aria-live="polite">
            {time.sending ? <p className="fnx-muted">{t.sending}</p> : null}
            {report.lastRun && !time.sending ? <LastRun run={report.lastRun} /> : null}
          </div>
          {runError && !time.sending ? <ErrorAlert error={runError} format={t.failed} /> : null}
          <div className="fnx-row">
            <Button busy={time.sending} onClick={() => void time.send()}>
              {corrects ? t.correct : t.send}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

const COLUMNS = ['user', 'date', 'hours', 'state'] as const;

function TimeLines({ lines }: { lines: readonly TimeReportLine[] }) {
  const { messages } = useFortnoxContext();
  const t = messages.timeReport;
  if (lines.length === 0) return <p className="fnx-muted">{t.empty}</p>;
  return (
    <table className="fnx-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t.columns[column]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.actionKey} data-state={line.state}>
            <td>{line.userName ?? t.noUser}</td>
            <td>{line.date}</td>
            <td>{t.hours(line.hours)}</td>
            <td>
              {stateText(messages, line)}
              {line.problem ? (
                <p className="fnx-muted">
                  {line.problem.userMessage?.[messages.language] ?? line.problem.message}
                </p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LastRun({ run }: { run: NonNullable<TimeReport['lastRun']> }) {
  const { messages } = useFortnoxContext();
  const t = messages.timeReport;
  return <p>{t.lastRun(dateFormatter(messages)(run.at), t.results[run.result])}</p>;
}

function stateText(messages: FortnoxMessages, line: TimeReportLine): string {
  const t = messages.timeReport;
  if (line.state === 'changed') return t.changed(line.reportedHours ?? 0);
  return t.states[line.state];
}
