#!/usr/bin/env node
// Packaging checks for every published package: publint (strict), @arethetypeswrong/cli
// (ESM-only profile), and the consumer check (tarballs hold LICENSE and README; installed
// outside the workspace they type-check with skipLibCheck: false; scripts/check-consumer.mjs).
// Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkConsumer } from './check-consumer.mjs';

const packages = readdirSync('packages').map((name) => join('packages', name));
let failed = 0;
for (const dir of packages) {
  for (const [command, args] of [
    ['pnpm', ['exec', 'publint', '--strict', dir]],
    ['pnpm', ['exec', 'attw', '--pack', dir, '--profile', 'esm-only', '--quiet']],
  ]) {
    const { status } = spawnSync(command, args, { stdio: 'inherit' });
    console.log(`${status === 0 ? 'ok  ' : 'FAIL'}  ${dir}: ${args[1]}`);
    if (status === 0) continue;
    failed++;
    // --quiet hides attw's findings; print them when it failed.
    if (args[1] === 'attw') spawnSync(command, args.slice(0, -1), { stdio: 'inherit' });
  }
}

const problems = checkConsumer();
for (const problem of problems) console.log(problem);
console.log(
  `${problems.length === 0 ? 'ok  ' : 'FAIL'}  consumer: tarballs with LICENSE + README, tsc with skipLibCheck: false, no @types/better-sqlite3`,
);
if (problems.length) failed++;

console.log(failed === 0 ? 'package checks: all passed' : `package checks: ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
