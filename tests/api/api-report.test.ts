import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiEntry,
  DOC_PATH,
  parseReport,
  REPORT_PATH,
  ROOT_ENTRY_LIMIT,
  readApi,
  renderDoc,
  renderReport,
} from '../../scripts/api-report.js';

const ROOT = join(import.meta.dirname, '../..');
const committed = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Names in `actual` that `listed` lacks, and the other way round, per entry. */
function differences(listed: Map<string, Map<string, string>>, actual: ApiEntry[]) {
  const out: Record<string, { unlisted: string[]; gone: string[]; kindChanged: string[] }> = {};
  const specifiers = new Set([...listed.keys(), ...actual.map((e) => e.specifier)]);
  for (const specifier of specifiers) {
    const want = listed.get(specifier) ?? new Map<string, string>();
    const have = new Map(
      actual.find((e) => e.specifier === specifier)?.names.map((n) => [n.name, n.kind]) ?? [],
    );
    const unlisted = [...have.keys()].filter((n) => !want.has(n));
    const gone = [...want.keys()].filter((n) => !have.has(n));
    const kindChanged = [...have].filter(([n, k]) => want.has(n) && want.get(n) !== k);
    if (unlisted.length || gone.length || kindChanged.length) {
      out[specifier] = { unlisted, gone, kindChanged: kindChanged.map(([n, k]) => `${n}: ${k}`) };
    }
  }
  return out;
}

// Reading the API builds a TypeScript program over core's sources: a few seconds.
let api: ApiEntry[];
beforeAll(() => {
  api = readApi();
}, 120_000);

describe('the public API report (decisions/081)', () => {
  it(`lists every export of every @fortnox-kit/core entry in ${REPORT_PATH} (after a deliberate change: pnpm api:report)`, () => {
    expect(differences(parseReport(committed(REPORT_PATH)), api)).toEqual({});
    expect(renderReport(api)).toBe(committed(REPORT_PATH));
  });

  it(`keeps the root entry at ${ROOT_ENTRY_LIMIT} names or fewer`, () => {
    const root = api.find((e) => e.specifier === '@fortnox-kit/core');
    expect(root?.names.length).toBeGreaterThan(0);
    expect(root?.names.length).toBeLessThanOrEqual(ROOT_ENTRY_LIMIT);
  });

  it(`${DOC_PATH} documents every exported name, grouped, with its TSDoc summary`, () => {
    expect(renderDoc(api)).toBe(committed(DOC_PATH));
  });

  it('reports a name the code exports but the report does not list as unlisted', () => {
    const listed = parseReport(committed(REPORT_PATH));
    const root = api.find((e) => e.specifier === '@fortnox-kit/core') as ApiEntry;
    const extra = { name: 'writeOnce', kind: 'function', group: 'x', summary: '' };
    const withExtra = api.map((e) => (e === root ? { ...e, names: [...e.names, extra] } : e));
    expect(differences(listed, withExtra)).toEqual({
      '@fortnox-kit/core': { unlisted: ['writeOnce'], gone: [], kindChanged: [] },
    });
  });
});
