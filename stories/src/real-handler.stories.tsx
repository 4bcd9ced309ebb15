import {
  FetchOrderFromFortnox,
  FortnoxConnect,
  FortnoxSettingsForm,
  FortnoxSyncStatus,
  SendToFortnoxButton,
  ViewInvoiceButton,
} from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { RealBackendOptions } from './real-backend.js';
import { onTheEmulator } from './story-backend.js';
import { enabledButton } from './story-types.js';

/** A host's Fortnox page and one order, against the real core handler and the emulator. */
function HostPage() {
  return (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <FortnoxConnect />
      <FortnoxSyncStatus />
      <section aria-label="Arbetsorder AO-1" style={{ display: 'grid', gap: '0.75rem' }}>
        <SendToFortnoxButton orderId="o1" />
        <ViewInvoiceButton orderId="o1" />
      </section>
      <FetchOrderFromFortnox />
    </div>
  );
}

const realBackend: RealBackendOptions = {
  customers: [{ id: 'c1', name: 'Bygg & Kyl i Luleå AB', email: 'info@byggkyl.se' }],
  articles: [
    {
      id: 'a1',
      articleNumber: 'FILTER-10',
      description: 'Oljefilter GA 10',
      unit: 'st',
      price: 149,
    },
  ],
  orders: [
    {
      id: 'o1',
      kind: 'work',
      number: 'AO-1',
      customerId: 'c1',
      orderDate: '2026-11-27',
      readyForInvoicing: true,
      articleRows: [{ articleNumber: 'FILTER-10', quantity: 2 }],
    },
  ],
  settings: { createOrderFromReference: true },
};

const meta = {
  title: 'Real handler (emulator)/Host page',
  component: HostPage,
  parameters: onTheEmulator(realBackend),
} satisfies Meta<typeof HostPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SendToFortnox: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByText(/^Ansluten till /)).toBeVisible();
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    await expect(
      await canvas.findByRole('link', { name: /^Fortnox order \d+$/ }, { timeout: 10_000 }),
    ).toBeVisible();
    // An order, not an invoice, was created: nothing to show until Fortnox invoices it.
    await expect(canvas.getByRole('button', { name: 'Visa faktura' })).toHaveAccessibleDescription(
      'Ingen faktura ännu.',
    );
  },
};

export const SyncNow: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Synk'));
    await expect(
      await canvas.findByText(/Senaste synk: .*, klar/, {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Settings: StoryObj<typeof FortnoxSettingsForm> = {
  render: () => <FortnoxSettingsForm />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Skapa faktura direkt' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Spara' }));
    await expect(await canvas.findByText('Inställningarna är sparade.')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Skapa faktura direkt' })).toBeChecked();
  },
};
