import { FortnoxSyncStatus } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RealBackend, RealBackendOptions } from './real-backend.js';
import { onTheEmulator } from './story-backend.js';
import {
  answered,
  articles,
  customers,
  HOLD_MS,
  holdTheNextCustomerRead,
  syncWithRefusedCustomers,
} from './story-data.js';
import { backendOf, enabledButton } from './story-types.js';

/** The host's registers; connecting runs the first sync ("Vid anslutning", klar). */
const registers: RealBackendOptions = { customers, articles };

/** Fortnox has not answered the read of the customer added in Fortnox yet. */
const held = (backend: RealBackend) =>
  !answered(backend, 'GET', `/3/customers/${backend.facts.fortnoxCustomerNumber}`);

const meta = {
  title: 'Fortnox/FortnoxSyncStatus',
  component: FortnoxSyncStatus,
  parameters: onTheEmulator(registers),
} satisfies Meta<typeof FortnoxSyncStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Not connected yet: connecting always starts the first sync, so before it is the only
 * time an integration has never synced.
 */
export const NeverSynced: Story = {
  parameters: onTheEmulator({ ...registers, connect: false }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Ingen synk har körts ännu.')).toBeVisible();
  },
};

export const LastRunOk: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Senaste synk: .*, klar$/)).toBeVisible();
  },
};

/** Fortnox refused two customers added in the host: their own messages, per record. */
export const LastRunWithRecordErrors: Story = {
  parameters: onTheEmulator({ ...registers, setup: syncWithRefusedCustomers }),
  play: async ({ canvas, userEvent }) => {
    const log = await canvas.findByRole('region', { name: 'Senaste körningar' });
    await userEvent.click(within(log).getByText(/2 poster kunde inte synkas/));
    await expect(
      within(log).getByText(
        'Kund Bygg & Kyl i Luleå AB: Ogiltig e-postadress (faktura@byggkyl) (Email)',
      ),
    ).toBeVisible();
  },
};

export const Running: Story = {
  parameters: onTheEmulator({ ...registers, setup: holdTheNextCustomerRead }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await enabledButton(canvas, 'Synk'));
    await expect(await canvas.findByText('Kunder: 0 av 2')).toBeVisible();
    const backend = backendOf(context);
    await expect(held(backend)).toBe(true);
    backend.clock.advance(HOLD_MS);
    await expect(
      await canvas.findByText(/Senaste synk: .*, klar$/, {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};

export const RunningSlowly: Story = {
  parameters: onTheEmulator({ ...registers, setup: holdTheNextCustomerRead }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    const backend = backendOf(context);
    await userEvent.click(await enabledButton(canvas, 'Synk'));
    await expect(await canvas.findByRole('button', { name: 'Synkar…' })).toBeDisabled();
    // Still running: Fortnox has not answered the read of the new customer.
    await expect(held(backend)).toBe(true);
  },
};

/** The customer revoked the integration in Fortnox since the last run: "Synk" is refused. */
export const CouldNotStart: Story = {
  parameters: onTheEmulator({ ...registers, setup: (backend) => backend.revokeGrant() }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Synk'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Anslutningen till Fortnox har upphört. Be en administratör ansluta Fortnox igen.',
    );
  },
};

export const InEnglish: Story = {
  globals: { locale: 'en' },
  parameters: onTheEmulator({ ...registers, setup: syncWithRefusedCustomers }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Last sync: .*done with errors/)).toBeVisible();
  },
};
