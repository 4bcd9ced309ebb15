import * as z from 'zod/mini';
import { IsoDateTime } from './formats.js';

// The handler contract: the settings routes.

/** `GET /settings` and the response of `PUT /settings`: settings as the schema outputs them. */
export const SettingsResponse = z.object({
  settings: z.record(z.string(), z.unknown()),
  updatedAt: z.nullable(IsoDateTime),
});
export type SettingsResponse = z.infer<typeof SettingsResponse>;

/** `PUT /settings` (admin): the form's values (`z.input` of `IntegrationSettings`). */
export const SettingsPutRequest = z.object({ settings: z.record(z.string(), z.unknown()) });
export type SettingsPutRequest = z.infer<typeof SettingsPutRequest>;
