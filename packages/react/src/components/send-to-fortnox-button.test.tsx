import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RealBackend, RealBackendOptions } from '../../../../stories/src/real-backend.js';
import {
  answered,
  articles,
  customers,
  HOLD_MS,
  holdOrderCreation,
  ORDER,
  sendOrder,
  workOrder,
} from '../../../../stories/src/story-data.js';
import {
  enabledButton,
  renderOnEmulator,
  startBackendServer,
} from '../testing/with-real-backend.js';
import { SendToFortnoxButton } from './send-to-fortnox-button.js';
import { ViewInvoiceButton } from './view-invoice-button.js';

startBackendServer();
/** The host's registers and one work order (AO-1043), ready for invoicing; connected. */
const host: RealBackendOptions = { customers, articles, orders: [workOrder()] };
const orderLink = /^Fortnox order \d+$/;
/** The two buttons as a host shows them at the bottom of an order. */
const bothButtons = (
  <>
    <SendToFortnoxButton orderId={ORDER} />
    <ViewInvoiceButton orderId={ORDER} />
  </>
);

/** The document number the backend stored for the order. */
async function documentNumber(backend: RealBackend): Promise<string> {
  return (await backend.integration.getOrderStatus(ORDER)).reference?.documentNumber ?? '';
}

/** The order was sent, then a user turned it into an invoice inside Fortnox and sent it. */
async function invoicedInFortnox(backend: RealBackend, number: string): Promise<string> {
  const invoice = await backend.invoiceInFortnox(number);
  backend.user.sendInvoice(invoice);
  return invoice;
}

