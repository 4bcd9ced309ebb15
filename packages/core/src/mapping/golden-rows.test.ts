import { describe, expect, it } from 'vitest';
import { ACTION_ROWS, ARTICLE_ROWS, BASE_DOCUMENT, doc, golden } from './golden-helpers.fixture.js';

const [FILTER_1, WORK_2, FILTER_2, SUPPLIES] = ARTICLE_ROWS as [object, object, object, object];
const SO_LINE = { Description: 'ATLAS COPCO GA 10, Serienr API1234567890' };

function rowsOf(settings: Parameters<typeof doc>[0], order?: Parameters<typeof doc>[1]) {
  const document = doc(settings, order);
  return 'OrderRows' in document ? document.OrderRows : undefined;
}

describe('golden: actions', () => {
  it('#1 groups rows by date, each date headed by a summary of its actions and articles', () => {
    expect(doc({ sortByActions: true })).toEqual({
      ...BASE_DOCUMENT,
      OrderRows: [
        { Description: '2026-11-20 Åtgärder: Felsökning. Artiklar: Arbetstid (2 h), Filter (2)' },
        WORK_2,
        FILTER_2,
        { Description: '2026-11-21 Åtgärder: Bytt filter. Artiklar: Filter (1), Förbrukning (1)' },
        FILTER_1,
        SUPPLIES,
      ],
    });
  });

  it('#41 with #1 adds the technicians to each date’s summary', () => {
    const rows = rowsOf({ sortByActions: true, technicianInActionSummary: true });
    expect(rows?.[0]).toEqual({
      Description:
        '2026-11-20 Åtgärder: Felsökning. Artiklar: Arbetstid (2 h), Filter (2). Tekniker: Bo Ek',
    });
    expect(rows?.[3]).toEqual({
      Description:
        '2026-11-21 Åtgärder: Bytt filter. Artiklar: Filter (1), Förbrukning (1). Tekniker: Anna Berg',
    });
  });

  it('#41 without #1 changes nothing (there is no summary)', () => {
    expect(doc({ technicianInActionSummary: true })).toEqual(BASE_DOCUMENT);
  });

  it('#2 writes the date before each action', () => {
    expect(rowsOf({ includeActionDate: true })).toEqual([
      { Description: '2026-11-21 Bytt filter' },
      { Description: '2026-11-20 Felsökning' },
      ...ARTICLE_ROWS,
    ]);
  });

  it('#12 writes the technician’s name on action and article rows', () => {
    expect(rowsOf({ includeTechnicianOnRows: true })).toEqual([
      { Description: 'Bytt filter – Anna Berg' },
      { Description: 'Felsökning – Bo Ek' },
      { ...FILTER_1, Description: 'Filter – Anna Berg' },
      { ...WORK_2, Description: 'Arbetstid – Bo Ek' },
      { ...FILTER_2, Description: 'Filter – Anna Berg' },
      { ...SUPPLIES, Description: 'Förbrukning – Anna Berg' },
    ]);
  });
});

describe('golden: service objects', () => {
  it('#4 writes the service object before the rows that belong to it', () => {
    expect(rowsOf({ includeServiceObjectOnRow: true })).toEqual([
      SO_LINE,
      ACTION_ROWS[0],
      ACTION_ROWS[1],
      SO_LINE,
      FILTER_1,
      WORK_2,
      SO_LINE,
      FILTER_2,
      SUPPLIES,
    ]);
  });

  it('#5 with #4 adds the machine number; alone it changes nothing', () => {
    expect(
      rowsOf({ includeServiceObjectOnRow: true, includeServiceObjectMachineNumber: true })?.[0],
    ).toEqual({
      Description: 'ATLAS COPCO GA 10, Maskinnr M-77, Serienr API1234567890',
    });
    expect(doc({ includeServiceObjectMachineNumber: true })).toEqual(BASE_DOCUMENT);
  });

  it('#34 puts the prefix before the name: "Maskin :" + ATLAS COPCO GA 10', () => {
    expect(
      rowsOf({ includeServiceObjectOnRow: true, serviceObjectPrefix: 'Maskin :' })?.[0],
    ).toEqual({
      Description: 'Maskin :ATLAS COPCO GA 10, Serienr API1234567890',
    });
  });

  it('#31 cuts the serial number; 0 or empty shows all of it', () => {
    expect(rowsOf({ includeServiceObjectOnRow: true, serialNumberMaxLength: 6 })?.[0]).toEqual({
      Description: 'ATLAS COPCO GA 10, Serienr API123',
    });
    expect(rowsOf({ includeServiceObjectOnRow: true, serialNumberMaxLength: '' })?.[0]).toEqual(
      SO_LINE,
    );
  });

  it('#26 writes the service object’s comment before its rows', () => {
    const comment = { Description: 'Står i pannrummet' };
    expect(rowsOf({ includeServiceObjectComment: true })).toEqual([
      comment,
      ACTION_ROWS[0],
      ACTION_ROWS[1],
      comment,
      FILTER_1,
      WORK_2,
      comment,
      FILTER_2,
      SUPPLIES,
    ]);
  });

  it('#4 lists a service object of the order that has no rows at the top', () => {
    const rows = rowsOf({ includeServiceObjectOnRow: true }, { actions: [], articleRows: [] });
    expect(rows).toEqual([SO_LINE]);
  });
});

