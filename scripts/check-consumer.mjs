// The packages as a consumer gets them: `pnpm pack` each published package, check the
// tarball holds LICENSE, README.md and dist/, install the tarballs into a scratch app
// outside the workspace (offline, from the pnpm store) and type-check it with
// `skipLibCheck: false` and without better-sqlite3 or its types. The app's source is each
// package README's "Smallest use" block plus an import of every subpath export, so the
// READMEs' code is type-checked against what npm would ship. Run after `pnpm build`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsumerApp, ROOT, sh, writeJson } from './consumer-app.mjs';

const READMES = [
  { dir: 'core', readme: 'core.ts' },
  { dir: 'react', readme: 'react.tsx' },
  { dir: 'mock-server', readme: 'mock-server.ts' },
];
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
    const { app, problems } = createConsumerApp(scratch, {
      dependencies: CONSUMER_DEPS,
      devDependencies: CONSUMER_DEV_DEPS,
    });
    if (problems.length) return problems;
    mkdirSync(join(app, 'src'), { recursive: true });
    writeJson(join(app, 'tsconfig.json'), TSCONFIG);
    for (const p of READMES) {
      const code = smallestUse(join(ROOT, 'packages', p.dir, 'README.md'));
      writeFileSync(join(app, 'src', p.readme), code);
    }
    writeFileSync(join(app, 'src', 'every-entry.ts'), EVERY_ENTRY);
    writeFileSync(join(app, 'src', 'host-module.ts'), HOST_MODULE);
    writeJson(join(app, 'tsconfig.declaration.json'), DECLARATION_TSCONFIG);

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
