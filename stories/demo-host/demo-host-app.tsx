import {
  FortnoxConnect,
  FortnoxProvider,
  FortnoxSettingsForm,
  FortnoxSyncStatus,
} from '@fortnox-kit/react';
import { useCallback, useEffect, useState } from 'react';
import { type DemoOrder, type DemoRole, fetchOrders, fetchRole } from './demo-api.js';
import { OrdersSection } from './orders-section.js';

const COMPANY = 'Fjäll Kyl & Värme AB';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A host app's admin page: the Fortnox connection, sync and settings, and the orders to
 * invoice. Every Fortnox call goes to the host backend at `/api/fortnox` (the core handler).
 */
export function DemoHostApp() {
  const [role, setRole] = useState<DemoRole>();
  const [roleError, setRoleError] = useState<string>();
  const [orders, setOrders] = useState<DemoOrder[]>();
  const [ordersError, setOrdersError] = useState<string>();

  const loadOrders = useCallback(async (signal?: AbortSignal) => {
    try {
      setOrders(await fetchOrders(signal));
      setOrdersError(undefined);
    } catch (error) {
      if (!signal?.aborted) setOrdersError(message(error));
    }
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    fetchRole(abort.signal).then(setRole, (error: unknown) => {
      if (!abort.signal.aborted) setRoleError(message(error));
    });
    void loadOrders(abort.signal);
    return () => abort.abort();
  }, [loadOrders]);

  return (
    <>
      <a className="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <header className="topbar">
        <span className="brand">{COMPANY}</span>
        <nav aria-label="Huvudmeny">
          <ul>
            <li>
              <a href="#ordrar">Order</a>
            </li>
            <li>
              <a href="#fortnox" aria-current="page">
                Fortnox
              </a>
            </li>
          </ul>
        </nav>
        <span className="user">
          {role ? `Inloggad: Karin Sjö (${role === 'admin' ? 'administratör' : 'användare'})` : ''}
        </span>
      </header>
      <main id="innehall" className="page">
        <h1>Fortnox och fakturering</h1>
        <p className="lead">
          Koppla {COMPANY} till Fortnox, håll kunder och artiklar synkade och skicka färdiga ordrar
          för fakturering.
        </p>
        {roleError ? (
          <p role="alert" className="page-alert">
            Det gick inte att läsa in din roll: {roleError}
          </p>
        ) : null}
        {role ? (
          <FortnoxProvider baseUrl="/api/fortnox" userRole={role} locale="sv">
            <div className="columns" id="fortnox">
              <div className="card">
                <FortnoxConnect />
              </div>
              <div className="card">
                <FortnoxSyncStatus />
              </div>
            </div>
            <OrdersSection
              orders={orders}
              error={ordersError}
              onImported={() => void loadOrders()}
            />
            <div className="card">
              <FortnoxSettingsForm />
            </div>
          </FortnoxProvider>
        ) : null}
        {!role && !roleError ? <p role="status">Laddar…</p> : null}
      </main>
    </>
  );
}
