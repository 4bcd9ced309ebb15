import { expectTypeOf } from 'vitest';
import type {
  BooleanSettingKey,
  IntegrationSettings,
  IntegrationSettingsInput,
} from './integration-settings.js';

// The form edits the input type: every key optional, lists as text or arrays.
expectTypeOf<IntegrationSettingsInput['noSumArticleNumbers']>().toEqualTypeOf<
  string | string[] | undefined
>();
expectTypeOf<IntegrationSettingsInput['sortByActions']>().toEqualTypeOf<boolean | undefined>();
expectTypeOf<IntegrationSettingsInput['serialNumberMaxLength']>().toEqualTypeOf<
  number | string | null | undefined
>();

// Code receives the output type: fully resolved, never undefined.
expectTypeOf<IntegrationSettings['noSumArticleNumbers']>().toEqualTypeOf<string[]>();
expectTypeOf<IntegrationSettings['sortByActions']>().toEqualTypeOf<boolean>();
expectTypeOf<IntegrationSettings['serialNumberMaxLength']>().toEqualTypeOf<number>();
expectTypeOf<IntegrationSettings['subgroup']>().toEqualTypeOf<string | null>();
expectTypeOf<'sortByActions'>().toExtend<BooleanSettingKey>();
expectTypeOf<'costCenter'>().not.toExtend<BooleanSettingKey>();
