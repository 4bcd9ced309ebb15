import { createVirtualClock } from '@fortnox-kit/core/contract';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { notSentOrder, sentOrder } from '../../../../stories/fake-backend/index.js';
import { enabledButton, renderWithBackend, startFakeServer } from '../testing/with-fake-backend.js';
import { SendToFortnoxButton } from './send-to-fortnox-button.js';
import { ViewInvoiceButton } from './view-invoice-button.js';

startFakeServer();
const orders = (...entries: ReturnType<typeof notSentOrder>[]) =>
  new Map(entries.map((o) => [o.status.orderId, o]));

describe('SendToFortnoxButton', () => {
  it('sends the order and shows the integration reference as a link to the confirmation', async () => {
    const { user, browser } = renderWithBackend(<SendToFortnoxButton orderId="AO-1043" />);
    await user.click(await enabledButton('Skicka till Fortnox'));
    const link = await screen.findByRole('link', { name: 'Fortnox order 512' });
    expect(screen.getByRole('status')).toHaveTextContent('Skickad som order: Fortnox order 512');
    expect(screen.queryByRole('button', { name: 'Skicka till Fortnox' })).toBeNull();
    await user.click(link);
    await waitFor(() => expect(browser.files).toHaveLength(1));
    expect(browser.files[0]?.blob.type).toBe('application/pdf');
  });

  it('keeps keyboard focus: on the busy button while sending, then on the new link', async () => {
    // The backend's send waits on a clock that only moves when the test says so.
    const clock = createVirtualClock({ start: '2026-11-28T08:00:00Z' });
    const { user } = renderWithBackend(<SendToFortnoxButton orderId="AO-1043" />, {
      clock,
      sendDelayMs: 1_000,
    });
    const button = await enabledButton('Skicka till Fortnox');
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Skickar…' })).toHaveFocus();
    await waitFor(() => expect(clock.pendingSleeps).toBe(1));
    clock.advance(1_000);
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Fortnox order 512' })).toHaveFocus(),
    );
  });

  it('explains why an order that is not ready cannot be sent', async () => {
    renderWithBackend(<SendToFortnoxButton orderId="o1" />, {
      state: { orders: orders(notSentOrder('o1', false)) },
    });
    const button = await screen.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription('Ordern är inte klar för fakturering.');
  });

  it('says that Fortnox must be connected again when the grant was revoked', async () => {
    renderWithBackend(<SendToFortnoxButton orderId="AO-1043" />, {
      state: {
        connection: {
          status: 'reconnect_needed',
          company: null,
          subgroup: null,
          subgroups: null,
          connectedAt: null,
        },
      },
    });
    const button = await screen.findByRole('button', { name: 'Skicka till Fortnox' });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription('Fortnox behöver anslutas igen.'),
    );
    expect(button).toBeDisabled();
  });

  it('shows the reason of a failed send and retries', async () => {
    const failing = {
      ...notSentOrder('o2'),
      failWith: {
        code: 'missing_fortnox_code' as const,
        message: 'Kostnadsställe 900 finns inte i Fortnox.',
        field: 'costCenter',
      },
    };
    const { user, backend } = renderWithBackend(<SendToFortnoxButton orderId="o2" />, {
      state: { orders: orders(failing) },
    });
    await user.click(await enabledButton('Skicka till Fortnox'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kunde inte skicka till Fortnox: En kod saknas i Fortnox: Kostnadsställe 900 finns inte i Fortnox.',
    );
    const order = backend.state.orders.get('o2');
    if (order) order.failWith = undefined;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('link', { name: 'Fortnox order 512' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers a re-send when setting 19 allows it, and refuses once invoiced', async () => {
    const { user, backend } = renderWithBackend(<SendToFortnoxButton orderId="AO-1043" />, {
      state: { settings: { allowSendBeforeReady: true } },
    });
    await user.click(await enabledButton('Skicka till Fortnox'));
    const resend = await screen.findByRole('button', { name: 'Skicka igen' });
    backend.invoice('AO-1043', 'sent');
    backend.failNext('POST /orders/:orderId/send', { code: 'already_invoiced', message: 'x' });
    await user.click(resend);
    expect(await screen.findByRole('alert')).toHaveTextContent(/redan fakturerad/);
    expect(await screen.findByText('Fakturerad: faktura 512 (skickad)')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Skicka igen' })).toBeNull();
  });

  it('learns that the order was invoiced by polling', async () => {
    const { user, backend } = renderWithBackend(
      <SendToFortnoxButton orderId="AO-1043" pollMs={20} />,
    );
    await user.click(await enabledButton('Skicka till Fortnox'));
    await screen.findByRole('link', { name: 'Fortnox order 512' });
    backend.invoice('AO-1043', 'paid');
    expect(await screen.findByText('Fakturerad: faktura 512 (betald)')).toBeVisible();
  });
});

describe('ViewInvoiceButton', () => {
  it('is disabled, with the reason, until an invoice exists', async () => {
    renderWithBackend(<ViewInvoiceButton orderId="AO-1043" />);
    const button = await screen.findByRole('button', { name: 'Visa faktura' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription('Ingen faktura ännu.');
  });

  it('opens the invoice PDF once the order is invoiced, next to the send button', async () => {
    const { user, browser } = renderWithBackend(
      <>
        <SendToFortnoxButton orderId="AO-1043" />
        <ViewInvoiceButton orderId="AO-1043" />
      </>,
      { state: { settings: { markInvoicedOnSend: true } } },
    );
    await user.click(await enabledButton('Skicka till Fortnox'));
    const view = screen.getByRole('button', { name: 'Visa faktura' });
    await waitFor(() => expect(view).toBeEnabled());
    await user.click(view);
    await waitFor(() => expect(browser.files).toHaveLength(1));
    expect(await browser.files[0]?.blob.text()).toContain('Faktura 512');
  });

  it('says why the invoice could not be shown', async () => {
    const invoiced = sentOrder('AO-1043', '512', { documentNumber: '512', state: 'unsent' });
    const { user, backend } = renderWithBackend(<ViewInvoiceButton orderId="AO-1043" />, {
      state: { orders: orders(invoiced) },
    });
    backend.failNext('GET /orders/:orderId/invoice.pdf', { code: 'rate_limited', message: 'x' });
    const view = await screen.findByRole('button', { name: 'Visa faktura' });
    await waitFor(() => expect(view).toBeEnabled());
    await user.click(view);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Fakturan kunde inte visas: Fortnox är upptaget just nu.',
    );
  });
});
