import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RealBackend } from '../../../../stories/src/real-backend.js';
import {
  answered,
  articles,
  customers,
  HOLD_MS,
  holdTheNextCustomerRead,
  refusedCustomers,
} from '../../../../stories/src/story-data.js';
import {
  enabledButton,
  renderOnEmulator,
  startBackendServer,
} from '../testing/with-real-backend.js';
import { FortnoxSyncStatus } from './fortnox-sync-status.js';

startBackendServer();
const registers = { customers, articles };

/** Two customers added in the host that Fortnox will refuse, and a held read (see below). */
async function refusedAndHeld(backend: RealBackend): Promise<void> {
  for (const customer of refusedCustomers) await backend.registers.customers.upsert(customer);
  await holdTheNextCustomerRead(backend);
}

describe('FortnoxSyncStatus', { timeout: 30_000 }, () => {
  it('says when no sync has run (before the first connect)', async () => {
    await renderOnEmulator(<FortnoxSyncStatus />, { ...registers, connect: false });
    expect(await screen.findByText('Ingen synk har körts ännu.')).toBeVisible();
  });

  it('runs a sync on "Synk", follows its progress and logs the failed records', async () => {
    const { user, backend } = await renderOnEmulator(<FortnoxSyncStatus />, {
      ...registers,
      setup: refusedAndHeld,
    });
    await user.click(await enabledButton('Synk'));
    expect(await screen.findByText(/^Kunder: \d+ av \d+$/)).toBeVisible();
    const held = `/3/customers/${backend.facts.fortnoxCustomerNumber}`;
    expect(answered(backend, 'GET', held)).toBe(false);
    backend.clock.advance(HOLD_MS);
    expect(await screen.findByText(/Senaste synk: .*klar med fel/)).toBeVisible();
    const log = screen.getByRole('region', { name: 'Senaste körningar' });
    expect(within(log).getByText(/2 poster kunde inte synkas/)).toBeVisible();
    expect(
      within(log).getByText(
        'Kund Bygg & Kyl i Luleå AB: Ogiltig e-postadress (faktura@byggkyl) (Email)',
      ),
    ).toBeInTheDocument();
  });

  it('counts a customer deleted in the host and deactivated in Fortnox in the run log', async () => {
    const { user, backend } = await renderOnEmulator(<FortnoxSyncStatus />, {
      ...registers,
      settings: { syncUpdatedCustomers: true },
      setup: async (b) => {
        const { records } = await b.registers.customers.changedSince(null, 100);
        const first = records.find((c) => c.fortnoxCustomerNumber);
        if (!first) throw new Error('the connect sync linked no customer');
        await b.registers.customers.delete?.(first.id);
      },
    });
    await user.click(await enabledButton('Synk'));
    const log = await screen.findByRole('region', { name: 'Senaste körningar' });
    expect(
      await within(log).findByText(/^Kunder: .*, 1 borttagning överförd$/),
    ).toBeInTheDocument();
    const deactivated = [...backend.emulator.db.tenant(backend.tenantId).customers.values()].filter(
      (c) => c.Active === false,
    );
    expect(deactivated).toHaveLength(1);
  });

  it('shows why a sync could not start', async () => {
    const { user } = await renderOnEmulator(<FortnoxSyncStatus />, {
      ...registers,
      setup: (backend) => backend.revokeGrant(),
    });
    await user.click(await enabledButton('Synk'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Anslutningen till Fortnox har upphört. Be en administratör ansluta Fortnox igen.',
      ),
    );
  });
});
