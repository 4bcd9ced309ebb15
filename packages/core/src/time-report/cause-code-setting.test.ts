import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../integration/emulator-harness.test-support.js';

let h: Harness | undefined;
afterEach(() => h?.close());

describe('saving the time report cause code', { timeout: 30_000 }, () => {
  it('refuses a code Fortnox does not have at its field, keeps the saved one, and takes a real one', async () => {
    h = await startHarness();
    await expect(h.integration.putSettings({ timeReportCauseCode: 'XYZ' })).rejects.toMatchObject({
      code: 'missing_fortnox_code',
      field: 'timeReportCauseCode',
      userMessage: { sv: expect.stringContaining('Orsakskoden "XYZ" finns inte i Fortnox') },
    });
    expect((await h.integration.getSettings()).settings.timeReportCauseCode).toBe('TID');
    const saved = await h.integration.putSettings({ timeReportCauseCode: 'arb' });
    expect(saved.settings.timeReportCauseCode).toBe('ARB');
  });
});
