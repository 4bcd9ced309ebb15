import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, IntegrationSettings } from './integration-settings.js';
import { settingsMetadata } from './metadata.js';
import { isSettingVisible, SETTING_GROUPS } from './metadata-types.js';
import { NUMBERED_KEYS } from './spec-keys.fixture.js';

function meta(key: string) {
  const found = settingsMetadata.find((m) => m.key === key);
  if (!found) throw new Error(`no metadata for ${key}`);
  return found;
}

describe('settingsMetadata', () => {
  it('describes every setting exactly once', () => {
    const keys = settingsMetadata.map((m) => m.key).sort();
    expect(keys).toEqual(Object.keys(IntegrationSettings.shape).sort());
  });

  it('carries the SPEC number of each numbered setting', () => {
    NUMBERED_KEYS.forEach((key, i) => {
      expect(meta(key).number, key).toBe(i + 1);
    });
  });

  it('has Swedish and English labels and help for every setting, grouped in form order', () => {
    for (const m of settingsMetadata) {
      expect(
        [m.label.sv, m.label.en, m.help.sv, m.help.en].every((t) => t.length > 0),
        m.key,
      ).toBe(true);
    }
    const groupIndexes = settingsMetadata.map((m) => SETTING_GROUPS.indexOf(m.group));
    expect(groupIndexes).toEqual([...groupIndexes].sort((a, b) => a - b));
  });

  it('shows the internal invoicing customer only when the host uses subgroups', () => {
    const m = meta('internalInvoiceCustomer');
    expect(isSettingVisible(m, DEFAULT_SETTINGS, { usesSubgroups: false })).toBe(false);
    expect(isSettingVisible(m, DEFAULT_SETTINGS, { usesSubgroups: true })).toBe(true);
  });

  it('shows the no-sum list only when summing is on', () => {
    const m = meta('noSumArticleNumbers');
    expect(isSettingVisible(m, DEFAULT_SETTINGS, { usesSubgroups: false })).toBe(false);
    expect(
      isSettingVisible(m, { ...DEFAULT_SETTINGS, sumArticleRows: true }, { usesSubgroups: false }),
    ).toBe(true);
  });

  it('warns before price sync is turned on and offers the article register backup', () => {
    expect(meta('syncPrices').warnings).toEqual([
      expect.objectContaining({
        severity: 'danger',
        when: 'turningOn',
        action: 'exportArticleRegisterCsv',
      }),
    ]);
    expect(meta('syncPrices').warnings?.[0]?.text.sv).toMatch(/backup INNAN/);
  });

  it('tells how prices reach Fortnox beside "Sätt priser på orderrader", whatever its value', () => {
    expect(meta('setPricesOnRows').warnings).toEqual([
      expect.objectContaining({ severity: 'info', when: 'always' }),
    ]);
    const text = meta('setPricesOnRows').warnings?.[0]?.text;
    expect(text?.sv).toContain('"Synka priser"');
    expect(text?.sv).toContain('Annars blir raderna 0 kr.');
    expect(text?.en).toContain("set the article's price in Fortnox");
  });
});
