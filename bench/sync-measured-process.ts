/**
 * Runs the sync benchmark in a process of its own, from a bundle, with plain `node`: the
 * way a host runs the kit (compiled JavaScript), without the tsx loader `pnpm bench` uses
 * (on Node 20 its hooks run in a second thread with its own V8 heap, about 37 MB resident,
 * which is no cost of the kit). See decisions/047.
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_ROOT } from './sync-emulator-process.js';

interface Esbuild {
  build(options: Record<string, unknown>): Promise<unknown>;
}

// Where the bundle goes: below packages/core, so `better-sqlite3` (kept external, it is
// native) resolves from the package that depends on it.
const OUT = join(BENCH_ROOT, 'packages', 'core', 'node_modules', '.cache', 'sync-bench');

/** Bundles `bench/<name>.ts` (workspace sources, zod, ky) into one ES module; returns its path. */
export async function bundleSyncBench(name = 'sync'): Promise<string> {
  // esbuild comes with tsup, a root dev dependency.
  const require = createRequire(
    realpathSync(join(BENCH_ROOT, 'node_modules', 'tsup', 'package.json')),
  );
  const esbuild = require('esbuild') as Esbuild;
  const outfile = join(OUT, `${name}.mjs`);
  await esbuild.build({
    entryPoints: [join(BENCH_ROOT, 'bench', `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    conditions: ['@fortnox-kit/source'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/**
 * Runs the bundle with `args`; resolves with the JSON line it prints last.
 * `SYNC_BENCH_NODE_FLAGS` (space separated, e.g. `--max-old-space-size=64`) adds V8 flags.
 */
export async function runMeasuredProcess(
  args: readonly string[],
  name = 'sync',
  nodeFlags: readonly string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<string> {
  const file = await bundleSyncBench(name);
  return new Promise((resolve, reject) => {
    const flags = [
      ...nodeFlags,
      ...(process.env.SYNC_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
    ];
    const child = spawn(process.execPath, ['--expose-gc', ...flags, file, ...args], {
      cwd: BENCH_ROOT,
      env: { ...process.env, ...extraEnv, SYNC_BENCH_MEASURED: '1', SYNC_BENCH_ROOT: BENCH_ROOT },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`measured sync process exited ${code}`));
      resolve(out.trim().split('\n').pop() ?? '');
    });
  });
}
