import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeDemoOutput, sumOfCounts } from './demo-output.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const GOLDEN = join(import.meta.dirname, 'golden');

interface DemoRun {
  code: number | null;
  output: string;
  stateDir: string;
}

/**
 * Runs `pnpm demo` (the same command line) with plain output, as CI does: no terminal, so
 * no redraws and no colours. It runs from the temp folder with a relative `--state-dir`, so
 * the paths it prints have the same length on every machine.
 */
function runDemo(args: string[]): Promise<DemoRun> {
  const stateDir = mkdtempSync(join(tmpdir(), 'fortnox-kit-demo-'));
  const command = [
    '--tsconfig',
    join(ROOT, 'demo/tsconfig.json'),
    '--conditions=@fortnox-kit/source',
    join(ROOT, 'demo/main.ts'),
    '--state-dir',
    basename(stateDir),
    ...args,
  ];
  return new Promise((done) => {
    const child = spawn(TSX, command, {
      cwd: tmpdir(),
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => done({ code, output, stateDir }));
  });
}

/** Compares with `golden/<name>` (normalized); `UPDATE_GOLDEN=1` rewrites the file instead. */
function expectGolden(run: DemoRun, name: string) {
  const actual = normalizeDemoOutput(run.output, basename(run.stateDir));
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const columns = (line: string) => [...line].length;

// One run per language, started by the first test that needs them. One after the other:
// two at once on a busy machine can trip the emulator's (strict) rate limit.
let started: { sv: Promise<DemoRun>; en: Promise<DemoRun> } | undefined;
const runs = () => {
  if (!started) {
    const sv = runDemo([]);
    started = { sv, en: sv.then(() => runDemo(['--lang', 'en'])) };
  }
  return started;
};
afterAll(async () => {
  for (const run of await Promise.all(Object.values(started ?? {})))
    rmSync(run.stateDir, { recursive: true, force: true });
});

describe('pnpm demo', () => {
  it('runs the whole integration unattended in Swedish, as the golden text shows', async () => {
    const run = await runs().sv;
    expect(run.output, run.output).toContain('DEMO OK');
    expect(run.code).toBe(0);
    expectGolden(run, 'demo.sv.txt');
    const pdf = readdirSync(run.stateDir).find((f) => /^faktura-\d+\.pdf$/.test(f));
    expect(
      readFileSync(join(run.stateDir, pdf ?? ''))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(existsSync(join(run.stateDir, 'fortnox-kit.sqlite'))).toBe(true);
  }, 240_000);

  it('runs in English with --lang en, as the golden text shows', async () => {
    const run = await runs().en;
    expect(run.output, run.output).toContain('DEMO OK');
    expect(run.code).toBe(0);
    expectGolden(run, 'demo.en.txt');
  }, 240_000);

  it('fits every line in 80 columns, without colours or redraws', async () => {
    for (const run of await Promise.all(Object.values(runs()))) {
      const wide = run.output.split('\n').filter((line) => columns(line) > 80);
      expect(wide).toEqual([]);
      expect(run.output).not.toContain('\u001b[');
      expect(run.output).not.toContain('\r');
    }
  }, 240_000);

  it("prints per register a processed count that the summary's counts add up to", async () => {
    for (const [lang, run] of Object.entries(runs())) {
      const { output } = await run;
      for (const register of lang === 'sv' ? ['Kunder', 'Artiklar'] : ['Customers', 'Articles']) {
        const processed = new RegExp(`^  ${register} +\\d+ .*?(\\d+) (behandlade|processed)$`, 'm');
        const summary = new RegExp(`✔ ${register}: (.*)$`, 'm');
        const count = Number(processed.exec(output)?.[1]);
        expect(count, `${lang} ${register}`).toBeGreaterThan(0);
        expect(sumOfCounts(summary.exec(output)?.[1] ?? ''), `${lang} ${register}`).toBe(count);
      }
    }
  }, 240_000);

  it('exits non-zero with a clear message in the run language when it cannot run', async () => {
    const sv = await runDemo(['--size', '3']);
    const en = await runDemo(['--size', '3', '--lang', 'en']);
    for (const run of [sv, en]) rmSync(run.stateDir, { recursive: true, force: true });
    expect([sv.code, en.code]).toEqual([1, 1]);
    expect(sv.output).toContain('✖ Demon misslyckades: --size måste vara ett heltal ≥ 10.');
    expect(en.output).toContain('✖ Demo failed: --size must be a whole number ≥ 10.');
  }, 60_000);
});
