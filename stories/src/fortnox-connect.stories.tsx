import { FortnoxConnect } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { type BackendParameters, onTheEmulator } from './story-backend.js';
import { COMPANY, SUBGROUPS } from './story-data.js';
import { backendOf, loadedOf } from './story-types.js';

const connectedTo = new RegExp(`^Ansluten till ${COMPANY} \\(\\d{6}-\\d{4}\\)\\.$`);
const notConnected: BackendParameters = { backend: { connect: false } };

const meta = {
  title: 'Fortnox/FortnoxConnect',
  component: FortnoxConnect,
} satisfies Meta<typeof FortnoxConnect>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Connected through the emulator's OAuth consent; the company comes from Fortnox. */
export const Connected: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(connectedTo)).toBeVisible();
    await expect(canvas.queryByText(/nyckel|token|secret/i)).toBeNull();
  },
};

/** The host uses subgroups and the admin connected for "Kyltjänst Norr". */
export const ConnectedToASubgroup: Story = {
  parameters: onTheEmulator({ subgroups: SUBGROUPS, connect: { subgroup: 'norr' } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Gäller: Kyltjänst Norr')).toBeVisible();
  },
};

export const NotConnected: Story = {
  parameters: notConnected,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await canvas.findByRole('button', { name: 'Anslut till Fortnox' }));
    const { browser } = loadedOf(context);
    await waitFor(() => expect(browser.navigate).toHaveBeenCalledOnce());
  },
};

/**
 * The chosen subgroup travels with the authorization: after the user's consent in the
 * emulator, the handler's callback stores it as the integration's subgroup.
 */
export const NotConnectedWithSubgroups: Story = {
  parameters: onTheEmulator({ connect: false, subgroups: SUBGROUPS }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.selectOptions(await canvas.findByLabelText('Undergrupp'), 'syd');
    await userEvent.click(canvas.getByRole('button', { name: 'Anslut till Fortnox' }));
    const { browser } = loadedOf(context);
    await waitFor(() =>
      expect(browser.navigate).toHaveBeenCalledWith(
        expect.stringContaining('https://apps.fortnox.se/oauth-v1/auth?'),
      ),
    );
    const backend = backendOf(context);
    const callback = await backend.consent(String(browser.navigate.mock.calls[0]?.[0]));
    const landing = await backend.handle(
      new Request(new URL(`/api/fortnox/oauth/callback${callback.search}`, location.href)),
    );
    await expect(landing.headers.get('location')).toContain('fortnox=connected');
    await expect((await backend.integration.getSettings()).settings.subgroup).toBe('syd');
  },
};

export const ConnectingInAPopup: Story = {
  args: { mode: 'popup' },
  parameters: notConnected,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await canvas.findByRole('button', { name: 'Anslut till Fortnox' }));
    await expect(await canvas.findByRole('button', { name: 'Öppnar Fortnox…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(loadedOf(context).browser.openPopup).toHaveBeenCalledOnce();
  },
};

/** The customer revoked the integration in Fortnox; the integration's next call noticed. */
export const ReconnectNeeded: Story = {
  parameters: onTheEmulator({ setup: (backend) => backend.revokeGrant() }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/godkänns igen/);
    await expect(canvas.getByRole('button', { name: 'Anslut igen' })).toBeEnabled();
  },
};

export const Disconnecting: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Koppla från' }));
    const dialog = canvas.getByRole('alertdialog');
    await expect(canvas.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Koppla från' }));
    await expect(await canvas.findByText('Inte ansluten till Fortnox.')).toBeVisible();
  },
};

export const ForANonAdmin: Story = {
  parameters: { userRole: 'user' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Bara en administratör kan ändra anslutningen.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** The host's database fails once: the handler answers 500 `internal`; a retry works. */
export const BackendUnreachable: Story = {
  parameters: onTheEmulator({
    setup: async (backend) => backend.storeFaults.failNext('getConnection'),
  }),
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Något gick fel.');
    await userEvent.click(canvas.getByRole('button', { name: 'Försök igen' }));
    await expect(await canvas.findByText(/Ansluten till/)).toBeVisible();
  },
};

export const InEnglish: Story = {
  globals: { locale: 'en' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Connected to Kyltjänst/)).toBeVisible();
  },
};
