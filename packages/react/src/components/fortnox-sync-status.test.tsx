import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { enabledButton, renderWithBackend, startFakeServer } from '../testing/with-fake-backend.js';
import { FortnoxSyncStatus } from './fortnox-sync-status.js';

startFakeServer();

describe('FortnoxSyncStatus', () => {
  it('says when no sync has run', async () => {
    renderWithBackend(<FortnoxSyncStatus />);
    expect(await screen.findByText('Ingen synk har körts ännu.')).toBeVisible();
  });

  it('runs a sync on "Synk", follows its progress and logs the failed records', async () => {
    const { user } = renderWithBackend(<FortnoxSyncStatus />, {
      syncStepMs: 30,
      state: {
        nextSyncErrors: [
          {
            register: 'customers',
            recordId: 'c9',
            label: 'Bygg & Kyl AB',
            code: 'fortnox_error',
            message: 'Ogiltigt organisationsnummer',
          },
        ],
      },
    });
    await user.click(await enabledButton('Synk'));
    expect(await screen.findByText(/Kunder: \d+ av 24/)).toBeVisible();
    expect(await screen.findByText(/Senaste synk: .*klar med fel/)).toBeVisible();
    const log = screen.getByRole('region', { name: 'Senaste körningar' });
    expect(within(log).getByText(/1 post kunde inte synkas/)).toBeVisible();
    expect(
      within(log).getByText('Kund Bygg & Kyl AB: Ogiltigt organisationsnummer'),
    ).toBeInTheDocument();
  });

  it('shows why a sync could not start', async () => {
    const { user, backend } = renderWithBackend(<FortnoxSyncStatus />);
    backend.failNext('POST /sync', { code: 'reconnect_needed', message: 'x' });
    await user.click(await enabledButton('Synk'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Fortnox behöver anslutas igen.');
  });
});
