import { type FortnoxErrorCode, IntegrationSettings } from '@fortnox-kit/core/contract';
import type { FakeBackendState } from './fake-state.js';

type Result =
  | { ok: true; settings: Record<string, unknown> }
  | { ok: false; code: FortnoxErrorCode; message: string; field: string };

/** What the real handler checks before storing settings: the schema, then Fortnox's codes. */
export function validateSettings(input: Record<string, unknown>, state: FakeBackendState): Result {
  const parsed = IntegrationSettings.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      code: 'validation_failed',
      message: issue?.message ?? 'Invalid settings.',
      field: String(issue?.path[0] ?? ''),
    };
  }
  const { costCenter } = parsed.data;
  if (costCenter && !state.costCenters.has(costCenter)) {
    return {
      ok: false,
      code: 'missing_fortnox_code',
      message: `Kostnadsställe ${costCenter} finns inte i Fortnox.`,
      field: 'costCenter',
    };
  }
  return { ok: true, settings: parsed.data };
}
