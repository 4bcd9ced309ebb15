import { describe, expect, it } from 'vitest';
import { ACTION_ROWS, ARTICLE_ROWS, BASE_DOCUMENT, doc, golden } from './golden-helpers.fixture.js';

const ORDER_TEXT = 'Tack för uppdraget!\nVälkommen åter.';
const BODY = [...ACTION_ROWS, ...ARTICLE_ROWS];
const SUMMARY = 'Arbetsorder AO-1043, 2026-11-20\n2026-11-20: Felsökning\n2026-11-21: Bytt filter';
const DESCRIPTION_AND_FAULT = 'Beskrivning: Kompressorn larmar\nFel/orsak: Igensatt filter';

describe('golden: order text and other texts', () => {
  it('puts the general order text in Remarks (copied to the invoice)', () => {
    expect(doc({ orderText: ORDER_TEXT })).toEqual({
      ...BASE_DOCUMENT,
      Remarks: ORDER_TEXT,
      CopyRemarks: true,
    });
  });

  it('#3 writes description and fault/cause as text rows on top', () => {
    expect(doc({ includeDescriptionAndFault: true })).toEqual({
      ...BASE_DOCUMENT,
      OrderRows: [
        { Description: 'Beskrivning: Kompressorn larmar' },
        { Description: 'Fel/orsak: Igensatt filter' },
        ...BODY,
      ],
    });
  });

  it('#6 puts the order text as text rows at the top instead of Remarks, one row per line', () => {
    expect(doc({ orderText: ORDER_TEXT, orderTextOnTop: true })).toEqual({
      ...BASE_DOCUMENT,
      OrderRows: [
        { Description: 'Tack för uppdraget!' },
        { Description: 'Välkommen åter.' },
        ...BODY,
      ],
    });
  });

  it('#7 puts a summary with the order number and each date’s actions in Remarks', () => {
    expect(doc({ summaryInOrderText: true })).toEqual({
      ...BASE_DOCUMENT,
      Remarks: SUMMARY,
      CopyRemarks: true,
    });
  });

  it('#8 puts description and fault/cause in Remarks', () => {
    expect(doc({ descriptionAndFaultInOrderText: true })).toEqual({
      ...BASE_DOCUMENT,
      Remarks: DESCRIPTION_AND_FAULT,
      CopyRemarks: true,
    });
  });

  it('#6 with #7 and #8: order text on top, summary and description/fault kept in Remarks with line breaks', () => {
    const settings = {
      orderText: ORDER_TEXT,
      orderTextOnTop: true,
      summaryInOrderText: true,
      descriptionAndFaultInOrderText: true,
    };
    expect(doc(settings)).toEqual({
      ...BASE_DOCUMENT,
      Remarks: `${SUMMARY}\n${DESCRIPTION_AND_FAULT}`,
      CopyRemarks: true,
      OrderRows: [
        { Description: 'Tack för uppdraget!' },
        { Description: 'Välkommen åter.' },
        ...BODY,
      ],
    });
  });

  it('#7 and #8 without #6: the order text first, then summary, then description/fault', () => {
    const settings = {
      orderText: ORDER_TEXT,
      summaryInOrderText: true,
      descriptionAndFaultInOrderText: true,
    };
    expect(doc(settings).Remarks).toBe(`${ORDER_TEXT}\n${SUMMARY}\n${DESCRIPTION_AND_FAULT}`);
  });

  it('#7 with #9 leaves our order number out of the summary', () => {
    expect(doc({ summaryInOrderText: true, doNotSendOrderNumber: true }).Remarks).toBe(
      'Arbetsorder, 2026-11-20\n2026-11-20: Felsökning\n2026-11-21: Bytt filter',
    );
  });

  it('#16 writes the status of a sales order, and nothing for other kinds', () => {
    expect(doc({ includeSalesOrderStatus: true }, { kind: 'sales' })).toEqual({
      ...BASE_DOCUMENT,
      OrderRows: [{ Description: 'Status: Pågående' }, ...BODY],
    });
    expect(doc({ includeSalesOrderStatus: true })).toEqual(BASE_DOCUMENT);
  });

  it('#17 writes the facility name as the first row', () => {
    expect(doc({ includeFacilityName: true })).toEqual({
      ...BASE_DOCUMENT,
      OrderRows: [{ Description: 'Anläggning: Lager Norr' }, ...BODY],
    });
  });

  it('#27 sends the comments with date and author', () => {
    expect(doc({ includeComments: true })).toEqual({
      ...BASE_DOCUMENT,
      Comments: '2026-11-19 Anna Berg: Ring innan ni kommer',
    });
  });

  it('#32 puts the order number in the comments, before the comments of #27', () => {
    expect(doc({ orderNumberInComment: true })).toEqual({
      ...BASE_DOCUMENT,
      Comments: 'Ordernummer: AO-1043',
    });
    expect(doc({ orderNumberInComment: true, includeComments: true }).Comments).toBe(
      'Ordernummer: AO-1043\n2026-11-19 Anna Berg: Ring innan ni kommer',
    );
  });

  it('#32 with #9: #9 wins, the comments carry no order number of ours', () => {
    expect(
      doc({ orderNumberInComment: true, doNotSendOrderNumber: true }).Comments,
    ).toBeUndefined();
    expect(
      doc({ orderNumberInComment: true, doNotSendOrderNumber: true, includeComments: true })
        .Comments,
    ).toBe('2026-11-19 Anna Berg: Ring innan ni kommer');
  });

  it('#37 puts the service objects’ operating hours in Remarks', () => {
    expect(doc({ includeOperatingHoursInOrderText: true })).toEqual({
      ...BASE_DOCUMENT,
      Remarks: 'Drifttid ATLAS COPCO GA 10: 12345 h',
      CopyRemarks: true,
    });
  });
});

