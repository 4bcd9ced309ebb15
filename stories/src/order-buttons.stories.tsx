import { SendToFortnoxButton, ViewInvoiceButton } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { notSentOrder, sentOrder } from '../fake-backend/index.js';
import { enabledButton, loadedOf } from './story-types.js';

const ORDER = 'AO-1043';
const orders = (order: ReturnType<typeof notSentOrder>) => new Map([[order.status.orderId, order]]);

/** The two buttons as a host shows them at the bottom of an order. */
function OrderFooter({ orderId }: { orderId: string }) {
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <h1 style={{ fontSize: '1.2rem', margin: 0, fontFamily: 'system-ui' }}>
        Arbetsorder {orderId}
      </h1>
      <SendToFortnoxButton orderId={orderId} />
      <ViewInvoiceButton orderId={orderId} />
    </div>
  );
}

const meta = {
  title: 'Fortnox/Order buttons',
  component: OrderFooter,
  args: { orderId: ORDER },
} satisfies Meta<typeof OrderFooter>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ReadyToSend: Story = {
  play: async ({ canvas }) => {
    await enabledButton(canvas, 'Skicka till Fortnox');
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Visa faktura' })).toBeDisabled(),
    );
  },
};

export const NotReadyForInvoicing: Story = {
  parameters: { backend: { state: { orders: orders(notSentOrder(ORDER, false)) } } },
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription('Ordern är inte klar för fakturering.'),
    );
    await expect(button).toBeDisabled();
  },
};

export const FortnoxNeedsReconnect: Story = {
  parameters: {
    backend: {
      state: {
        connection: {
          status: 'reconnect_needed',
          company: null,
          subgroup: null,
          subgroups: null,
          connectedAt: null,
        },
      },
    },
  },
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription('Fortnox behöver anslutas igen.'),
    );
  },
};

export const Sending: Story = {
  parameters: { backend: { sendDelayMs: 3_600_000 } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    await expect(await canvas.findByRole('button', { name: 'Skickar…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const SentAndOpeningTheConfirmation: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    const link = await canvas.findByRole('link', { name: 'Fortnox order 512' });
    await userEvent.click(link);
    const { browser } = loadedOf(context);
    await waitFor(() => expect(browser.openFile).toHaveBeenCalledOnce());
  },
};

export const Sent: Story = {
  parameters: { backend: { state: { orders: orders(sentOrder(ORDER, '512')) } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: 'Fortnox order 512' })).toBeVisible();
  },
};

export const SentCanBeSentAgain: Story = {
  parameters: {
    backend: {
      state: { orders: orders(sentOrder(ORDER, '512')), settings: { allowSendBeforeReady: true } },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka igen'));
    await expect(await canvas.findByRole('link', { name: 'Fortnox order 512' })).toBeVisible();
  },
};

export const Invoiced: Story = {
  parameters: {
    backend: {
      state: { orders: orders(sentOrder(ORDER, '512', { documentNumber: '512', state: 'sent' })) },
    },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await expect(await canvas.findByText('Fakturerad: faktura 512 (skickad)')).toBeVisible();
    await userEvent.click(await enabledButton(canvas, 'Visa faktura'));
    const { browser } = loadedOf(context);
    await waitFor(() => expect(browser.openFile).toHaveBeenCalledOnce());
  },
};

export const SendFailed: Story = {
  parameters: {
    backend: {
      state: {
        orders: orders({
          ...notSentOrder(ORDER),
          failWith: {
            code: 'missing_fortnox_code',
            message: 'Kostnadsställe SERV finns inte i Fortnox.',
            field: 'costCenter',
          },
        }),
      },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Kunde inte skicka till Fortnox: En kod saknas i Fortnox: Kostnadsställe SERV finns inte i Fortnox.',
    );
    await expect(canvas.getByRole('button', { name: 'Försök igen' })).toBeEnabled();
  },
};

export const RefusedOnceInvoiced: Story = {
  parameters: {
    backend: {
      state: { orders: orders(sentOrder(ORDER, '512')), settings: { allowSendBeforeReady: true } },
      failures: {
        'POST /orders/:orderId/send': { code: 'already_invoiced', message: 'Invoiced.' },
      },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka igen'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/redan fakturerad/);
  },
};

export const InvoiceCouldNotBeShown: Story = {
  parameters: {
    backend: {
      state: {
        orders: orders(sentOrder(ORDER, '512', { documentNumber: '512', state: 'unsent' })),
      },
      failures: { 'GET /orders/:orderId/invoice.pdf': { code: 'rate_limited', message: 'Busy.' } },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Visa faktura'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Fakturan kunde inte visas/);
  },
};

export const InEnglish: Story = {
  globals: { locale: 'en' },
  parameters: { backend: { state: { orders: orders(sentOrder(ORDER, '512')) } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Sent as order/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'View invoice' })).toBeDisabled();
  },
};
