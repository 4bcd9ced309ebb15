import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

// Test titles of the golden suites, e.g. "#10 with #9: #9 wins, …".
function goldenTitles(): string[] {
  const files = readdirSync(here).filter(
    (f) => /^golden-.*\.test\.ts$/.test(f) && f !== 'golden-coverage.test.ts',
  );
  const source = files.map((f) => readFileSync(join(here, f), 'utf8')).join('\n');
  return [...source.matchAll(/\bit(?:\.each\([\s\S]*?\))?\(\s*'([^']*)'/g)].map((m) => m[1] ?? '');
}

describe('golden coverage', () => {
  it('has a golden test naming each of the 46 settings', () => {
    const titles = goldenTitles().join('\n');
    const named = new Set([...titles.matchAll(/#(\d+)/g)].map((m) => Number(m[1])));
    // it.each titles use '#%i': their numbers are in the table beside them.
    const eachNumbers = readFileSync(join(here, 'golden-document.test.ts'), 'utf8').matchAll(
      /\[(\d+), '\w+'\]/g,
    );
    for (const m of eachNumbers) named.add(Number(m[1]));
    const missing = Array.from({ length: 46 }, (_, i) => i + 1).filter((n) => !named.has(n));
    expect(missing).toEqual([]);
  });

  it('has golden tests for each interacting combination of SPEC §7', () => {
    const titles = goldenTitles();
    for (const combo of [
      /#6 with #7 and #8/,
      /#10 with #9/,
      /#29 with #30/,
      /#25 with #44/,
      /#43 with #38/,
    ]) {
      expect(
        titles.some((t) => combo.test(t)),
        String(combo),
      ).toBe(true);
    }
    expect(titles.some((t) => /internal customer/.test(t))).toBe(true);
  });
});
