import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs `pnpm demo` (the same command line) with plain output, as CI does. */
function runDemo(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      TSX,
      [
        '--tsconfig',
        'demo/tsconfig.json',
        '--conditions=@fortnox-kit/source',
        'demo/main.ts',
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => done({ code, output }));
  });
}

describe('pnpm demo', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'fortnox-kit-demo-'));
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('runs the whole integration unattended, exits 0 and prints every milestone', async () => {
    const { code, output } = await runDemo(['--state-dir', stateDir]);
    expect(output, output).toContain('DEMO OK');
    expect(code).toBe(0);
    // OAuth through the consent page and the handler's callback.
    expect(output).toMatch(/Samtyckessidan "Godkänn integration"/);
    expect(output).toMatch(/callback http:\/\/127\.0\.0\.1:\d+\/api\/fortnox\/oauth\/callback\?/);
    expect(output).toContain('Ansluten till Fjäll Kyl & Värme AB');
    // Sync with a plain-text progress bar (no TTY redraws, no colours under CI).
    expect(output).toMatch(/Kunder {3}\[█{20}\] 100% 50\/50/);
    expect(output).toMatch(/Artiklar \[█{20}\] 100% 50\/50/);
    expect(output).toMatch(/Kunder {2}: \d+ skapade, .* 0 fel/);
    expect(output).not.toContain('\u001b[');
    // Three documents, printed as boxes.
    expect(output).toMatch(/┌─ Fortnox order \d+ /);
    expect(output).toMatch(/┌─ Fortnox faktura \d+ /);
    expect(output.match(/┌─ Fortnox (order|faktura) \d+/g)).toHaveLength(3);
    expect(output).toContain('Maskin :ATLAS COPCO GA 10');
    expect(output).toMatch(/Skickad igen → .*ingen dubblett/);
    // The invoice PDF, left unsent; then sent inside Fortnox and reported back.
    expect(output).toContain('Fakturan är fortfarande ej skickad i Fortnox');
    expect(output).toMatch(/Värdorder AO-2001: sent → invoiced/);
    expect(output).toContain('utan ett enda 429');
    expect(output).toContain('what to look at next');
    const pdf = readdirSync(stateDir).find((f) => /^faktura-\d+\.pdf$/.test(f));
    expect(pdf).toBeDefined();
    expect(
      readFileSync(join(stateDir, pdf ?? ''))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(existsSync(join(stateDir, 'fortnox-kit.sqlite'))).toBe(true);
  }, 240_000);

  it('exits non-zero with a clear message when it cannot run', async () => {
    const { code, output } = await runDemo(['--state-dir', stateDir, '--size', '3']);
    expect(code).toBe(1);
    expect(output).toContain('✖ Demo failed: --size must be a whole number ≥ 10.');
  }, 60_000);
});
