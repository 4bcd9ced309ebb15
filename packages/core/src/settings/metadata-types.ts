import type { BooleanSettingKey, IntegrationSettings, SettingKey } from './integration-settings.js';
import type { Localized } from './semicolon-list.js';

/** The groups a settings form shows, in this order. */
export const SETTING_GROUPS = [
  'general',
  'texts',
  'references',
  'rowsAndPrices',
  'delivery',
  'invoicing',
  'sync',
  'timeReport',
  'lists',
] as const;
/** A settings group. */
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** Group headings in Swedish and English. */
export const settingGroupLabels: Readonly<Record<SettingGroup, Localized>> = {
  general: { sv: 'Allmänt', en: 'General' },
  texts: { sv: 'Texter', en: 'Texts' },
  references: { sv: 'Referenser', en: 'References' },
  rowsAndPrices: { sv: 'Rader och priser', en: 'Rows and prices' },
  delivery: { sv: 'Leverans', en: 'Delivery' },
  invoicing: { sv: 'Fakturering', en: 'Invoicing' },
  sync: { sv: 'Synkning', en: 'Sync' },
  timeReport: { sv: 'Tidsrapport', en: 'Time report' },
  lists: { sv: 'Listor', en: 'Lists' },
};

/** The control a form renders for a setting. */
export type SettingControl =
  | 'checkbox'
  | 'text'
  | 'textarea'
  | 'number'
  | 'list'
  | 'code'
  | 'customer'
  | 'subgroup';

/** When a setting is shown. */
export type VisibilityCondition =
  /** Only when the host uses subgroups. */
  | { kind: 'hostUsesSubgroups' }
  /** Only when another (on/off) setting is on. */
  | { kind: 'settingOn'; key: BooleanSettingKey };

/** A warning a form shows beside a setting. */
export interface SettingWarning {
  id: string;
  severity: 'danger' | 'caution' | 'info';
  /** `turningOn`: before the user turns the setting on; `always`: whenever it is shown. */
  when: 'turningOn' | 'always';
  text: Localized;
  /** An action the form offers with the warning (e.g. the CSV backup of the article register). */
  action?: 'exportArticleRegisterCsv';
}

/** Who reads the setting. */
export type SettingConsumer = 'mapping' | 'send' | 'sync' | 'timeReport' | 'ui';

/** Everything a UI needs to render one setting. */
export interface SettingMetadata {
  key: SettingKey;
  /** The number issues use (`#1`…`#46`); `null` for general and added settings. */
  number: number | null;
  group: SettingGroup;
  control: SettingControl;
  label: Localized;
  help: Localized;
  /** Placeholder/example for text controls. */
  example?: string;
  visibleWhen?: VisibilityCondition;
  warnings?: readonly SettingWarning[];
  usedBy: readonly SettingConsumer[];
}

/** What visibility depends on besides the settings themselves. */
export interface VisibilityEnvironment {
  usesSubgroups: boolean;
}

/** Whether a form should show `meta` given the current values. */
export function isSettingVisible(
  meta: Pick<SettingMetadata, 'visibleWhen'>,
  settings:
    | Pick<IntegrationSettings, BooleanSettingKey>
    | Partial<Record<BooleanSettingKey, boolean | undefined>>,
  environment: VisibilityEnvironment,
): boolean {
  const condition = meta.visibleWhen;
  if (!condition) return true;
  if (condition.kind === 'hostUsesSubgroups') return environment.usesSubgroups;
  return settings[condition.key] === true;
}
