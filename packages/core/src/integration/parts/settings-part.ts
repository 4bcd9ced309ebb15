import { checkSettingCodes } from '../check-setting-codes.js';
import type { Integration } from '../integration.js';
import type { IntegrationContext } from './integration-context.js';

/** The settings members of the facade. */
export type SettingsPart = Pick<Integration, 'getSettings' | 'putSettings'>;

/** Builds {@link SettingsPart}: changed Fortnox codes are looked up when connected. */
export function createSettingsPart(context: IntegrationContext): SettingsPart {
  const { connection, settingsStore, gateway } = context;
  return {
    getSettings: () => settingsStore.get(),
    async putSettings(input) {
      const { status } = await connection.load();
      if (status !== 'connected') return settingsStore.put(input);
      const { settings: previous } = await settingsStore.get();
      return settingsStore.put(input, (next) => checkSettingCodes(gateway, previous, next));
    },
  };
}
