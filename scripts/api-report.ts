/**
 * The public API of `@fortnox-kit/core`, read from the code (decisions/081):
 * - `packages/core/api-report.txt`: every entry's exported names and their kind, the
 *   checked-in listing that `tests/api/api-report.test.ts` compares with the code, so a
 *   change to the public API shows up in review and is made on purpose;
 * - `docs/api.md`: the same names grouped (by the `// ## Group` comments of each entry
 *   file), one line each, with the first sentence of their TSDoc.
 *
 * `pnpm api:report` rewrites both after a deliberate change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORE = join(ROOT, 'packages/core');
export const REPORT_PATH = 'packages/core/api-report.txt';
export const DOC_PATH = 'docs/api.md';
/** The most names the root entry may export (issue 15). */
export const ROOT_ENTRY_LIMIT = 80;

export interface ApiName {
  name: string;
  kind: string;
  group: string;
  summary: string;
}
export interface ApiEntry {
  /** The import specifier, e.g. `@fortnox-kit/core/contract`. */
  specifier: string;
  names: ApiName[];
}

/** The package's entries from its `exports` map, each with its TypeScript source. */
function coreEntries(): { specifier: string; source: string }[] {
  const manifest = JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8'));
  return Object.entries(manifest.exports as Record<string, Record<string, string> | string>)
    .filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object')
    .map(([subpath, target]) => ({
      specifier: `${manifest.name}${subpath.slice(1)}`,
      source: join(CORE, target['@fortnox-kit/source'] ?? ''),
    }));
}

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Variable) return f & ts.SymbolFlags.Type ? 'schema' : 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  return 'type';
}

function summaryOf(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const text = ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, '`$1`')
    .split(/\n\s*\n/)[0]
    ?.replace(/\s+/g, ' ')
    .trim();
  return text ? firstSentence(text).replace(/:$/, '.') : '';
}

/** Up to the first `.`, `!` or `?` that ends a sentence: not in code, not in "e.g.". */
function firstSentence(text: string): string {
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') inCode = !inCode;
    const ends =
      !inCode && (c === '.' || c === '!' || c === '?') && /^(\s|$)/.test(text.slice(i + 1, i + 2));
    if (ends && !/\b(e\.g|i\.e|etc)$/.test(text.slice(0, i))) return text.slice(0, i + 1);
  }
  return text;
}

/** The `// ## Title` comment right before a statement, if any. */
function groupComment(statement: ts.Statement, text: string): string | undefined {
  const comments = ts.getLeadingCommentRanges(text, statement.pos) ?? [];
  for (const c of comments.reverse()) {
    const match = /^\/\/ ## (.+)$/.exec(text.slice(c.pos, c.end).trim());
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Exported names of an entry in source order, each with the group its statement is in. */
function namesInOrder(
  file: ts.SourceFile,
  checker: ts.TypeChecker,
): { name: string; group: string | undefined }[] {
  const out: { name: string; group: string | undefined }[] = [];
  let group: string | undefined;
  for (const statement of file.statements) {
    group = groupComment(statement, file.text) ?? group;
    if (!ts.isExportDeclaration(statement)) continue;
    if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const e of statement.exportClause.elements) out.push({ name: e.name.text, group });
    } else if (statement.moduleSpecifier) {
      const target = checker.getSymbolAtLocation(statement.moduleSpecifier);
      for (const s of target ? checker.getExportsOfModule(target) : []) {
        out.push({ name: s.name, group });
      }
    }
  }
  return out;
}

/** Reads every entry's exports from the TypeScript sources. */
export function readApi(): ApiEntry[] {
  const entries = coreEntries();
  const program = ts.createProgram(
    entries.map((e) => e.source),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      customConditions: ['@fortnox-kit/source'],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  return entries.map(({ specifier, source }) => {
    const file = program.getSourceFile(source);
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!file || !moduleSymbol) throw new Error(`cannot read ${source}`);
    const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
    const ordered = namesInOrder(file, checker).filter((n) => exported.has(n.name));
    const names = ordered.map(({ name, group }) => {
      const symbol = exported.get(name) as ts.Symbol;
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return {
        name,
        kind: kindOf(target),
        group: group ?? 'Exports',
        summary: summaryOf(target, checker),
      };
    });
    return { specifier, names };
  });
}

/** `packages/core/api-report.txt`: each entry's names, sorted, with their kind. */
export function renderReport(api: ApiEntry[]): string {
  const lines = [
    '# The public API of @fortnox-kit/core: every entry and every name it exports.',
    '# Generated by scripts/api-report.ts; tests/api/api-report.test.ts compares it with the',
    '# code. Change the API on purpose, then run `pnpm api:report` (decisions/081).',
  ];
  for (const entry of api) {
    lines.push('', `[${entry.specifier}] ${entry.names.length} names`);
    const sorted = [...entry.names].sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const n of sorted) lines.push(`${n.name} ${n.kind}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Entry → name → kind, from a report's text. */
export function parseReport(text: string): Map<string, Map<string, string>> {
  const entries = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    const header = /^\[(.+)\] \d+ names$/.exec(line);
    if (header?.[1]) {
      current = new Map();
      entries.set(header[1], current);
    } else if (current && /^\S+ \S+$/.test(line)) {
      const [name, kind] = line.split(' ') as [string, string];
      current.set(name, kind);
    }
  }
  return entries;
}

/** `docs/api.md`: each entry's names by group, one line each. */
export function renderDoc(api: ApiEntry[]): string {
  const lines = [
    '<!-- Generated by scripts/api-report.ts from the entries of packages/core. Do not edit: run `pnpm api:report`. -->',
    '',
    '# Public API of `@fortnox-kit/core`',
    '',
    'A host backend needs the root entry; the subpaths are for the browser, a store backend,',
    'tests and advanced use of the Fortnox API. Anything not listed here is internal and may',
    'change in any release (decisions/081). Every name carries TSDoc in the source; this page',
    'shows its first sentence.',
  ];
  for (const entry of api) {
    lines.push('', `## \`${entry.specifier}\` (${entry.names.length} names)`);
    const groups = [...new Set(entry.names.map((n) => n.group))];
    for (const group of groups) {
      lines.push('', `### ${group}`, '');
      for (const n of entry.names.filter((x) => x.group === group)) {
        lines.push(`- \`${n.name}\` (${n.kind})${n.summary ? `: ${n.summary}` : ''}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const api = readApi();
  writeFileSync(join(ROOT, REPORT_PATH), renderReport(api));
  writeFileSync(join(ROOT, DOC_PATH), renderDoc(api));
  console.log(`wrote ${REPORT_PATH} and ${DOC_PATH}`);
}
