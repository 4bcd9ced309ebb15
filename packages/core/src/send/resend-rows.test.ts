import { describe, expect, it } from 'vitest';
import { withRowIds } from './resend-rows.js';

describe('withRowIds', () => {
  it('updates existing rows by position, adds extra rows and leaves surplus old rows out', () => {
    const existing = [{ RowId: 7 }, { RowId: 8 }, { RowId: 9 }];
    expect(withRowIds([{ Description: 'a' }, { Description: 'b' }], existing)).toEqual([
      { RowId: 7, Description: 'a' },
      { RowId: 8, Description: 'b' },
    ]);
    expect(withRowIds([{ Description: 'a' }, { Description: 'b' }], [{ RowId: 7 }])).toEqual([
      { RowId: 7, Description: 'a' },
      { Description: 'b' },
    ]);
  });

  it('skips existing rows without a numeric RowId', () => {
    expect(withRowIds([{ Description: 'a' }], [{ RowId: undefined }, { RowId: 3 }])).toEqual([
      { RowId: 3, Description: 'a' },
    ]);
  });
});
