import type { SyncRun } from '@fortnox-kit/core';
import { FortnoxSyncStatus } from '@fortnox-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { enabledButton } from './story-types.js';

const okRun: SyncRun = {
  id: 'run-2',
  trigger: 'schedule',
  startedAt: '2026-11-28T07:00:00.000Z',
  finishedAt: '2026-11-28T07:00:12.000Z',
  result: 'ok',
  counts: {
    customers: { created: 1, updated: 4, unchanged: 212, failed: 0 },
    articles: { created: 0, updated: 2, unchanged: 318, failed: 0 },
  },
  errors: [],
};
const partialRun: SyncRun = {
  ...okRun,
  id: 'run-3',
  trigger: 'manual',
  startedAt: '2026-11-28T08:30:00.000Z',
  finishedAt: '2026-11-28T08:30:09.000Z',
  result: 'partial',
  counts: { customers: { created: 0, updated: 3, unchanged: 212, failed: 2 } },
  errors: [
    {
      register: 'customers',
      recordId: 'K-1043',
      label: 'Bygg & Kyl i Luleå AB',
      code: 'fortnox_error',
      message: 'Organisationsnumret är ogiltigt.',
    },
    {
      register: 'customers',
      recordId: 'K-2210',
      label: 'Fastighets AB Norrsken',
      code: 'fortnox_error',
      message: 'E-postadressen är ogiltig.',
    },
  ],
};

const meta = {
  title: 'Fortnox/FortnoxSyncStatus',
  component: FortnoxSyncStatus,
} satisfies Meta<typeof FortnoxSyncStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NeverSynced: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Ingen synk har körts ännu.')).toBeVisible();
  },
};

export const LastRunOk: Story = {
  parameters: { backend: { state: { runs: [okRun] } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Senaste synk: .*, klar$/)).toBeVisible();
  },
};

export const LastRunWithRecordErrors: Story = {
  parameters: { backend: { state: { runs: [partialRun, okRun] } } },
  play: async ({ canvas, userEvent }) => {
    const log = await canvas.findByRole('region', { name: 'Senaste körningar' });
    await userEvent.click(within(log).getByText(/2 poster kunde inte synkas/));
    await expect(
      within(log).getByText('Kunder Bygg & Kyl i Luleå AB: Organisationsnumret är ogiltigt.'),
    ).toBeVisible();
  },
};

export const Running: Story = {
  parameters: { backend: { syncStepMs: 150, state: { runs: [okRun] } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Synk'));
    await expect(await canvas.findByText(/Kunder: \d+ av 24/)).toBeVisible();
    await expect(
      await canvas.findByText(/Senaste synk: .*, klar$/, {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};

export const RunningSlowly: Story = {
  parameters: { backend: { syncStepMs: 3_600_000 } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Synk'));
    await expect(await canvas.findByRole('button', { name: 'Synkar…' })).toBeDisabled();
  },
};

export const CouldNotStart: Story = {
  parameters: {
    backend: {
      state: { runs: [okRun] },
      failures: { 'POST /sync': { code: 'reconnect_needed', message: 'Reconnect.' } },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await enabledButton(canvas, 'Synk'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Fortnox behöver anslutas igen.',
    );
  },
};

export const InEnglish: Story = {
  globals: { locale: 'en' },
  parameters: { backend: { state: { runs: [partialRun, okRun] } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Last sync: .*done with errors/)).toBeVisible();
  },
};
