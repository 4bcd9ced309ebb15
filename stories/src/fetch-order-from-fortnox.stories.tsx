import { FetchOrderFromFortnox } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { RealBackend, RealBackendOptions } from './real-backend.js';
import { onTheEmulator } from './story-backend.js';
import { backendOf } from './story-types.js';

/** A user creates an order inside Fortnox; the host may fetch it by its number. */
async function orderMadeInFortnox(backend: RealBackend): Promise<void> {
  backend.facts.fortnoxOrderNumber = backend.user.createOrder({
    CustomerNumber: '1',
    OrderRows: [{ Description: 'Service av kylaggregat enligt avtal' }],
  });
}

/** Setting 35 on. */
const enabled: RealBackendOptions = {
  settings: { createOrderFromReference: true },
  setup: orderMadeInFortnox,
};

const meta = {
  title: 'Fortnox/FetchOrderFromFortnox',
  component: FetchOrderFromFortnox,
  parameters: onTheEmulator(enabled),
} satisfies Meta<typeof FetchOrderFromFortnox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText('Ordernummer i Fortnox')).toBeEnabled();
  },
};

/** The order made in Fortnox becomes host order SO-2001 (the host's own numbering). */
export const Fetched: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const number = backendOf(context).facts.fortnoxOrderNumber ?? '';
    await userEvent.type(await canvas.findByLabelText('Ordernummer i Fortnox'), number);
    await userEvent.click(canvas.getByRole('button', { name: 'Hämta order' }));
    await expect(await canvas.findByText(/Order SO-2001 är skapad/)).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Öppna ordern' })).toBeVisible();
  },
};

export const NotANumber: Story = {
  play: async ({ canvas, userEvent }) => {
    const input = await canvas.findByLabelText('Ordernummer i Fortnox');
    await userEvent.type(input, 'AO-12{Enter}');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/Ange ordernumret med siffror/);
  },
};

export const NotFoundInFortnox: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Ordernummer i Fortnox'), '999{Enter}');
    // The backend's userMessage: what went wrong and what to do (decisions/093).
    await expect(
      await canvas.findByText('Ordern finns inte i Fortnox. Kontrollera numret i Fortnox.'),
    ).toBeVisible();
  },
};

export const TurnedOff: Story = {
  parameters: onTheEmulator({ settings: { createOrderFromReference: false } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Hämta order är avstängt/)).toBeVisible();
  },
};
