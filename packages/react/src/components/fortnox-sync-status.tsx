import type { SyncRun } from '@fortnox-kit/core/contract';
import { useId } from 'react';
import { useFortnoxContext } from '../fortnox-provider.js';
import { useFortnoxSync } from '../hooks/use-fortnox-sync.js';
import type { FortnoxMessages } from '../i18n/messages.js';
import { Button, ErrorAlert } from './parts.js';

/** Props of {@link FortnoxSyncStatus}. */
export interface FortnoxSyncStatusProps {
  /** How many recent runs the log lists. @default 5 */
  logSize?: number;
}

/**
 * Last sync time and result, live progress, the "Synk" button and a readable log of recent
 * runs with the records that failed.
 *
 * @example
 * <FortnoxSyncStatus />
 */
export function FortnoxSyncStatus({ logSize = 5 }: FortnoxSyncStatusProps) {
  const { messages } = useFortnoxContext();
  const t = messages.sync;
  const sync = useFortnoxSync();
  const headingId = useId();
  const logId = useId();
  const { status } = sync;
  const running = status?.running ?? null;
  const last = status?.runs[0];
  const format = dateFormatter(messages);

  return (
    <section className="fnx fnx-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <div role="status" aria-live="polite" className="fnx-panel">
        {!status && !sync.error ? <p className="fnx-muted">{messages.loading}</p> : null}
        {status && !last && !running ? <p>{t.never}</p> : null}
        {last && !running ? (
          <p>{t.lastSync(format(last.finishedAt ?? last.startedAt), t.results[last.result])}</p>
        ) : null}
        {running ? <p>{t.running}</p> : null}
        {running
          ? status?.progress.map((p) => (
              <div key={p.register} className="fnx-row">
                <span id={`${headingId}-${p.register}`}>
                  {t.progress(t.registers[p.register], p.processed, p.total)}
                </span>
                <progress
                  aria-labelledby={`${headingId}-${p.register}`}
                  value={p.processed}
                  max={p.total ?? undefined}
                />
              </div>
            ))
          : null}
      </div>
      <div className="fnx-row">
        <Button busy={sync.starting} disabled={!!running} onClick={() => void sync.start()}>
          {running ? t.running : t.syncNow}
        </Button>
      </div>
      {sync.error ? <ErrorAlert error={sync.error} /> : null}
      {status ? (
        <section aria-labelledby={logId} className="fnx-panel">
          <h3 id={logId}>{t.log}</h3>
          {status.runs.length === 0 ? <p className="fnx-muted">{t.noRuns}</p> : null}
          <ol className="fnx-log">
            {status.runs.slice(0, logSize).map((run) => (
              <RunEntry key={run.id} run={run} messages={messages} format={format} />
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}

function RunEntry({
  run,
  messages,
  format,
}: {
  run: SyncRun;
  messages: FortnoxMessages;
  format: (iso: string) => string;
}) {
  const t = messages.sync;
  const registers = Object.entries(run.counts) as [
    keyof typeof t.registers,
    Parameters<typeof t.counts>[0],
  ][];
  const summary = `${format(run.startedAt)} · ${t.triggers[run.trigger]} · ${t.results[run.result]}`;
  return (
    <li>
      <details>
        <summary>
          {summary}
          {run.errors.length > 0 ? ` · ${t.recordErrors(run.errors.length)}` : ''}
        </summary>
        <ul>
          {registers.map(([register, counts]) => (
            <li key={register}>{`${t.registers[register]}: ${t.counts(counts)}`}</li>
          ))}
          {run.message ? <li>{run.message}</li> : null}
          {run.errors.map((error) => (
            <li key={`${error.register}-${error.recordId}`} className="fnx-error">
              {`${t.record[error.register]} ${error.label ?? error.recordId}: ${error.message}`}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

// Shared with the time report section.
export function dateFormatter(messages: FortnoxMessages): (iso: string) => string {
  const formatter = new Intl.DateTimeFormat(messages.dateLocale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso) => formatter.format(new Date(iso));
}
