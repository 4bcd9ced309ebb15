import { useEffect, useId, useRef, useState } from 'react';
import { useFortnoxContext } from '../fortnox-provider.js';
import { type ConnectMode, useFortnoxConnection } from '../hooks/use-fortnox-connection.js';
import { Button, ErrorAlert, LiveStatus } from './parts.js';

/** Props of {@link FortnoxConnect}. */
export interface FortnoxConnectProps {
  /** @default 'redirect' */
  mode?: ConnectMode;
}

/**
 * Connect, reconnect and disconnect Fortnox, with the subgroup choice when the host uses
 * subgroups. The key is never shown: the backend keeps it.
 *
 * @example
 * <FortnoxConnect mode="popup" />
 */
export function FortnoxConnect({ mode = 'redirect' }: FortnoxConnectProps) {
  const { messages, role } = useFortnoxContext();
  const t = messages.connect;
  const hook = useFortnoxConnection();
  const { connection } = hook;
  const headingId = useId();
  const subgroupId = useId();
  const [subgroup, setSubgroup] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const isAdmin = role === 'admin';
  // Closing the confirmation puts focus back on the button that opened it.
  const disconnectRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) disconnectRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!connection) {
    return (
      <section className="fnx fnx-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.title}</h2>
        {hook.error ? (
          <ErrorAlert
            error={hook.error}
            action={<Button onClick={() => void hook.reload()}>{messages.retry}</Button>}
          />
        ) : (
          <LiveStatus>{messages.loading}</LiveStatus>
        )}
      </section>
    );
  }

  const subgroupName = (id: string | null) =>
    connection.subgroups?.find((s) => s.id === id)?.name ?? t.allGroups;
  const connectButton = (label: string) => (
    <Button busy={hook.pending === 'connect'} onClick={() => void hook.connect({ subgroup, mode })}>
      {hook.pending === 'connect' ? t.connecting : label}
    </Button>
  );

  return (
    <section className="fnx fnx-panel" aria-labelledby={headingId} data-status={connection.status}>
      <h2 id={headingId}>{t.title}</h2>
      <LiveStatus>{hook.notice ? t[hook.notice] : null}</LiveStatus>
      {connection.status === 'connected' && connection.company ? (
        <>
          <p>{t.connectedTo(connection.company.name, connection.company.organisationNumber)}</p>
          {connection.subgroups ? (
            <p className="fnx-muted">{t.appliesTo(subgroupName(connection.subgroup))}</p>
          ) : null}
        </>
      ) : null}
      {connection.status === 'not_connected' ? <p>{t.notConnected}</p> : null}
      {connection.status === 'reconnect_needed' ? (
        <div className="fnx-warning" role="alert">
          <p>{t.reconnectNeeded}</p>
        </div>
      ) : null}

      {!isAdmin ? <p className="fnx-muted">{t.adminOnly}</p> : null}

      {isAdmin && connection.status === 'not_connected' ? (
        <div className="fnx-row">
          {connection.subgroups ? (
            <div className="fnx-field">
              <label htmlFor={subgroupId}>{t.subgroup}</label>
              <select
                id={subgroupId}
                value={subgroup ?? ''}
                onChange={(event) => setSubgroup(event.target.value || null)}
              >
                <option value="">{t.allGroups}</option>
                {connection.subgroups.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {connectButton(t.connect)}
        </div>
      ) : null}

      {isAdmin && connection.status === 'reconnect_needed' ? connectButton(t.reconnect) : null}

      {isAdmin && connection.status !== 'not_connected' && !confirming ? (
        <div className="fnx-row">
          <Button ref={disconnectRef} variant="danger" onClick={() => setConfirming(true)}>
            {t.disconnect}
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <div className="fnx-warning fnx-row" role="alertdialog" aria-label={t.disconnect}>
          <p>{t.confirmDisconnect}</p>
          <Button
            variant="danger"
            busy={hook.pending === 'disconnect'}
            onClick={() => void hook.disconnect().then(() => setConfirming(false))}
          >
            {t.disconnect}
          </Button>
          <Button variant="secondary" autoFocus onClick={() => setConfirming(false)}>
            {messages.cancel}
          </Button>
        </div>
      ) : null}

      {hook.popupBlocked ? (
        <p className="fnx-alert" role="alert">
          {t.popupBlocked}
        </p>
      ) : null}
      {hook.actionError ? <ErrorAlert error={hook.actionError} /> : null}
    </section>
  );
}
