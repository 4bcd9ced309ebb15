import {
  IntegrationSettings,
  type IntegrationSettingsInput,
} from '../settings/integration-settings.js';
import type { StateStore } from '../store/state-store.js';
import { WorkflowError } from './workflow-error.js';

/** Stored settings and when they were last written. */
export interface StoredSettings {
  settings: IntegrationSettings;
  /** Epoch ms, null while the defaults apply. */
  updatedAt: number | null;
}

/** Reads and writes the integration settings of one connection (in the state store). */
export interface SettingsStore {
  get(): Promise<StoredSettings>;
  /**
   * Validates the form's values (invalid → `validation_failed` with `field` = the key),
   * runs `check` on the parsed settings (it may throw to refuse them), then stores them.
   */
  put(
    input: unknown,
    check?: (settings: IntegrationSettings) => Promise<void>,
  ): Promise<StoredSettings>;
  /** Changes some keys of the stored input (e.g. the subgroup chosen when connecting). */
  patch(input: Record<string, unknown>): Promise<StoredSettings>;
}

const KEY = 'settings';

/**
 * A {@link SettingsStore} in the store's cursors of `connectionId`: the form's input is
 * stored (so defaults added later apply), the parsed output is returned.
 */
export function createSettingsStore(
  store: StateStore,
  connectionId: string,
  now: () => number,
  defaults: IntegrationSettingsInput = {},
): SettingsStore {
  const readInput = async (): Promise<Record<string, unknown>> => {
    const raw = await store.getCursor(connectionId, KEY);
    return raw ? (JSON.parse(raw) as { input: Record<string, unknown> }).input : { ...defaults };
  };
  const api: SettingsStore = {
    async get() {
      const raw = await store.getCursor(connectionId, KEY);
      if (!raw) return { settings: IntegrationSettings.parse(defaults), updatedAt: null };
      const { input, updatedAt } = JSON.parse(raw) as { input: unknown; updatedAt: number };
      return { settings: IntegrationSettings.parse(input), updatedAt };
    },
    async put(input, check) {
      const parsed = IntegrationSettings.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.map(String).join('.') || undefined;
        throw new WorkflowError('validation_failed', issue?.message ?? 'Invalid settings', {
          field,
        });
      }
      await check?.(parsed.data);
      const updatedAt = now();
      // Only known keys are kept, as the form sent them (new settings get their defaults later).
      const known = Object.fromEntries(
        Object.entries(input as Record<string, unknown>).filter(
          ([k]) => k in IntegrationSettings.shape,
        ),
      );
      await store.setCursor(connectionId, KEY, JSON.stringify({ input: known, updatedAt }));
      return { settings: parsed.data, updatedAt };
    },
    async patch(input) {
      return api.put({ ...(await readInput()), ...input });
    },
  };
  return api;
}
