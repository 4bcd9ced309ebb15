import { FortnoxSettingsForm } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { onTheEmulator } from './story-backend.js';
import { articles, SUBGROUPS } from './story-data.js';
import { loadedOf } from './story-types.js';

const meta = {
  title: 'Fortnox/FortnoxSettingsForm',
  component: FortnoxSettingsForm,
} satisfies Meta<typeof FortnoxSettingsForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Admin: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: 'Synkning' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Spara' })).toBeDisabled();
  },
};

/** Settings an admin saved earlier (through the integration, as the form does). */
export const SavedSettings: Story = {
  parameters: {
    backend: {
      settings: {
        orderText: 'Tack för att ni anlitar oss!',
        sortByActions: true,
        technicianInActionSummary: true,
        includeServiceObjectOnRow: true,
        serviceObjectPrefix: 'Maskin :',
        sumArticleRows: true,
        noSumArticleNumbers: ['12', '13'],
        costCenter: 'SERV',
        syncPrices: true,
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText('Serviceobjektsprefix')).toHaveValue('Maskin :');
    await expect(canvas.getByLabelText('Ignorera summering av artikelrader för')).toHaveValue(
      '12;13',
    );
  },
};

/** The CSV is the host's real article register, exported by the handler. */
export const PriceSyncBackupWarning: Story = {
  parameters: onTheEmulator({ articles }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Synka priser' }));
    await expect(
      canvas.getByRole('checkbox', { name: 'Synka priser' }),
    ).toHaveAccessibleDescription(/backup INNAN/);
    await userEvent.click(canvas.getByRole('button', { name: 'Ladda ner artikelregistret (CSV)' }));
    await waitFor(() => expect(loadedOf(context).browser.openFile).toHaveBeenCalledOnce());
  },
};

export const UnsavedChanges: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Skapa faktura direkt' }));
    await expect(canvas.getByText('Du har ändringar som inte är sparade.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Spara' })).toBeEnabled();
  },
};

export const Saved: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Skapa faktura direkt' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Spara' }));
    await expect(await canvas.findByText('Inställningarna är sparade.')).toBeVisible();
  },
};

export const InvalidList: Story = {
  play: async ({ canvas, userEvent }) => {
    const list = await canvas.findByLabelText('Sätt inte pris för artikelnummer');
    await userEvent.type(list, '12;1 3');
    await userEvent.click(canvas.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(list).toHaveAccessibleDescription(/får bara innehålla bokstäver/));
    await waitFor(() => expect(list).toHaveFocus());
  },
};

/**
 * Saving looks a changed cost center up in Fortnox (the emulator has SERV, not 900), and the
 * handler's `missing_fortnox_code` lands at the field.
 */
export const ServerErrorAtTheField: Story = {
  play: async ({ canvas, userEvent }) => {
    const costCenter = await canvas.findByLabelText('Lägg till kostnadsställe');
    await userEvent.type(costCenter, '900');
    await userEvent.click(canvas.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(costCenter).toHaveAttribute('aria-invalid', 'true'));
    await expect(costCenter).toHaveAccessibleDescription(/En kod saknas i Fortnox/);
  },
};

/** The host uses subgroups (connected for all of them). */
export const WithSubgroups: Story = {
  parameters: onTheEmulator({ subgroups: SUBGROUPS }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('combobox', { name: 'Undergrupp' })).toBeVisible();
    await expect(canvas.getByLabelText('Internfakturerad kund')).toBeVisible();
  },
};

export const ReadOnlyForNonAdmins: Story = {
  parameters: { userRole: 'user' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/bara en administratör kan ändra dem/)).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Synka priser' })).toBeDisabled();
  },
};

export const InEnglish: Story = {
  globals: { locale: 'en' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('checkbox', { name: 'Sync prices' })).toBeVisible();
  },
};
