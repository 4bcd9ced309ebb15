import { FetchOrderFromFortnox } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

const enabled = { backend: { state: { settings: { createOrderFromReference: true } } } };

const meta = {
  title: 'Fortnox/FetchOrderFromFortnox',
  component: FetchOrderFromFortnox,
  parameters: enabled,
} satisfies Meta<typeof FetchOrderFromFortnox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText('Ordernummer i Fortnox')).toBeEnabled();
  },
};

export const Fetched: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Ordernummer i Fortnox'), '1043');
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
    await expect(await canvas.findByText('Det finns ingen sådan order i Fortnox.')).toBeVisible();
  },
};

export const TurnedOff: Story = {
  parameters: { backend: { state: { settings: { createOrderFromReference: false } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Hämta order är avstängt/)).toBeVisible();
  },
};
