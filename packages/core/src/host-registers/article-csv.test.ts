import { describe, expect, it } from 'vitest';
import { articlesCsv, exportArticlesCsv } from './article-csv.js';
import { createMemoryHostRegisters } from './memory-host-registers.js';

describe('article CSV export', () => {
  it('writes every article once with Swedish separators and a BOM', async () => {
    const registers = createMemoryHostRegisters({
      articles: [
        { id: 'a1', articleNumber: '12', description: 'Filter; stort', price: 149.5, vat: 25 },
        {
          id: 'a2',
          articleNumber: '13',
          description: 'Olja "premium"',
          price: null,
          active: false,
        },
      ],
    });
    const csv = await articlesCsv(registers.articles);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFid;articleNumber;description;unit;price;purchasePrice;vat;type;active;hidden;updatedAt',
    );
    expect(lines[1]).toBe('a1;12;"Filter; stort";;149,5;;25;stock;true;false;');
    expect(lines[2]).toBe('a2;13;"Olja ""premium""";;;;;stock;false;false;');
    expect(lines).toHaveLength(4);
  });

  it('streams large registers page by page', async () => {
    const articles = Array.from({ length: 1200 }, (_, i) => ({
      id: `a${i}`,
      articleNumber: String(i),
      description: `Art ${i}`,
      price: i,
    }));
    const registers = createMemoryHostRegisters({ articles });
    const chunks: string[] = [];
    for await (const chunk of exportArticlesCsv(registers.articles, {
      pageSize: 500,
      byteOrderMark: false,
    })) {
      chunks.push(chunk);
    }
    expect(chunks).toHaveLength(4); // header + 3 pages
    expect(chunks.join('').trim().split('\r\n')).toHaveLength(1201);
  });

  it('defuses cells Excel would run as formulas', async () => {
    const registers = createMemoryHostRegisters({
      articles: [{ id: 'a1', articleNumber: '1', description: '=HYPERLINK("x")' }],
    });
    expect(await articlesCsv(registers.articles, { byteOrderMark: false })).toContain(
      `"'=HYPERLINK(""x"")"`,
    );
  });
});
