#!/usr/bin/env node
// The one test command (README, .ci/run): typecheck, lint, every vitest project, build,
// packaging checks and the consumer test. Runs every step even after a failure, then prints
// one plain line `N passed, N failed` (each test counts once, each quality gate counts once)
// and exits non-zero when anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.ci-out';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const results = [];
let testsPassed = 0;
let testsFailed = 0;

function run(title, command, args) {
  const started = Date.now();
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${title}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${seconds}s`);
  return status === 0;
}

function gate(title, command, args) {
  results.push({ title, ok: run(title, command, args) });
}

/** Adds a step's vitest-style JSON report (numPassedTests, numFailedTests) to the totals. */
function count(title, json, ok) {
  if (!existsSync(json)) return results.push({ title, ok: false });
  const report = JSON.parse(readFileSync(json, 'utf8'));
  testsPassed += report.numPassedTests;
  testsFailed += report.numFailedTests;
  // A step that fails without a failed test (a suite that does not load) still fails the run.
  if (!ok && report.numFailedTests === 0) results.push({ title: `${title} runs`, ok: false });
}

// A real PostgreSQL for the PostgreSQL tests (scripts/test-database.sh): started and given
// a fresh database unless FORTNOX_KIT_TEST_DATABASE_URL names one already.
if (!process.env.FORTNOX_KIT_TEST_DATABASE_URL) {
  const db = spawnSync('bash', ['scripts/test-database.sh'], { encoding: 'utf8' });
  process.stderr.write(db.stderr ?? '');
  if (db.status === 0) process.env.FORTNOX_KIT_TEST_DATABASE_URL = db.stdout.trim();
  else console.log('\n=== no PostgreSQL: the PostgreSQL tests are skipped (they fail under CI)');
}
if (process.env.FORTNOX_KIT_TEST_DATABASE_URL) {
  console.log(`\n=== PostgreSQL for the tests: ${process.env.FORTNOX_KIT_TEST_DATABASE_URL}`);
}

// Node 22 and 24 (and better-sqlite3 built for each) are fetched and compiled in the
// background, at low CPU priority (nice), while the steps below run on this machine's Node;
// each leg waits for its own.
const OTHER_NODES = ['22.23.5', '24.22.3'];
const prepared = new Map(
  OTHER_NODES.map((version) => {
    const log = join(OUT, `prepare-node-${version}.log`);
    const started = Date.now();
    const args = ['-n', '10', 'node', 'scripts/test-other-nodes.mjs', version, '--prepare'];
    const child = spawn('nice', args, {
      stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')],
    });
    const done = new Promise((resolve) => {
      child.on('error', () => resolve({ code: 1, log, seconds: 0 }));
      child.on('exit', (code) => resolve({ code, log, seconds: (Date.now() - started) / 1000 }));
    });
    return [version, done];
  }),
);

gate('typecheck', 'pnpm', ['run', '--silent', 'typecheck']);
gate('lint and format', 'pnpm', ['run', '--silent', 'lint']);

const vitestJson = join(OUT, 'vitest.json');
const vitestOk = run('tests (vitest)', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
count('vitest', vitestJson, vitestOk);

// The node-side tests again on Node 22 and 24 (scripts/test-other-nodes.mjs).
for (const version of OTHER_NODES) {
  const { code, log, seconds } = await prepared.get(version);
  console.log(`\n=== preparing Node ${version} (in the background): exit ${code}, ${seconds}s`);
  if (code !== 0) process.stdout.write(readFileSync(log, 'utf8'));
  const json = join(OUT, `vitest-node-${version}.json`);
  const ok = run(`node tests on Node ${version}`, 'node', [
    'scripts/test-other-nodes.mjs',
    version,
    json,
  ]);
  count(`Node ${version} tests`, json, ok);
}

gate('build', 'pnpm', ['run', '--silent', 'build']);
gate('package checks (publint, attw)', 'node', ['scripts/check-packages.mjs']);

// The packed packages in a scratch app running the host guide's recipes (scripts/consumer-test.mjs).
const consumerJson = join(OUT, 'consumer-test.json');
count(
  'consumer test',
  consumerJson,
  run('consumer test', 'node', ['scripts/consumer-test.mjs', consumerJson]),
);

const gatesPassed = results.filter((r) => r.ok).length;
const gatesFailed = results.length - gatesPassed;
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.title}`);
console.log(
  `tests: ${testsPassed} passed, ${testsFailed} failed; gates: ${gatesPassed}/${results.length}`,
);
const passed = testsPassed + gatesPassed;
const failed = testsFailed + gatesFailed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