describe('golden: Fortnox limits on texts', () => {
  it('continues an order text over 1024 characters as text rows at the end, with a warning', () => {
    const words = Array.from({ length: 300 }, (_, i) => `ord${i}`).join(' ');
    const result = golden({ orderText: words });
    const remarks = result.document.Remarks ?? '';
    expect(remarks.length).toBeLessThanOrEqual(1024);
    const rows = result.target === 'order' ? result.document.OrderRows : [];
    const tail = rows?.slice(BODY.length).map((r) => r.Description) ?? [];
    expect(`${remarks} ${tail.join(' ')}`).toBe(words);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'text-split', field: 'Remarks' }),
    ]);
  });

  it('#6 splits an order text line over 255 characters into several rows at spaces, with a warning', () => {
    const line = Array.from({ length: 80 }, (_, i) => `rad${i}`).join(' ');
    const result = golden({ orderText: line, orderTextOnTop: true });
    const rows = result.target === 'order' ? (result.document.OrderRows ?? []) : [];
    const top = rows.slice(0, rows.length - BODY.length).map((r) => r.Description ?? '');
    expect(top.length).toBe(2);
    expect(top.every((t) => t.length <= 255)).toBe(true);
    expect(top.join(' ')).toBe(line);
    expect(result.warnings.map((w) => w.code)).toEqual(['text-split']);
  });

  it('cuts comments to 1024 characters, keeping the order number, with a warning', () => {
    const comments = Array.from({ length: 40 }, (_, i) => ({
      text: `Kommentar nummer ${i} `.repeat(3),
    }));
    const result = golden({ includeComments: true, orderNumberInComment: true }, { comments });
    expect(result.document.Comments?.length).toBeLessThanOrEqual(1024);
    expect(result.document.Comments?.startsWith('Ordernummer: AO-1043\n')).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'text-shortened', field: 'Comments' }),
    ]);
  });

  it('replaces characters Fortnox rejects and names them in a warning', () => {
    const result = golden({ orderText: 'Pris <inkl. moms> "fast"' });
    expect(result.document.Remarks).toBe('Pris (inkl. moms) ’fast’');
    expect(result.warnings).toEqual([
      {
        code: 'characters-replaced',
        field: 'Remarks',
        message: 'replaced or removed characters Fortnox rejects: "<" ">" "\\""',
      },
    ]);
  });
});
