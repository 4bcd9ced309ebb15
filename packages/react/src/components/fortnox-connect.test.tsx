import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RealBackend } from '../../../../stories/src/real-backend.js';
import { COMPANY, SUBGROUPS } from '../../../../stories/src/story-data.js';
import {
  BASE_URL,
  enabledButton,
  renderOnEmulator,
  startBackendServer,
} from '../testing/with-real-backend.js';
import { FortnoxConnect } from './fortnox-connect.js';

startBackendServer();
const notConnected = { connect: false } as const;
const connectedTo = (prefix: string) => new RegExp(`^${prefix} ${COMPANY} \\(\\d{6}-\\d{4}\\)\\.$`);

/** The user consents in Fortnox; Fortnox sends the browser to the handler's callback. */
async function consentAndCallBack(backend: RealBackend, authorizeUrl: string) {
  const callback = await backend.consent(authorizeUrl);
  return backend.handle(new Request(`${BASE_URL}/oauth/callback${callback.search}`));
}

describe('FortnoxConnect', { timeout: 30_000 }, () => {
  it('shows which Fortnox company is connected, and never a key', async () => {
    await renderOnEmulator(<FortnoxConnect />);
    expect(await screen.findByText(connectedTo('Ansluten till'))).toBeVisible();
    expect(screen.queryByText(/nyckel|token|secret/i)).toBeNull();
  });

  it('sends the admin to Fortnox with the chosen subgroup (redirect)', async () => {
    const { user, browser, backend } = await renderOnEmulator(<FortnoxConnect />, {
      ...notConnected,
      subgroups: SUBGROUPS,
    });
    await user.selectOptions(await screen.findByLabelText('Undergrupp'), 'syd');
    await user.click(screen.getByRole('button', { name: 'Anslut till Fortnox' }));
    await waitFor(() => expect(browser.navigate).toHaveLength(1));
    expect(browser.navigate[0]).toContain('https://apps.fortnox.se/oauth-v1/auth?');
    const landing = await consentAndCallBack(backend, browser.navigate[0] ?? '');
    expect(landing.headers.get('location')).toContain('fortnox=connected');
    expect((await backend.integration.getSettings()).settings.subgroup).toBe('syd');
  });

  it('hides the subgroup field when the host does not use subgroups', async () => {
    await renderOnEmulator(<FortnoxConnect />, notConnected);
    await screen.findByText('Inte ansluten till Fortnox.');
    expect(screen.queryByLabelText('Undergrupp')).toBeNull();
  });

  it('opens Fortnox in a popup and updates when the popup reports success', async () => {
    const { user, browser, backend } = await renderOnEmulator(<FortnoxConnect mode="popup" />, {
      ...notConnected,
    });
    await user.click(await enabledButton('Anslut till Fortnox'));
    await waitFor(() => expect(browser.popups).toHaveLength(1));
    // What the handler's popup page posts to its opener.
    const page = await (await consentAndCallBack(backend, browser.popups[0] ?? '')).text();
    const posted = /postMessage\((\{.*?\}), /.exec(page)?.[1] ?? 'null';
    window.dispatchEvent(
      new MessageEvent('message', { origin: window.location.origin, data: JSON.parse(posted) }),
    );
    expect(await screen.findByText(connectedTo('Ansluten till'))).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Fortnox är anslutet.');
  });

  it('explains and offers a reconnect when Fortnox revoked the grant', async () => {
    await renderOnEmulator(<FortnoxConnect />, { setup: (backend) => backend.revokeGrant() });
    expect(await screen.findByRole('alert')).toHaveTextContent(/godkänns igen/);
    expect(screen.getByRole('button', { name: 'Anslut igen' })).toBeEnabled();
  });

  it('disconnects only after a confirmation', async () => {
    const { user, backend } = await renderOnEmulator(<FortnoxConnect />);
    await user.click(await enabledButton('Koppla från'));
    const dialog = screen.getByRole('alertdialog');
    expect((await backend.integration.getConnectionState()).status).toBe('connected');
    await user.click(within(dialog).getByRole('button', { name: 'Koppla från' }));
    expect(await screen.findByText('Inte ansluten till Fortnox.')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Fortnox är frånkopplat.');
    expect((await backend.integration.getConnectionState()).status).toBe('not_connected');
  });

  it('returns focus to "Koppla från" when the confirmation is cancelled', async () => {
    const { user } = await renderOnEmulator(<FortnoxConnect />);
    await user.click(await enabledButton('Koppla från'));
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Koppla från' })).toHaveFocus();
  });

  it('offers no connection changes to a non-admin', async () => {
    await renderOnEmulator(<FortnoxConnect />, { role: 'user', provider: { userRole: 'user' } });
    expect(await screen.findByText('Bara en administratör kan ändra anslutningen.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks English when asked', async () => {
    await renderOnEmulator(<FortnoxConnect />, { provider: { locale: 'en' } });
    expect(await screen.findByText(connectedTo('Connected to'))).toBeVisible();
  });

  // The page thinks the user is an admin; the host's `authorize` says otherwise.
  it('shows a readable error when the backend refuses', async () => {
    const { user } = await renderOnEmulator(<FortnoxConnect />, { ...notConnected, role: 'user' });
    await user.click(await enabledButton('Anslut till Fortnox'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Det här kräver administratörsbehörighet.',
    );
  });

  it('tells the user why connecting failed after the redirect back from Fortnox', async () => {
    await renderOnEmulator(<FortnoxConnect />, {
      ...notConnected,
      // The admin pressed "Avbryt" on Fortnox's consent page; Fortnox sent the browser back
      // to the handler's callback, which redirected to the page with the outcome.
      setup: async (backend) => {
        const { authorizeUrl } = await backend.integration.startConnect({
          mode: 'redirect',
          returnTo: '/settings',
        });
        const consent = new URL(authorizeUrl);
        consent.searchParams.set('tenant_id', String(backend.tenantId));
        consent.searchParams.set('decision', 'deny');
        const fortnox = await backend.emulator.fetch(new Request(consent, { redirect: 'manual' }));
        const callback = new URL(fortnox.headers.get('location') ?? '');
        const landing = await backend.handle(
          new Request(`${BASE_URL}/oauth/callback${callback.search}`),
        );
        const back = new URL(landing.headers.get('location') ?? '', window.location.href);
        window.history.replaceState(null, '', back.pathname + back.search);
      },
    });
    expect(window.location.search).toContain('fortnox=error');
    expect(await screen.findByRole('alert')).toHaveTextContent('Anslutningen avbröts i Fortnox.');
    window.history.replaceState(null, '', '/');
  });
});
