import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RealBackendOptions } from '../../../../stories/src/real-backend.js';
import { renderOnEmulator, startBackendServer } from '../testing/with-real-backend.js';
import { FetchOrderFromFortnox } from './fetch-order-from-fortnox.js';

startBackendServer();
/** Setting 35 on, and an order a user made inside Fortnox. */
const enabled: RealBackendOptions = {
  settings: { createOrderFromReference: true },
  setup: async (backend) => {
    backend.facts.fortnoxOrderNumber = backend.user.createOrder({
      CustomerNumber: '1',
      OrderRows: [{ Description: 'Service av kylaggregat enligt avtal' }],
    });
  },
};

describe('FetchOrderFromFortnox', { timeout: 30_000 }, () => {
  it('creates a host order from a Fortnox order number', async () => {
    const onImported = vi.fn();
    const { user, backend } = await renderOnEmulator(
      <FetchOrderFromFortnox onImported={onImported} />,
      enabled,
    );
    const number = backend.facts.fortnoxOrderNumber ?? '';
    await user.type(await screen.findByLabelText('Ordernummer i Fortnox'), number);
    await user.click(screen.getByRole('button', { name: 'Hämta order' }));
    expect(await screen.findByText(/Order SO-2001 är skapad/)).toBeVisible();
    expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ orderNumber: 'SO-2001' }));
    expect(backend.hostOrders.all().map((o) => o.number)).toContain('SO-2001');
  });

  it('checks the number before asking the backend', async () => {
    const { user } = await renderOnEmulator(<FetchOrderFromFortnox />, enabled);
    const input = await screen.findByLabelText('Ordernummer i Fortnox');
    await user.type(input, 'AO-1{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Ange ordernumret med siffror/);
  });

  it('shows at the field that Fortnox has no such order', async () => {
    const { user } = await renderOnEmulator(<FetchOrderFromFortnox />, enabled);
    await user.type(await screen.findByLabelText('Ordernummer i Fortnox'), '999{Enter}');
    expect(
      await screen.findByText('Ordern finns inte i Fortnox. Kontrollera numret i Fortnox.'),
    ).toBeVisible();
  });

  it('tells the user when the setting is off', async () => {
    await renderOnEmulator(<FetchOrderFromFortnox />);
    expect(await screen.findByText(/Hämta order är avstängt/)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
