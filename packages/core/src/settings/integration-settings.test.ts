import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  IntegrationSettings,
  type IntegrationSettingsInput,
} from './integration-settings.js';
import { NUMBERED_KEYS } from './spec-keys.fixture.js';

describe('IntegrationSettings', () => {
  it('has every key of SPEC §6 and §7, plus the time report cause code', () => {
    const keys = Object.keys(IntegrationSettings.shape).sort();
    const expected = [
      ...NUMBERED_KEYS,
      'orderText',
      'internalInvoiceCustomer',
      'subgroup',
      'timeReportCauseCode',
    ];
    expect(keys).toEqual(expected.sort());
  });

  it('defaults to everything off or empty, with the cause code TID', () => {
    const booleans = Object.entries(DEFAULT_SETTINGS).filter(([, v]) => typeof v === 'boolean');
    expect(booleans.length).toBe(40);
    expect(booleans.every(([, v]) => v === false)).toBe(true);
    expect(DEFAULT_SETTINGS).toMatchObject({
      orderText: '',
      internalInvoiceCustomer: '',
      subgroup: null,
      costCenter: '',
      serialNumberMaxLength: 0,
      serviceObjectPrefix: '',
      noSumArticleNumbers: [],
      ignoredRowCostCenters: [],
      noPriceArticleNumbers: [],
      timeReportCauseCode: 'TID',
    });
  });

  it('turns the lists typed as text into arrays, ignoring spaces and a trailing ;', () => {
    const input: IntegrationSettingsInput = {
      noSumArticleNumbers: ' 12; 13 ;;14;',
      ignoredRowCostCenters: ['SERV', 'ADM'],
      noPriceArticleNumbers: '',
    };
    const settings = IntegrationSettings.parse(input);
    expect(settings.noSumArticleNumbers).toEqual(['12', '13', '14']);
    expect(settings.ignoredRowCostCenters).toEqual(['SERV', 'ADM']);
    expect(settings.noPriceArticleNumbers).toEqual([]);
  });

  it('reports each invalid list entry on the setting, in Swedish and English', () => {
    const result = IntegrationSettings.safeParse({
      noPriceArticleNumbers: '12;1 3;14',
      ignoredRowCostCenters: '1234567',
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual([
      'ignoredRowCostCenters',
      'noPriceArticleNumbers',
    ]);
    const article = issues.find((i) => i.path[0] === 'noPriceArticleNumbers');
    expect(article?.message).toBe(
      'Article number ”1 3” (2) may only contain letters, digits and - – + / . _ (separate with ;)',
    );
    expect(article && 'params' in article ? article.params : undefined).toMatchObject({
      position: 2,
      entry: '1 3',
    });
    const costCenter = issues.find((i) => i.path[0] === 'ignoredRowCostCenters');
    expect(costCenter?.message).toBe('Cost center ”1234567” (1) is longer than 6 characters');
  });

  it('reads the serial number length from text, with empty meaning the whole number', () => {
    expect(IntegrationSettings.parse({ serialNumberMaxLength: '' }).serialNumberMaxLength).toBe(0);
    expect(IntegrationSettings.parse({ serialNumberMaxLength: ' 8 ' }).serialNumberMaxLength).toBe(
      8,
    );
    expect(IntegrationSettings.parse({ serialNumberMaxLength: null }).serialNumberMaxLength).toBe(
      0,
    );
    expect(IntegrationSettings.safeParse({ serialNumberMaxLength: '-1' }).success).toBe(false);
    expect(IntegrationSettings.safeParse({ serialNumberMaxLength: 'tio' }).success).toBe(false);
  });

  it('rejects a cost center Fortnox cannot hold and trims a valid one', () => {
    expect(IntegrationSettings.safeParse({ costCenter: 'SERVICE1' }).success).toBe(false);
    expect(IntegrationSettings.safeParse({ costCenter: 'A B' }).success).toBe(false);
    expect(IntegrationSettings.parse({ costCenter: ' SERV ' }).costCenter).toBe('SERV');
  });

  it('caps each free text at what Fortnox accepts where it goes, in characters', () => {
    const parse = (input: object) => IntegrationSettings.safeParse(input).success;
    // Remarks (1024) continued as text rows, to four times Remarks.
    expect(parse({ orderText: 'å'.repeat(4096) })).toBe(true);
    expect(parse({ orderText: 'x'.repeat(4097) })).toBe(false);
    expect(parse({ serviceObjectPrefix: 'x'.repeat(255) })).toBe(true); // a row description
    expect(parse({ serviceObjectPrefix: 'x'.repeat(256) })).toBe(false);
    expect(parse({ subgroup: 'x'.repeat(256) })).toBe(false);
  });

  it('trims a subgroup id and refuses an empty one', () => {
    expect(IntegrationSettings.parse({ subgroup: ' G1 ' }).subgroup).toBe('G1');
    expect(IntegrationSettings.parse({ subgroup: null }).subgroup).toBeNull();
    expect(IntegrationSettings.safeParse({ subgroup: '  ' }).success).toBe(false);
    expect(IntegrationSettings.safeParse({ subgroup: 'x'.repeat(255) }).success).toBe(true);
  });
});

describe('IntegrationSettings messages', () => {
  it('gives every invalid value a Swedish and an English message for the form', () => {
    const result = IntegrationSettings.safeParse({
      costCenter: 'A B',
      orderText: 'x'.repeat(5000),
      serviceObjectPrefix: 'x'.repeat(256),
      internalInvoiceCustomer: 'x'.repeat(1025),
      serialNumberMaxLength: 'tio',
      timeReportCauseCode: 'T I D',
      noSumArticleNumbers: '1 2',
      subgroup: 'x'.repeat(256),
    });
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => i.path[0]).sort()).toEqual([
      'costCenter',
      'internalInvoiceCustomer',
      'noSumArticleNumbers',
      'orderText',
      'serialNumberMaxLength',
      'serviceObjectPrefix',
      'subgroup',
      'timeReportCauseCode',
    ]);
    for (const i of issues) {
      const params = 'params' in i ? (i.params as { sv?: unknown; en?: unknown }) : {};
      expect([typeof params.sv, typeof params.en], String(i.path[0])).toEqual(['string', 'string']);
    }
  });
});
