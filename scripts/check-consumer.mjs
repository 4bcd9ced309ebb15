// The packages as a consumer gets them: `pnpm pack` each published package, check the
// tarball holds LICENSE, README.md and dist/, install the tarballs into a scratch app
// outside the workspace (offline, from the pnpm store) and type-check it with
// `skipLibCheck: false` and without better-sqlite3 or its types. The app's source is each
// package README's "Smallest use" block plus an import of every subpath export, so the
// READMEs' code is type-checked against what npm would ship. Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = [
  { dir: 'core', readme: 'core.ts' },
  { dir: 'react', readme: 'react.tsx' },
  { dir: 'mock-server', readme: 'mock-server.ts' },
];
const REQUIRED_FILES = ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts'];
// The consumer's own dependencies, at the workspace's pinned versions (in the offline store).
const CONSUMER_DEPS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  'react-hook-form': '7.92.0',
};
const CONSUMER_DEV_DEPS = {
  typescript: '5.9.3',
  '@types/node': '20.19.43',
  '@types/react': '19.3.3',
};
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2023', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    types: ['node'],
  },
  include: ['src'],
};

function sh(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Packs one package; returns the tarball path and the problems found in its file list. */
function pack(dir, destination) {
  const packed = sh('pnpm', ['pack', '--pack-destination', destination, '--json'], dir);
  if (!packed.ok) return { problems: [`pnpm pack failed:\n${packed.output}`] };
  const report = JSON.parse(packed.output.slice(packed.output.indexOf('{')));
  const files = new Set(report.files.map((f) => f.path));
  const missing = REQUIRED_FILES.filter((f) => !files.has(f));
  return {
    tarball: report.filename,
    name: report.name,
    problems: missing.map((f) => `${report.name} tarball has no ${f}`),
  };
}

/** The single fenced code block under a README's "## Smallest use" heading. */
function smallestUse(readmePath) {
  const text = readFileSync(readmePath, 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith('Smallest use'));
  const code = section && /```tsx?\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error(`${readmePath} has no "## Smallest use" code block`);
  return code;
}

const EVERY_ENTRY = `// Loads every published entry's types (skipLibCheck: false checks them all).
export type * as core from '@fortnox-kit/core';
export type * as contract from '@fortnox-kit/core/contract';
export type * as node from '@fortnox-kit/core/node';
export type * as sqlite from '@fortnox-kit/core/sqlite';
export type * as react from '@fortnox-kit/react';
export type * as mock from '@fortnox-kit/mock-server';
export type * as mockNode from '@fortnox-kit/mock-server/node';
export type * as mockBrowser from '@fortnox-kit/mock-server/browser';
`;

// A host module that exports what createIntegration returns. Emitting its declarations must
// name the type from the package, never from an internal chunk (TS2742; decisions/130).
const HOST_MODULE = `import { createIntegration, type IntegrationOptions } from '@fortnox-kit/core';
export const makeIntegration = (options: IntegrationOptions) => createIntegration(options);
`;
const DECLARATION_TSCONFIG = {
  extends: './tsconfig.json',
  compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: 'types' },
  include: ['src/host-module.ts'],
};

/** Runs the check; returns a list of problems (empty when it passed). */
export function checkConsumer() {
  const scratch = mkdtempSync(join(tmpdir(), 'fortnox-kit-consumer-'));
  try {
    const tarballs = join(scratch, 'tarballs');
    const app = join(scratch, 'app');
    mkdirSync(join(app, 'src'), { recursive: true });
    const packed = PACKAGES.map((p) => pack(join(ROOT, 'packages', p.dir), tarballs));
    const problems = packed.flatMap((p) => p.problems);
    if (problems.length) return problems;

    const fromTarball = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
    writeJson(join(app, 'package.json'), {
      name: 'fortnox-kit-consumer',
      private: true,
      type: 'module',
      dependencies: { ...fromTarball, ...CONSUMER_DEPS },
      devDependencies: CONSUMER_DEV_DEPS,
    });
    // The packed dependents name @fortnox-kit/core by version; take it from the tarball too.
    writeFileSync(
      join(app, 'pnpm-workspace.yaml'),
      `overrides:\n${Object.entries(fromTarball)
        .map(([name, spec]) => `  "${name}": "${spec}"\n`)
        .join('')}allowBuilds:\n  msw: false\nupdateNotifier: false\n`,
    );
    writeJson(join(app, 'tsconfig.json'), TSCONFIG);
    for (const p of PACKAGES) {
      const code = smallestUse(join(ROOT, 'packages', p.dir, 'README.md'));
      writeFileSync(join(app, 'src', p.readme), code);
    }
    writeFileSync(join(app, 'src', 'every-entry.ts'), EVERY_ENTRY);
    writeFileSync(join(app, 'src', 'host-module.ts'), HOST_MODULE);
    writeJson(join(app, 'tsconfig.declaration.json'), DECLARATION_TSCONFIG);

    const install = sh('pnpm', ['install', '--prefer-offline'], app);
    if (!install.ok) return [`installing the tarballs failed:\n${install.output}`];
    for (const name of ['@types/better-sqlite3', 'better-sqlite3']) {
      if (existsSync(join(app, 'node_modules', name)))
        problems.push(`the consumer got ${name} without asking for it`);
    }
    const tscBin = join(app, 'node_modules', '.bin', 'tsc');
    const tsc = sh(tscBin, ['-p', '.'], app);
    if (!tsc.ok) problems.push(`tsc (skipLibCheck: false) failed:\n${tsc.output}`);
    const dts = sh(tscBin, ['-p', 'tsconfig.declaration.json'], app);
    if (!dts.ok) problems.push(`a host module's declarations failed:\n${dts.output}`);
    return problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
