import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithBackend, startFakeServer } from '../testing/with-fake-backend.js';
import { FetchOrderFromFortnox } from './fetch-order-from-fortnox.js';

startFakeServer();
const enabled = { state: { settings: { createOrderFromReference: true } } };

describe('FetchOrderFromFortnox', () => {
  it('creates a host order from a Fortnox order number', async () => {
    const onImported = vi.fn();
    const { user } = renderWithBackend(<FetchOrderFromFortnox onImported={onImported} />, enabled);
    await user.type(await screen.findByLabelText('Ordernummer i Fortnox'), '1043');
    await user.click(screen.getByRole('button', { name: 'Hämta order' }));
    expect(await screen.findByText(/Order SO-2001 är skapad/)).toBeVisible();
    expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ orderNumber: 'SO-2001' }));
  });

  it('checks the number before asking the backend', async () => {
    const { user } = renderWithBackend(<FetchOrderFromFortnox />, enabled);
    const input = await screen.findByLabelText('Ordernummer i Fortnox');
    await user.type(input, 'AO-1{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Ange ordernumret med siffror/);
  });

  it('shows at the field that Fortnox has no such order', async () => {
    const { user } = renderWithBackend(<FetchOrderFromFortnox />, enabled);
    await user.type(await screen.findByLabelText('Ordernummer i Fortnox'), '999{Enter}');
    expect(await screen.findByText('Det finns ingen sådan order i Fortnox.')).toBeVisible();
  });

  it('tells the user when the setting is off', async () => {
    renderWithBackend(<FetchOrderFromFortnox />);
    expect(await screen.findByText(/Hämta order är avstängt/)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
