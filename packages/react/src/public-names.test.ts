import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../scripts/api-report.js';

const ROOT = join(import.meta.dirname, '../../..');

/** Every name `packages/react/src/index.ts` exports, types included. */
function reactExports(): string[] {
  const path = join(import.meta.dirname, 'index.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (!ts.isExportDeclaration(statement)) return [];
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) throw new Error('index.ts must name its exports');
    return clause.elements.map((element) => element.name.text);
  });
}

describe('the names @fortnox-kit/react exports', () => {
  it('share none with any @fortnox-kit/core entry (the API report lists them all)', () => {
    const report = parseReport(readFileSync(join(ROOT, 'packages/core/api-report.txt'), 'utf8'));
    const core = new Map<string, string>();
    for (const [entry, names] of report) for (const name of names.keys()) core.set(name, entry);
    const names = reactExports();
    expect(names).toContain('FortnoxBackendError');
    expect(core.get('FortnoxApiError')).toBe('@fortnox-kit/core');
    const shared = names.filter((name) => core.has(name)).map((n) => `${n} (${core.get(n)})`);
    expect(shared).toEqual([]);
  });
});
