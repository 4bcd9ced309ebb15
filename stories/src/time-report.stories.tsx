import type { OrderInput, User } from '@fortnox-kit/core';
import { SendToFortnoxButton, TimeReportSection } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { RealBackend, RealBackendOptions } from './real-backend.js';
import { onTheEmulator } from './story-backend.js';
import { articles, customers, ORDER, workOrder } from './story-data.js';
import { enabledButton } from './story-types.js';

/** Two technicians: one with an employment number (an employee in Fortnox), one without. */
const users: User[] = [
  { id: 'U-1', name: 'Anna Berg', employmentNumber: '1' },
  { id: 'U-2', name: 'Olle Ek' },
];
const annas = { id: 'T-1', date: '2026-11-27', userId: 'U-1', description: 'Filterbyte', hours: 2 };
const olles = {
  id: 'T-2',
  date: '2026-11-27',
  userId: 'U-2',
  description: 'Provkörning',
  hours: 1,
};
const withTime = (hours = 2): OrderInput => ({
  ...workOrder(),
  actions: [{ ...annas, hours }, olles],
});

/** Setting 33 on, the work order with its technicians' time; connected. */
const host: RealBackendOptions = {
  customers,
  articles,
  users,
  orders: [withTime()],
  settings: { sendTimeReport: true },
};

/** The order's buttons with its time report under them, as a host shows them. */
function OrderWithTime({ orderId }: { orderId: string }) {
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <SendToFortnoxButton orderId={orderId} />
      <TimeReportSection orderId={orderId} />
    </div>
  );
}

const meta = {
  title: 'Fortnox/Time report',
  component: OrderWithTime,
  args: { orderId: ORDER },
  parameters: onTheEmulator(host),
} satisfies Meta<typeof OrderWithTime>;
export default meta;
type Story = StoryObj<typeof meta>;

const row = (canvas: HTMLElement, name: string) =>
  within(within(canvas).getByRole('cell', { name }).closest('tr') as HTMLElement);

/** Sent: Anna's hours are in Fortnox; Olle has no employment number, and the line says so. */
export const ReportedAndNotReportable: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka tidsrapport'));
    await waitFor(() =>
      expect(row(canvasElement, 'Anna Berg').getByText('Rapporterad')).toBeVisible(),
    );
    await expect(row(canvasElement, 'Olle Ek').getByText('Kan inte rapporteras')).toBeVisible();
    await expect(
      row(canvasElement, 'Olle Ek').getByText(/saknar giltigt anställningsnummer/),
    ).toBeVisible();
  },
};

/** Reported with 2 h, then the order says 3.5 h: the line shows it and the button corrects Fortnox. */
export const HoursChangedAfterReporting: Story = {
  parameters: onTheEmulator({
    ...host,
    setup: async (backend: RealBackend) => {
      await backend.integration.sendTimeReport(ORDER);
      backend.hostOrders.put(withTime(3.5));
    },
  }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(
      await canvas.findByText('Ändrad, Fortnox har 2 h: rättas nästa gång'),
    ).toBeVisible();
    await userEvent.click(await enabledButton(canvas, 'Rätta tidsrapporten i Fortnox'));
    await waitFor(() =>
      expect(row(canvasElement, 'Anna Berg').getByText('Rapporterad')).toBeVisible(),
    );
    await expect(row(canvasElement, 'Anna Berg').getByText('3,5 h')).toBeVisible();
  },
};

/** A cause code Fortnox does not have (saved before connecting, when nothing could check it): the order is sent, its time report is refused and says why. */
export const UnknownCauseCode: Story = {
  parameters: onTheEmulator({
    ...host,
    settings: { sendTimeReport: true, timeReportCauseCode: 'XYZ' },
  }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Skicka till Fortnox'));
    await expect(
      await canvas.findByText(
        'Ordern skickades, men tidsrapporten misslyckades helt eller delvis. Se Tidsrapport.',
      ),
    ).toBeVisible();
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Tidsrapporten skickades inte: En kod saknas i Fortnox: Orsakskoden "XYZ" finns inte i Fortnox',
    );
  },
};
