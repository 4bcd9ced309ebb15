import { FortnoxConnect } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { loadedOf } from './story-types.js';

const notConnected = {
  status: 'not_connected' as const,
  company: null,
  subgroup: null,
  subgroups: null,
  connectedAt: null,
};
const subgroups = [
  { id: 'norr', name: 'Kyltjänst Norr' },
  { id: 'syd', name: 'Kyltjänst Syd' },
];

const meta = {
  title: 'Fortnox/FortnoxConnect',
  component: FortnoxConnect,
} satisfies Meta<typeof FortnoxConnect>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Connected: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Ansluten till Kyltjänst i Norr AB (556677-8899).'),
    ).toBeVisible();
    await expect(canvas.queryByText(/nyckel|token|secret/i)).toBeNull();
  },
};

export const ConnectedToASubgroup: Story = {
  parameters: {
    backend: {
      state: {
        connection: {
          status: 'connected',
          company: { name: 'Kyltjänst i Norr AB', organisationNumber: '556677-8899' },
          subgroup: 'norr',
          subgroups,
          connectedAt: '2026-11-20T08:00:00.000Z',
        },
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Gäller: Kyltjänst Norr')).toBeVisible();
  },
};

export const NotConnected: Story = {
  parameters: { backend: { state: { connection: notConnected } } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await canvas.findByRole('button', { name: 'Anslut till Fortnox' }));
    const { browser } = loadedOf(context);
    await waitFor(() => expect(browser.navigate).toHaveBeenCalledOnce());
  },
};

export const NotConnectedWithSubgroups: Story = {
  parameters: { backend: { state: { connection: { ...notConnected, subgroups } } } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.selectOptions(await canvas.findByLabelText('Undergrupp'), 'syd');
    await userEvent.click(canvas.getByRole('button', { name: 'Anslut till Fortnox' }));
    const { browser } = loadedOf(context);
    await waitFor(() =>
      expect(browser.navigate).toHaveBeenCalledWith(expect.stringContaining('fake-redirect-syd')),
    );
  },
};

export const ConnectingInAPopup: Story = {
  args: { mode: 'popup' },
  parameters: { backend: { state: { connection: notConnected } } },
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

export const ReconnectNeeded: Story = {
  parameters: {
    backend: {
      state: {
        connection: {
          ...notConnected,
          status: 'reconnect_needed',
          company: { name: 'Kyltjänst i Norr AB', organisationNumber: '556677-8899' },
        },
      },
    },
  },
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

export const BackendUnreachable: Story = {
  parameters: {
    backend: { failures: { 'GET /connection': { code: 'internal', message: 'Boom' } } },
  },
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