describe('SendToFortnoxButton', { timeout: 30_000 }, () => {
  it('sends the order and shows the integration reference as a link to the confirmation', async () => {
    const { user, browser, backend } = await renderOnEmulator(
      <SendToFortnoxButton orderId={ORDER} />,
      host,
    );
    await user.click(await enabledButton('Skicka till Fortnox'));
    const link = await screen.findByRole('link', { name: orderLink });
    const number = await documentNumber(backend);
    expect(link).toHaveAccessibleName(`Fortnox order ${number}`);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Skickad som order: Fortnox order ${number}`,
    );
    expect(screen.queryByRole('button', { name: 'Skicka till Fortnox' })).toBeNull();
    await user.click(link);
    await waitFor(() => expect(browser.files).toHaveLength(1));
    expect(browser.files[0]?.blob.type).toBe('application/pdf');
  });

  it('keeps keyboard focus: on the busy button while sending, then on the new link', async () => {
    // The emulator holds the order's creation until the test moves the backend's clock.
    const { user, backend } = await renderOnEmulator(<SendToFortnoxButton orderId={ORDER} />, {
      ...host,
      setup: holdOrderCreation,
    });
    const button = await enabledButton('Skicka till Fortnox');
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Skickar…' })).toHaveFocus();
    expect(answered(backend, 'POST', '/3/orders')).toBe(false);
    backend.clock.advance(HOLD_MS);
    await waitFor(() => expect(screen.getByRole('link', { name: orderLink })).toHaveFocus());
  });

  it('explains why an order that is not ready cannot be sent', async () => {
    await renderOnEmulator(<SendToFortnoxButton orderId={ORDER} />, {
      ...host,
      orders: [workOrder(false)],
    });
    const button = await screen.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription('Ordern är inte klar för fakturering.');
  });

  it('says that Fortnox must be connected again when the grant was revoked', async () => {
    await renderOnEmulator(<SendToFortnoxButton orderId={ORDER} />, {
      ...host,
      setup: (backend) => backend.revokeGrant(),
    });
    const button = await screen.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription('Fortnox behöver anslutas igen.'),
    );
    expect(button).toBeDisabled();
  });

  // Setting 21 names a cost center Fortnox lacks (checked before any write); the admin then
  // picks one Fortnox has (the emulator's company has SERV) and the user retries.
  it('shows the reason of a failed send and retries', async () => {
    const { user, backend } = await renderOnEmulator(<SendToFortnoxButton orderId={ORDER} />, {
      ...host,
      settings: { costCenter: 'NORR' },
    });
    await user.click(await enabledButton('Skicka till Fortnox'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Kunde inte skicka till Fortnox: En kod saknas i Fortnox: Kostnadsställe "NORR" finns inte i Fortnox\./,
    );
    await backend.integration.putSettings({ costCenter: 'SERV' });
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('link', { name: orderLink })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  // Setting 19; a user invoiced the order inside Fortnox before the page learnt of it. The
  // refusal does not store the invoice: the page shows it after the handler's next read of
  // the invoice status from Fortnox (at most every 30 s of the backend's clock).
  it('offers a re-send when setting 19 allows it, and refuses once invoiced', async () => {
    const { user, backend } = await renderOnEmulator(
      <SendToFortnoxButton orderId={ORDER} pollMs={20} />,
      { ...host, settings: { allowSendBeforeReady: true } },
    );
    await user.click(await enabledButton('Skicka till Fortnox'));
    const resend = await screen.findByRole('button', { name: 'Skicka igen' });
    const invoice = await invoicedInFortnox(backend, await documentNumber(backend));
    await user.click(resend);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kunde inte skicka till Fortnox: Ordern är redan fakturerad i Fortnox.',
    );
    backend.clock.advance(31_000);
    expect(
      await screen.findByText(`Fakturerad: faktura ${invoice} (skickad)`, {}, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Skicka igen' })).toBeNull();
  });

  it('learns that the order was invoiced by polling', async () => {
    const { user, backend } = await renderOnEmulator(
      <SendToFortnoxButton orderId={ORDER} pollMs={20} />,
      host,
    );
    await user.click(await enabledButton('Skicka till Fortnox'));
    await screen.findByRole('link', { name: orderLink });
    const invoice = await invoicedInFortnox(backend, await documentNumber(backend));
    // The handler reads a sent order's invoice status from Fortnox at most every 30 s.
    backend.clock.advance(31_000);
    expect(
      await screen.findByText(`Fakturerad: faktura ${invoice} (skickad)`, {}, { timeout: 10_000 }),
    ).toBeVisible();
  });
});

describe('ViewInvoiceButton', { timeout: 30_000 }, () => {
  it('is disabled, with the reason, until an invoice exists', async () => {
    await renderOnEmulator(<ViewInvoiceButton orderId={ORDER} />, host);
    const button = await screen.findByRole('button', { name: 'Visa faktura' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription('Ingen faktura ännu.');
  });

  // Setting 14: the send creates an invoice in Fortnox, not an order.
  it('opens the invoice PDF once the order is invoiced, next to the send button', async () => {
    const { user, browser } = await renderOnEmulator(bothButtons, {
      ...host,
      settings: { createInvoiceDirectly: true },
    });
    await user.click(await enabledButton('Skicka till Fortnox'));
    const view = screen.getByRole('button', { name: 'Visa faktura' });
    await waitFor(() => expect(view).toBeEnabled());
    await user.click(view);
    await waitFor(() => expect(browser.files).toHaveLength(1));
    expect(browser.files[0]?.blob.type).toBe('application/pdf');
  });

  // Setting 18 marks the order invoiced in the host; nothing is invoiced in Fortnox.
  it('has no invoice to show when setting 18 marked the order invoiced at send', async () => {
    const { user, backend } = await renderOnEmulator(bothButtons, {
      ...host,
      // Priced rows: the zero-price warning is not what this test is about.
      settings: { markInvoicedOnSend: true, setPricesOnRows: true },
    });
    await user.click(await enabledButton('Skicka till Fortnox'));
    await screen.findByRole('link', { name: orderLink });
    expect(await backend.integration.getOrderStatus(ORDER)).toMatchObject({
      state: 'invoiced',
      invoice: null,
    });
    expect(screen.getByRole('status')).toHaveTextContent(/^Skickad som order: Fortnox order \d+$/);
    const view = screen.getByRole('button', { name: 'Visa faktura' });
    expect(view).toBeDisabled();
    expect(view).toHaveAccessibleDescription('Ingen faktura ännu.');
  });

  it('says why the invoice could not be shown', async () => {
    const { user } = await renderOnEmulator(<ViewInvoiceButton orderId={ORDER} />, {
      ...host,
      setup: async (backend) => {
        await invoicedInFortnox(backend, await sendOrder(backend));
        await backend.integration.pollInvoiceStatus();
        // Fortnox answers 429 to every preview of it.
        backend.emulator.control.injectFault({
          path: /^\/3\/invoices\/\d+\/preview$/,
          status: 429,
          count: 100,
        });
      },
    });
    await user.click(await enabledButton('Visa faktura'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Fakturan kunde inte visas: Fortnox är upptaget just nu/,
    );
  });
});
