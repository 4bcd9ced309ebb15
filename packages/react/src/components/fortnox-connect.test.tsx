import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { notSentOrder } from '../../../../stories/fake-backend/index.js';
import { enabledButton, renderWithBackend, startFakeServer } from '../testing/with-fake-backend.js';
import { FortnoxConnect } from './fortnox-connect.js';

startFakeServer();
const notConnected = {
  status: 'not_connected' as const,
  company: null,
  subgroup: null,
  subgroups: null,
  connectedAt: null,
};

describe('FortnoxConnect', () => {
  it('shows which Fortnox company is connected, and never a key', async () => {
    renderWithBackend(<FortnoxConnect />);
    expect(
      await screen.findByText('Ansluten till Kyltjänst i Norr AB (556677-8899).'),
    ).toBeVisible();
    expect(screen.queryByText(/nyckel|token/i)).toBeNull();
  });

  it('sends the admin to Fortnox with the chosen subgroup (redirect)', async () => {
    const { user, browser } = renderWithBackend(<FortnoxConnect />, {
      state: { connection: { ...notConnected, subgroups: [{ id: 'norr', name: 'Norr' }] } },
    });
    await user.selectOptions(await screen.findByLabelText('Undergrupp'), 'norr');
    await user.click(screen.getByRole('button', { name: 'Anslut till Fortnox' }));
    await waitFor(() => expect(browser.navigate).toHaveLength(1));
    expect(browser.navigate[0]).toContain('state=fake-redirect-norr');
  });

  it('hides the subgroup field when the host does not use subgroups', async () => {
    renderWithBackend(<FortnoxConnect />, { state: { connection: notConnected } });
    await screen.findByText('Inte ansluten till Fortnox.');
    expect(screen.queryByLabelText('Undergrupp')).toBeNull();
  });

  it('opens Fortnox in a popup and updates when the popup reports success', async () => {
    const { user, browser, backend } = renderWithBackend(<FortnoxConnect mode="popup" />, {
      state: { connection: notConnected },
    });
    await user.click(await enabledButton('Anslut till Fortnox'));
    await waitFor(() => expect(browser.popups).toHaveLength(1));
    backend.state.connection = {
      ...notConnected,
      status: 'connected',
      company: { name: 'Nya AB', organisationNumber: '1' },
    };
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: window.location.origin,
        data: { type: 'fortnox-kit:oauth', status: 'connected' },
      }),
    );
    expect(await screen.findByText('Ansluten till Nya AB (1).')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Fortnox är anslutet.');
  });

  it('explains and offers a reconnect when Fortnox revoked the grant', async () => {
    renderWithBackend(<FortnoxConnect />, {
      state: { connection: { ...notConnected, status: 'reconnect_needed' } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/godkänns igen/);
    expect(screen.getByRole('button', { name: 'Anslut igen' })).toBeEnabled();
  });

  it('disconnects only after a confirmation', async () => {
    const { user, backend } = renderWithBackend(<FortnoxConnect />, {
      state: { orders: new Map([['x', notSentOrder('x')]]) },
    });
    await user.click(await enabledButton('Koppla från'));
    const dialog = screen.getByRole('alertdialog');
    expect(backend.state.connection.status).toBe('connected');
    await user.click(within(dialog).getByRole('button', { name: 'Koppla från' }));
    expect(await screen.findByText('Inte ansluten till Fortnox.')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Fortnox är frånkopplat.');
  });

  it('returns focus to "Koppla från" when the confirmation is cancelled', async () => {
    const { user } = renderWithBackend(<FortnoxConnect />);
    await user.click(await enabledButton('Koppla från'));
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Koppla från' })).toHaveFocus();
  });

  it('offers no connection changes to a non-admin', async () => {
    renderWithBackend(<FortnoxConnect />, { provider: { userRole: 'user' } });
    expect(await screen.findByText('Bara en administratör kan ändra anslutningen.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks English when asked', async () => {
    renderWithBackend(<FortnoxConnect />, { provider: { locale: 'en' } });
    expect(
      await screen.findByText('Connected to Kyltjänst i Norr AB (556677-8899).'),
    ).toBeVisible();
  });

  it('shows a readable error when the backend refuses', async () => {
    const { user, backend } = renderWithBackend(<FortnoxConnect />, {
      state: { connection: notConnected },
    });
    backend.failNext('POST /connection/connect', { code: 'forbidden', message: 'no' });
    await user.click(await enabledButton('Anslut till Fortnox'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Det här kräver administratörsbehörighet.',
    );
  });

  it('tells the user why connecting failed after the redirect back from Fortnox', async () => {
    window.history.replaceState(null, '', '/settings?fortnox=error&code=oauth_state_mismatch');
    renderWithBackend(<FortnoxConnect />, { state: { connection: notConnected } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Inloggningen i Fortnox gick inte att verifiera.',
    );
    window.history.replaceState(null, '', '/');
  });
});
