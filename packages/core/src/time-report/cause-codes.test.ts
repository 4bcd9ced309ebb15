import { describe, expect, it } from 'vitest';
import { ATTENDANCE_CAUSE_CODES } from '../emulator.test-support.js';
import { checkCauseCode, FORTNOX_ATTENDANCE_CAUSE_CODES } from './cause-codes.js';

describe('checkCauseCode', () => {
  it('knows exactly the cause codes the Fortnox emulator accepts', () => {
    expect([...FORTNOX_ATTENDANCE_CAUSE_CODES].sort()).toEqual([...ATTENDANCE_CAUSE_CODES].sort());
  });

  it('passes TID and refuses a code Fortnox does not have, at the cause code setting', () => {
    expect(() => checkCauseCode('TID')).not.toThrow();
    expect(() => checkCauseCode('SJK')).toThrow(
      expect.objectContaining({ code: 'missing_fortnox_code', field: 'timeReportCauseCode' }),
    );
  });
});