describe('golden: article rows', () => {
  it('#11 sends the host’s price, the article’s when the row has none', () => {
    expect(rowsOf({ setPricesOnRows: true })?.slice(2)).toEqual([
      { ...FILTER_1, Price: 139 },
      { ...WORK_2, Price: 650 },
      { ...FILTER_2, Price: 139 },
      { ...SUPPLIES, Price: 10 },
    ]);
  });

  it('#46 with #11 sends no price for the listed articles', () => {
    expect(rowsOf({ setPricesOnRows: true, noPriceArticleNumbers: '12; 99;' })?.slice(2)).toEqual([
      FILTER_1,
      { ...WORK_2, Price: 650 },
      FILTER_2,
      SUPPLIES,
    ]);
  });

  it('#11 warns when neither row nor article has a price', () => {
    const order = { articleRows: [{ articleNumber: '777', description: 'Okänd', quantity: 1 }] };
    const result = golden({ setPricesOnRows: true }, order);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'price-missing', field: 'articleRows[0]' }),
    ]);
  });

  it('#13 orders article rows by date, keeping the host order within a date', () => {
    expect(rowsOf({ sortArticlesByDate: true })).toEqual([
      ...ACTION_ROWS,
      WORK_2,
      FILTER_2,
      FILTER_1,
      SUPPLIES,
    ]);
  });

  it('#15 leaves out hidden articles, and rows marked hidden, with a warning', () => {
    const result = golden({ excludeHiddenArticles: true });
    expect(result.document).toEqual({
      ...BASE_DOCUMENT,
      OrderRows: [...ACTION_ROWS, FILTER_1, WORK_2, FILTER_2],
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'value-dropped', field: 'articleRows[3]' }),
    ]);
    const rowHidden = { articleRows: [{ articleNumber: '12', quantity: 1, hidden: true }] };
    expect(rowsOf({ excludeHiddenArticles: true }, rowHidden)).toEqual(ACTION_ROWS);
  });

  it('#20 puts the adding user’s cost center on each row', () => {
    expect(rowsOf({ includeUserCostCenterOnRows: true })?.slice(2)).toEqual([
      { ...FILTER_1, CostCenter: 'SERV' },
      { ...WORK_2, CostCenter: 'ADM' },
      { ...FILTER_2, CostCenter: 'SERV' },
      { ...SUPPLIES, CostCenter: 'SERV' },
    ]);
  });

  it('#45 with #20 never puts the listed cost centers on rows', () => {
    expect(
      rowsOf({ includeUserCostCenterOnRows: true, ignoredRowCostCenters: 'ADM' })?.[3],
    ).toEqual(WORK_2);
  });

  it('#21 puts the cost center on the order', () => {
    expect(doc({ costCenter: 'PROJ' })).toEqual({ ...BASE_DOCUMENT, CostCenter: 'PROJ' });
  });

  it('#25 merges rows with the same article into the first, adding quantities', () => {
    expect(rowsOf({ sumArticleRows: true })).toEqual([
      ...ACTION_ROWS,
      { ...FILTER_1, OrderedQuantity: 3, DeliveredQuantity: 3 },
      WORK_2,
      SUPPLIES,
    ]);
  });

  it('#25 with #12: the merged row names every technician once', () => {
    const articleRows = [
      { articleNumber: '12', quantity: 1, userId: 'u1' },
      { articleNumber: '12', quantity: 1, userId: 'u2' },
      { articleNumber: '12', quantity: 1, userId: 'u1' },
    ];
    expect(
      rowsOf({ sumArticleRows: true, includeTechnicianOnRows: true }, { actions: [], articleRows }),
    ).toEqual([
      {
        ArticleNumber: '12',
        Description: 'Filter – Anna Berg, Bo Ek',
        OrderedQuantity: 3,
        DeliveredQuantity: 3,
      },
    ]);
  });

  it('#25 with #44: listed article numbers are never merged', () => {
    expect(rowsOf({ sumArticleRows: true, noSumArticleNumbers: '12' })).toEqual(rowsOf({}));
  });

  it('#25 keeps rows apart when merging would change the amount (different prices sent)', () => {
    const order = {
      articleRows: [
        { articleNumber: '12', quantity: 1, unitPrice: 139 },
        { articleNumber: '12', quantity: 1, unitPrice: 99 },
        { articleNumber: '12', quantity: 0.1, unitPrice: 139 },
        { articleNumber: '12', quantity: 0.2, unitPrice: 139 },
      ],
    };
    expect(rowsOf({ sumArticleRows: true, setPricesOnRows: true }, order)?.slice(2)).toEqual([
      {
        ArticleNumber: '12',
        Description: 'Filter',
        OrderedQuantity: 1.3,
        DeliveredQuantity: 1.3,
        Price: 139,
      },
      {
        ArticleNumber: '12',
        Description: 'Filter',
        OrderedQuantity: 1,
        DeliveredQuantity: 1,
        Price: 99,
      },
    ]);
  });

  it('#25 with #1 sums within each date only', () => {
    const rows = rowsOf({ sumArticleRows: true, sortByActions: true });
    expect(rows).toEqual(rowsOf({ sortByActions: true }));
  });

  it('continues an article row text over 255 characters in a text row below it, with a warning', () => {
    const description = `Filter ${'mycket lång beskrivning '.repeat(12)}`.trim();
    const result = golden(
      {},
      { actions: [], articleRows: [{ articleNumber: '12', description, quantity: 1 }] },
    );
    const rows = 'OrderRows' in result.document ? (result.document.OrderRows ?? []) : [];
    expect(rows).toHaveLength(2);
    expect(`${rows[0]?.Description} ${rows[1]?.Description}`).toBe(description);
    expect(rows[1]).toEqual({ Description: expect.any(String) });
    expect(result.warnings.map((w) => w.code)).toEqual(['text-split']);
  });
});
