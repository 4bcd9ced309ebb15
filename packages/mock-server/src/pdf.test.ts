import { describe, expect, it } from 'vitest';
import { createPdf } from './pdf.js';

const decode = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('createPdf', () => {
  it('starts with a PDF header and ends with %%EOF', () => {
    const pdf = decode(createPdf(['Faktura 1001']));
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('points startxref and every xref entry at the right byte offsets', () => {
    const pdf = decode(createPdf(['Faktura 1001', 'Kund: Åkesson (AB)']));
    const xrefAt = Number(pdf.match(/startxref\n(\d+)/)?.[1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const entries = [...pdf.slice(xrefAt).matchAll(/(\d{10}) 00000 n/g)].map((m) => Number(m[1]));
    expect(entries).toHaveLength(5);
    entries.forEach((offset, i) => {
      expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true);
    });
  });

  it('escapes parentheses so the text stream stays valid', () => {
    expect(decode(createPdf(['Kund (AB)']))).toContain('(Kund \\(AB\\)) Tj');
  });
});
