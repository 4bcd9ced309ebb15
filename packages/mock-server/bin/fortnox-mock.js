#!/usr/bin/env node
// The `fortnox-mock` command. Installed from npm it runs the built dist/bin.js. Inside the
// fortnox-kit workspace (this file's real path has no node_modules in it) it runs
// src/bin.ts through tsx with the source condition instead, as the demo and tests do: so
// `pnpm exec fortnox-mock` works right after `pnpm install`, before any build, and never
// runs a stale dist/ (decisions/001, decisions/076).
import { spawn } from 'node:child_process';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (here.split(sep).includes('node_modules')) {
  await import('../dist/bin.js');
} else {
  const child = spawn(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx'),
      '--conditions=@fortnox-kit/source',
      fileURLToPath(new URL('../src/bin.ts', import.meta.url)),
      ...args,
    ],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
