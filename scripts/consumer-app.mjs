// A scratch app outside the workspace with the published packages installed as a consumer
// gets them: `pnpm pack` each package (checking the tarball holds LICENSE, README.md and
// dist/), then `pnpm install` the tarballs plus the app's own dependencies. Shared by the
// type-check of scripts/check-consumer.mjs and the recipes run by scripts/consumer-test.mjs.
// Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = ['core', 'react', 'mock-server'];
const REQUIRED_FILES = ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts'];

/** Runs a command to its end; `ok` and the combined output. */
export function sh(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
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

/**
 * Packs the three packages into `scratch/tarballs` and installs them into `scratch/app`
 * with `dependencies` and `devDependencies` (exact versions). Returns the app's directory
 * and the problems found (empty when it is ready).
 */
export function createConsumerApp(scratch, { dependencies, devDependencies, allowBuilds = {} }) {
  const tarballs = join(scratch, 'tarballs');
  const app = join(scratch, 'app');
  mkdirSync(app, { recursive: true });
  const packed = PACKAGES.map((dir) => pack(join(ROOT, 'packages', dir), tarballs));
  const problems = packed.flatMap((p) => p.problems);
  if (problems.length) return { app, problems };

  const fromTarball = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  writeJson(join(app, 'package.json'), {
    name: 'fortnox-kit-consumer',
    private: true,
    type: 'module',
    dependencies: { ...fromTarball, ...dependencies },
    devDependencies,
  });
  // The packed dependents name @fortnox-kit/core by version; take it from the tarball too.
  const builds = Object.entries({ msw: false, ...allowBuilds });
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(fromTarball)
      .map(([name, spec]) => `  "${name}": "${spec}"\n`)
      .join('')}allowBuilds:\n${builds
      .map(([name, allowed]) => `  "${name}": ${allowed}\n`)
      .join('')}updateNotifier: false\n`,
  );
  const install = sh('pnpm', ['install', '--prefer-offline'], app);
  if (!install.ok) problems.push(`installing the tarballs failed:\n${install.output}`);
  return { app, problems };
}

export function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
