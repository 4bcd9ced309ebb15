import {
  DEFAULT_SETTINGS,
  IntegrationSettings,
  type SettingMetadata,
} from '@fortnox-kit/core/contract';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { FortnoxLocale } from '../fortnox-provider.js';

/** What the form edits: on/off as booleans, everything else as the text the user typed. */
export type SettingsFormValues = Record<string, boolean | string | null>;

/** Saved settings (schema output) → form values: lists joined with `;`, 0 shown as empty. */
export function toFormValues(
  metadata: readonly SettingMetadata[],
  saved: Record<string, unknown>,
): SettingsFormValues {
  const values: SettingsFormValues = {};
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS, ...saved };
  for (const { key, control } of metadata) {
    const value = merged[key];
    if (control === 'checkbox') values[key] = value === true;
    else if (control === 'subgroup') values[key] = typeof value === 'string' ? value : null;
    else if (Array.isArray(value)) values[key] = value.join(';');
    else if (typeof value === 'number') values[key] = value === 0 ? '' : String(value);
    else values[key] = typeof value === 'string' ? value : '';
  }
  return values;
}

/**
 * A react-hook-form resolver over the core `IntegrationSettings` schema. It reads the
 * Swedish/English texts the schema puts in an issue's `params`, so every message is shown
 * in the user's language (the stock zod resolver keeps only `message`).
 */
export function settingsResolver(
  locale: FortnoxLocale,
): Resolver<SettingsFormValues, unknown, IntegrationSettings> {
  return async (values) => {
    const result = IntegrationSettings.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors<SettingsFormValues> = {};
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      if (errors[key]) continue;
      const params =
        'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
      const localized =
        typeof params?.[locale] === 'string' ? (params[locale] as string) : undefined;
      // Every check of `IntegrationSettings` puts both languages in `params`.
      const message = localized ?? issue.message;
      errors[key] = { type: issue.code, message };
    }
    return { values: {}, errors };
  };
}
