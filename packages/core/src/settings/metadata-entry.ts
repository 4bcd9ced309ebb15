import type { SettingKey } from './integration-settings.js';
import type {
  SettingConsumer,
  SettingControl,
  SettingGroup,
  SettingMetadata,
} from './metadata-types.js';

type Extra = Partial<Pick<SettingMetadata, 'example' | 'visibleWhen' | 'warnings'>> & {
  control?: SettingControl;
  usedBy?: readonly SettingConsumer[];
};

/** Builds one metadata entry: `[sv, en]` pairs keep the tables short and aligned. */
export function entry(
  key: SettingKey,
  number: number | null,
  group: SettingGroup,
  label: readonly [sv: string, en: string],
  help: readonly [sv: string, en: string],
  extra: Extra = {},
): SettingMetadata {
  const { control = 'checkbox', usedBy = ['mapping'], ...rest } = extra;
  return {
    key,
    number,
    group,
    control,
    label: { sv: label[0], en: label[1] },
    help: { sv: help[0], en: help[1] },
    usedBy,
    ...rest,
  };
}
