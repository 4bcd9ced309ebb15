import type { FortnoxErrorCode } from '@fortnox-kit/core';
import type { FakeBackendState } from './fake-state.js';

type Result =
  | { ok: true; settings: Record<string, unknown> }
  | { ok: false; code: FortnoxErrorCode; message: string; field: string };

/** What the real handler checks before storing settings: the schema, then Fortnox's codes. */
export function validateSettings(
  settings: Record<string, unknown>,
  state: FakeBackendState,
): Result {
  const costCenter = typeof settings.costCenter === 'string' ? settings.costCenter.trim() : '';
  if (costCenter && !state.costCenters.has(costCenter)) {
    return {
      ok: false,
      code: 'missing_fortnox_code',
      message: `Cost center ${costCenter} does not exist in Fortnox.`,
      field: 'costCenter',
    };
  }
  return { ok: true, settings };
}
