import { describe, expect, it } from 'vitest';
import { customer, facility } from './golden.fixture.js';
import { ACTION_ROWS, ARTICLE_ROWS, BASE_DOCUMENT, doc, golden } from './golden-helpers.fixture.js';

const BODY = [...ACTION_ROWS, ...ARTICLE_ROWS];

describe('golden: Er referens (YourReference)', () => {
  const withFields = {
    customer: { ...customer, customFields: { 'Er referens': 'Kundens ref' } },
    facility: { ...facility, customFields: { referens: 'Anläggningens ref' } },
  };

  it('takes the custom field on the order first', () => {
    expect(doc({}, { customFields: { 'Er referens': 'Orderns ref' } }, withFields)).toEqual({
      ...BASE_DOCUMENT,
      YourReference: 'Orderns ref',
    });
  });

  it('then the facility’s, then the customer’s', () => {
    expect(doc({}, {}, withFields).YourReference).toBe('Anläggningens ref');
    expect(doc({}, {}, { customer: withFields.customer }).YourReference).toBe('Kundens ref');
  });

  it('matches the field names exactly and skips empty values', () => {
    const order = { customFields: { 'Er Referens': 'fel namn', referens: '  ' } };
    expect(doc({}, order).YourReference).toBe('Eva Lind');
  });

  it('falls back to the contact person, and sends none when there is nobody', () => {
    expect(doc({}).YourReference).toBe('Eva Lind');
    expect(doc({}, { contactPerson: undefined, requester: undefined })).not.toHaveProperty(
      'YourReference',
    );
  });

  it('a custom field wins over #43 and #38', () => {
    const settings = { requesterAsYourReference: true, includeContactPhoneInYourReference: true };
    expect(doc(settings, { customFields: { referens: 'Inköp' } }).YourReference).toBe('Inköp');
  });

  it('#43 sends the requester instead of the contact person', () => {
    expect(doc({ requesterAsYourReference: true })).toEqual({
      ...BASE_DOCUMENT,
      YourReference: 'Per Sten',
    });
  });

  it('#43 falls back to the contact person when there is no requester', () => {
    expect(doc({ requesterAsYourReference: true }, { requester: undefined }).YourReference).toBe(
      'Eva Lind',
    );
  });

  it('#38 adds the contact person’s phone', () => {
    expect(doc({ includeContactPhoneInYourReference: true })).toEqual({
      ...BASE_DOCUMENT,
      YourReference: 'Eva Lind, 070-123 45 67',
    });
  });

  it('#43 with #38: the requester with the requester’s phone', () => {
    expect(
      doc({ requesterAsYourReference: true, includeContactPhoneInYourReference: true })
        .YourReference,
    ).toBe('Per Sten, 08-555 12');
  });

  it('#38 shortens a long name, never the phone number, to stay within 50 characters', () => {
    const contactPerson = {
      name: 'Maria-Theresia Sophia von Wachenfeldt-Lindqvist',
      phone: '070-123 45 67',
    };
    const result = golden({ includeContactPhoneInYourReference: true }, { contactPerson });
    expect(result.document.YourReference).toBe(
      'Maria-Theresia Sophia von Wachenfel, 070-123 45 67',
    );
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'text-shortened', field: 'YourReference' }),
    ]);
  });
});

describe('golden: OurReference and YourOrderNumber', () => {
  it('#9 sends no order number of ours, not even in ExternalInvoiceReference1; the customer’s still goes in YourOrderNumber', () => {
    const { OurReference: _, ExternalInvoiceReference1: __, ...rest } = BASE_DOCUMENT;
    expect(doc({ doNotSendOrderNumber: true })).toEqual(rest);
  });

  it('#9 with every setting that writes our number (7, 10, 32): the number is nowhere in the document', () => {
    const document = doc({
      doNotSendOrderNumber: true,
      orderNumberAsYourOrderNumber: true,
      orderNumberInComment: true,
      summaryInOrderText: true,
      includeComments: true,
    });
    expect(JSON.stringify(document)).not.toContain('AO-1043');
    expect(document.YourOrderNumber).toBe('PO-5531');
  });

  it('#10 moves our order number to YourOrderNumber, before the customer’s', () => {
    const { OurReference: _, ...rest } = BASE_DOCUMENT;
    expect(doc({ orderNumberAsYourOrderNumber: true })).toEqual({
      ...rest,
      YourOrderNumber: 'AO-1043 / PO-5531',
    });
  });

  it('#10 with #9: #9 wins, only the customer’s order number is sent', () => {
    const { OurReference: _, ExternalInvoiceReference1: __, ...rest } = BASE_DOCUMENT;
    expect(doc({ orderNumberAsYourOrderNumber: true, doNotSendOrderNumber: true })).toEqual(rest);
  });

  it('#10 writes a customer order number that no longer fits as a text row, with a warning', () => {
    const result = golden(
      { orderNumberAsYourOrderNumber: true },
      { customerOrderNumber: 'INK-2026-000123456789' },
    );
    const { OurReference: _, ...rest } = BASE_DOCUMENT;
    expect(result.document).toEqual({
      ...rest,
      YourOrderNumber: 'AO-1043',
      OrderRows: [{ Description: 'Ert ordernummer: INK-2026-000123456789' }, ...BODY],
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'value-moved', field: 'YourOrderNumber' }),
    ]);
  });

  it('writes a customer order number over 30 characters as a text row instead of cutting it', () => {
    const long = 'INKÖPSORDER-2026-000123456789-A';
    const result = golden({}, { customerOrderNumber: long });
    const { YourOrderNumber: _, ...rest } = BASE_DOCUMENT;
    expect(result.document).toEqual({
      ...rest,
      OrderRows: [{ Description: `Ert ordernummer: ${long}` }, ...BODY],
    });
  });

  it('#29 puts the assignee’s name in OurReference', () => {
    expect(doc({ assigneeAsOurReference: true })).toEqual({
      ...BASE_DOCUMENT,
      OurReference: 'Cilla Holm',
    });
  });

  it('#30 puts the signer’s name in OurReference', () => {
    expect(doc({ signerAsOurReference: true })).toEqual({
      ...BASE_DOCUMENT,
      OurReference: 'Dan Ny',
    });
  });

  it('#29 with #30: the signer wins; the assignee when the order is not signed', () => {
    const both = { assigneeAsOurReference: true, signerAsOurReference: true };
    expect(doc(both).OurReference).toBe('Dan Ny');
    expect(doc(both, { signedById: undefined }).OurReference).toBe('Cilla Holm');
  });

  it('#29 without an assignee falls back to our order number', () => {
    expect(doc({ assigneeAsOurReference: true }, { assigneeId: undefined }).OurReference).toBe(
      'AO-1043',
    );
  });

  it('#29 with #10: the name in OurReference, our number in YourOrderNumber', () => {
    expect(doc({ assigneeAsOurReference: true, orderNumberAsYourOrderNumber: true })).toEqual({
      ...BASE_DOCUMENT,
      OurReference: 'Cilla Holm',
      YourOrderNumber: 'AO-1043 / PO-5531',
    });
  });

  it('warns when the assignee is not among the context’s users', () => {
    const result = golden({ assigneeAsOurReference: true }, { assigneeId: 'u404' });
    expect(result.document.OurReference).toBe('AO-1043');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'lookup-missing', field: 'OurReference' }),
    ]);
  });
});
