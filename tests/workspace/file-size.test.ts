import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The house rule (STYLE.md habit 11, issue #15): no source file over this many lines. */
const MAX_LINES = 250;

const root = join(import.meta.dirname, '../..');
// The workspace packages (pnpm-workspace.yaml: packages/*, stories, examples/*).
const packageDirs = [
  ...readdirSync(join(root, 'packages')).map((dir) => join('packages', dir)),
  'stories',
  ...readdirSync(join(root, 'examples')).map((dir) => join('examples', dir)),
];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'public', 'storybook-static', 'coverage']);
const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js)$/;

/** Why a file may be longer than {@link MAX_LINES}, or null when it may not. */
function exemption(path: string): 'test' | 'schema' | 'fixture' | null {
  const name = path.split('/').pop() ?? '';
  if (/\.(?:test|browser\.test|test-d|test-support)\.[cm]?tsx?$/.test(name)) return 'test';
  if (path.split('/').includes('schemas') || /schemas?\.tsx?$/.test(name)) return 'schema';
  if (/\.fixtures?\.tsx?$/.test(name) || /\/(?:fixtures|golden)\//.test(path)) return 'fixture';
  return null;
}

/** `path (lines)` of each file over the limit that no exemption covers. */
function oversized(files: readonly { path: string; lines: number }[]): string[] {
  return files
    .filter((f) => f.lines > MAX_LINES && exemption(f.path) === null)
    .map((f) => `${f.path} (${f.lines} lines)`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const lineCount = (path: string) => readFileSync(join(root, path), 'utf8').split('\n').length - 1;

describe(`source files stay at ${MAX_LINES} lines or fewer (decisions/130)`, () => {
  it('finds no source file over the limit outside tests, schemas and fixtures in any workspace package', () => {
    const files = packageDirs.flatMap(sourceFiles).map((path) => ({
      path: relative(root, join(root, path)),
      lines: lineCount(path),
    }));
    expect(files.length).toBeGreaterThan(100);
    expect(oversized(files)).toEqual([]);
  });

  it('lists a long source file with its length and leaves long tests, schemas and fixtures alone', () => {
    const long = MAX_LINES + 1;
    expect(
      oversized([
        { path: 'packages/core/src/integration/create-integration.ts', lines: long },
        { path: 'packages/core/src/sync/sync-engine.ts', lines: MAX_LINES },
        { path: 'packages/core/src/sync/sync-rules.test.ts', lines: long },
        { path: 'packages/mock-server/src/schemas/field-table/orders.ts', lines: long },
        { path: 'packages/core/src/integration/gateway-schemas.ts', lines: long },
        { path: 'packages/core/src/mapping/golden.fixture.ts', lines: long },
      ]),
    ).toEqual([`packages/core/src/integration/create-integration.ts (${long} lines)`]);
  });
});
