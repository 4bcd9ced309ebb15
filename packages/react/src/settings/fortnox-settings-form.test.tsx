import { settingsMetadata } from '@fortnox-kit/core/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articles, SUBGROUPS } from '../../../../stories/src/story-data.js';
import { renderOnEmulator, startBackendServer } from '../testing/with-real-backend.js';
import { FortnoxSettingsForm } from './fortnox-settings-form.js';

startBackendServer();
const save = () => screen.getByRole('button', { name: 'Spara' });

// About 50 fields in jsdom: slow when the whole suite runs at once.
describe('FortnoxSettingsForm', { timeout: 30_000 }, () => {
  it('renders every applicable setting, grouped, with its help text', async () => {
    await renderOnEmulator(<FortnoxSettingsForm />);
    const sync = await screen.findByRole('group', { name: 'Synkning' });
    const prices = within(sync).getByRole('checkbox', { name: 'Synka priser' });
    expect(prices).toHaveAccessibleDescription(/Prisändringar går åt båda hållen/);
    const shown = screen.getAllByRole('checkbox').length + screen.getAllByRole('textbox').length;
    const unconditional = settingsMetadata.filter((m) => !m.visibleWhen).length;
    expect(shown).toBe(unconditional);
  });

  it('shows a dependent setting only when the setting it depends on is on', async () => {
    const { user } = await renderOnEmulator(<FortnoxSettingsForm />);
    await user.click(await screen.findByRole('checkbox', { name: 'Summera artikelrader' }));
    expect(await screen.findByLabelText('Ignorera summering av artikelrader för')).toBeVisible();
  });

  it('shows the subgroup settings only when the host uses subgroups', async () => {
    await renderOnEmulator(<FortnoxSettingsForm />, { subgroups: SUBGROUPS });
    const select = await screen.findByRole('combobox', { name: 'Undergrupp' });
    expect(within(select).getByRole('option', { name: 'Kyltjänst Norr' })).toBeInTheDocument();
  });

  it('warns before price sync and offers the article register as CSV first', async () => {
    const { user, browser } = await renderOnEmulator(<FortnoxSettingsForm />, { articles });
    await user.click(await screen.findByRole('checkbox', { name: 'Synka priser' }));
    expect(screen.getByRole('checkbox', { name: 'Synka priser' })).toHaveAccessibleDescription(
      /backup INNAN du aktiverar Synka priser/,
    );
    await user.click(screen.getByRole('button', { name: 'Ladda ner artikelregistret (CSV)' }));
    await waitFor(() => expect(browser.files[0]?.name).toBe('artikelregister.csv'));
    // The host's own article register, as the handler exports it.
    expect(await browser.files[0]?.blob.text()).toContain('FILTER-10');
  });

  it('says beside "Sätt priser på orderrader" how prices reach Fortnox while it is off', async () => {
    await renderOnEmulator(<FortnoxSettingsForm />);
    const setPrices = await screen.findByRole('checkbox', { name: 'Sätt priser på orderrader' });
    expect(setPrices).not.toBeChecked();
    expect(setPrices).toHaveAccessibleDescription(/Priser kommer till Fortnox på tre sätt/);
  });

  it('saves changes, tracks unsaved state and can discard them', async () => {
    const { user, backend } = await renderOnEmulator(<FortnoxSettingsForm />);
    const box = await screen.findByRole('checkbox', { name: 'Skapa faktura direkt' });
    expect(save()).toBeDisabled();
    await user.click(box);
    expect(screen.getByText('Du har ändringar som inte är sparade.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ångra ändringar' }));
    expect(box).not.toBeChecked();
    await user.click(box);
    await user.click(save());
    expect(await screen.findByText('Inställningarna är sparade.')).toBeVisible();
    expect((await backend.integration.getSettings()).settings.createInvoiceDirectly).toBe(true);
    expect(save()).toBeDisabled();
  });

  it('shows a list entry error at its field, in Swedish, before saving', async () => {
    const { user, backend } = await renderOnEmulator(<FortnoxSettingsForm />);
    const list = await screen.findByLabelText('Sätt inte pris för artikelnummer');
    await user.type(list, '12;1 3');
    await user.click(save());
    await waitFor(() => expect(list).toHaveAttribute('aria-invalid', 'true'));
    expect(list).toHaveAccessibleDescription(/får bara innehålla bokstäver/);
    await waitFor(() => expect(list).toHaveFocus());
    expect((await backend.integration.getSettings()).updatedAt).toBeNull();
  });

  // The handler looks a changed cost center up in Fortnox (checkSettingCodes): the emulator
  // has SERV, not 900.
  it('puts the server’s missing_fortnox_code at the cost center field', async () => {
    const { user, backend } = await renderOnEmulator(<FortnoxSettingsForm />);
    const costCenter = await screen.findByLabelText('Lägg till kostnadsställe');
    await user.type(costCenter, '900');
    await user.click(save());
    await waitFor(() => expect(costCenter).toHaveAttribute('aria-invalid', 'true'));
    expect(costCenter).toHaveAccessibleDescription(/En kod saknas i Fortnox/);
    await waitFor(() => expect(costCenter).toHaveFocus());
    expect((await backend.integration.getSettings()).settings.costCenter).not.toBe('900');
  });

  it('is read-only for a non-admin', async () => {
    await renderOnEmulator(<FortnoxSettingsForm />, {
      role: 'user',
      provider: { userRole: 'user' },
    });
    expect(await screen.findByText(/bara en administratör kan ändra dem/)).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Synka priser' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();
  });

  it('speaks English when asked', async () => {
    await renderOnEmulator(<FortnoxSettingsForm />, { provider: { locale: 'en' } });
    expect(await screen.findByRole('checkbox', { name: 'Sync prices' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
