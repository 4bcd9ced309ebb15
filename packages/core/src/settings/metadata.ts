import { documentSettingsMetadata } from './metadata-document.js';
import { otherSettingsMetadata } from './metadata-other.js';
import { rowSettingsMetadata } from './metadata-rows.js';
import { SETTING_GROUPS, type SettingMetadata } from './metadata-types.js';

/**
 * One entry per setting (every key of `IntegrationSettings`), ordered by group
 * ({@link SETTING_GROUPS}) and then as a form should list them. A UI renders the whole
 * settings form from this array.
 *
 * @example settingsMetadata.filter((m) => isSettingVisible(m, values, { usesSubgroups }))
 */
export const settingsMetadata: readonly SettingMetadata[] = [
  ...documentSettingsMetadata,
  ...rowSettingsMetadata,
  ...otherSettingsMetadata,
].sort((a, b) => SETTING_GROUPS.indexOf(a.group) - SETTING_GROUPS.indexOf(b.group));
