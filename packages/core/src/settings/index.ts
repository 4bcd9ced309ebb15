export {
  type BooleanSettingKey,
  DEFAULT_SETTINGS,
  IntegrationSettings,
  type IntegrationSettingsInput,
  type SettingKey,
} from './integration-settings.js';
export { settingsMetadata } from './metadata.js';
export {
  isSettingVisible,
  SETTING_GROUPS,
  type SettingConsumer,
  type SettingControl,
  type SettingGroup,
  type SettingMetadata,
  type SettingWarning,
  settingGroupLabels,
  type VisibilityCondition,
  type VisibilityEnvironment,
} from './metadata-types.js';
export {
  type ListEntryError,
  type ListKind,
  type Localized,
  type ParsedList,
  parseSemicolonList,
  semicolonList,
} from './semicolon-list.js';
