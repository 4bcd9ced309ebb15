import { SendToFortnoxButton, ViewInvoiceButton } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { RealBackend, RealBackendOptions } from './real-backend.js';
import { onTheEmulator } from './story-backend.js';
import {
  answered,
  articles,
  customers,
  holdOrderCreation,
  ORDER,
  sendOrder,
  workOrder,
} from './story-data.js';
import { backendOf, enabledButton, loadedOf } from './story-types.js';

/** The host's registers and one work order, ready for invoicing; connected. */
const host: RealBackendOptions = { customers, articles, orders: [workOrder()] };
/** Setting 19: an order may be sent (again) before it is ready for invoicing. */
const resendAllowed = { allowSendBeforeReady: true };

/** The order was sent, then a user turned it into an invoice inside Fortnox. */
async function invoicedInFortnox(backend: RealBackend): Promise<string> {
  const invoice = await backend.invoiceInFortnox(await sendOrder(backend));
  backend.facts.invoiceNumber = invoice;
  return invoice;
}

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
  parameters: onTheEmulator(host),
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
  parameters: onTheEmulator({ ...host, orders: [workOrder(false)] }),
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription('Ordern är inte klar för fakturering.'),
    );
    await expect(button).toBeDisabled();
  },
};

/** The customer revoked the integration in Fortnox; the integration's next call noticed. */
export const FortnoxNeedsReconnect: Story = {
  parameters: onTheEmulator({ ...host, setup: (backend) => backend.revokeGrant() }),
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription('Fortnox behöver anslutas igen.'),
    );
  },
};

/** The emulator holds the order's creation in Fortnox (a delay the clock never reaches). */
export const Sending: Story = {
  parameters: onTheEmulator({
    ...host,
    setup: holdOrderCreation,
  }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    await expect(await canvas.findByRole('button', { name: 'Skickar…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // Still in flight: Fortnox has not answered the order's creation.
    await expect(answered(backendOf(context), 'POST', '/3/orders')).toBe(false);
  },
};

/** Sends for real; the link opens the order confirmation Fortnox renders. */
export const SentAndOpeningTheConfirmation: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    const link = await canvas.findByRole('link', { name: /^Fortnox order \d+$/ });
    await userEvent.click(link);
    const { browser } = loadedOf(context);
    await waitFor(() => expect(browser.openFile).toHaveBeenCalledOnce());
  },
};

export const Sent: Story = {
  parameters: onTheEmulator({ ...host, setup: async (backend) => void (await sendOrder(backend)) }),
  play: async (context) => {
    const { canvas } = context;
    const number = backendOf(context).facts.orderNumber;
    await expect(
      await canvas.findByRole('link', { name: `Fortnox order ${number}` }),
    ).toBeVisible();
  },
};

/** Setting 19 on: a sent order may be sent again (it updates the same Fortnox order). */
export const SentCanBeSentAgain: Story = {
  parameters: onTheEmulator({
    ...host,
    settings: resendAllowed,
    setup: async (backend) => void (await sendOrder(backend)),
  }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    const number = backendOf(context).facts.orderNumber;
    await userEvent.click(await enabledButton(canvas, 'Skicka igen'));
    await expect(
      await canvas.findByRole('link', { name: `Fortnox order ${number}` }),
    ).toBeVisible();
  },
};

/** Invoiced and sent to the customer inside Fortnox; the integration polled the status. */
export const Invoiced: Story = {
  parameters: onTheEmulator({
    ...host,
    setup: async (backend) => {
      backend.user.sendInvoice(await invoicedInFortnox(backend));
      await backend.integration.pollInvoiceStatus();
    },
  }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    const number = backendOf(context).facts.invoiceNumber;
    await expect(await canvas.findByText(`Fakturerad: faktura ${number} (skickad)`)).toBeVisible();
    await userEvent.click(await enabledButton(canvas, 'Visa faktura'));
    const { browser } = loadedOf(context);
    await waitFor(() => expect(browser.openFile).toHaveBeenCalledOnce());
  },
};

/** Setting 21 names a cost center that does not exist in Fortnox: checked before writing. */
export const SendFailed: Story = {
  parameters: onTheEmulator({ ...host, settings: { costCenter: 'NORR' } }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      /^Kunde inte skicka till Fortnox: En kod saknas i Fortnox: Kostnadsställe "NORR" finns inte i Fortnox\. Lägg upp koden/,
    );
    await expect(canvas.getByRole('button', { name: 'Försök igen' })).toBeEnabled();
  },
};

/**
 * A user invoiced the order inside Fortnox after it was sent, before the integration polled:
 * the page still offers "Skicka igen", and the re-send finds the invoice and is refused.
 */
export const RefusedOnceInvoiced: Story = {
  parameters: onTheEmulator({
    ...host,
    settings: resendAllowed,
    setup: async (backend) => void (await invoicedInFortnox(backend)),
  }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka igen'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/redan fakturerad/);
  },
};

/** Invoiced in Fortnox, but Fortnox answers 429 to every preview of it. */
export const InvoiceCouldNotBeShown: Story = {
  parameters: onTheEmulator({
    ...host,
    setup: async (backend) => {
      await invoicedInFortnox(backend);
      await backend.integration.pollInvoiceStatus();
      backend.emulator.control.injectFault({
        path: /^\/3\/invoices\/\d+\/preview$/,
        status: 429,
        count: 100,
      });
    },
  }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Visa faktura'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Fakturan kunde inte visas/);
  },
};

export const InEnglish: Story = {
  globals: { locale: 'en' },
  parameters: onTheEmulator({ ...host, setup: async (backend) => void (await sendOrder(backend)) }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Sent as order/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'View invoice' })).toBeDisabled();
  },
};
