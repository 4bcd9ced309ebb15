// End-to-end smoke test of the demo host page: starts `pnpm demo --ui` on a free port with a
// fresh state folder, drives the page in Debian Chromium (connect through the emulator's
// consent page, sync, settings, send, view invoice, fetch order), runs axe, and stops the server.
// Usage: node stories/demo-host/smoke.mjs [screenshot-dir]   (exit code 1 on any failure)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
// axe-core comes with the Storybook a11y addon.
const a11y = realpathSync(join(repo, 'stories/node_modules/@storybook/addon-a11y/package.json'));
const axeSource = readFileSync(createRequire(a11y).resolve('axe-core/axe.min.js'), 'utf8');
const shots = process.argv[2];
if (shots) mkdirSync(shots, { recursive: true });
const port = 5100 + Math.floor(Math.random() * 800);
const base = `http://127.0.0.1:${port}/`;
const stateDir = mkdtempSync(join(tmpdir(), 'demo-host-smoke-'));
const results = [];
const check = (name, ok) => results.push({ name, ok: !!ok });

const server = spawn('pnpm', ['demo', '--ui', '--port', String(port), '--state-dir', stateDir], {
  cwd: repo,
  detached: true,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ready, fail) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('Öppna')) ready();
  });
  server.on('exit', (code) => fail(new Error(`pnpm demo --ui exited with ${code}:\n${out}`)));
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const shot = (name) => (shots ? page.screenshot({ path: join(shots, `${name}.png`) }) : null);
try {
  await page.goto(base);
  await page.getByText('Inte ansluten till Fortnox.').waitFor({ timeout: 20_000 });
  check('three orders listed', (await page.locator('.order').count()) === 3);
  await shot('demo-smoke-1-start');

  await page.getByRole('button', { name: 'Anslut till Fortnox' }).click();
  await page.waitForURL((url) => url.port !== String(port), { timeout: 15_000 });
  check('"Anslut" opens the emulator consent page', page.url().includes('/oauth-v1/auth'));
  await page.getByRole('button', { name: 'Godkänn' }).click();
  await page.waitForURL(/fortnox=connected/, { timeout: 15_000 });
  await page.getByText(/^Ansluten till /).waitFor({ timeout: 15_000 });
  check('connected after consent', true);
  await page.getByText(/Senaste synk: .*, klar/).waitFor({ timeout: 60_000 });

  await page.waitForFunction(() =>
    [...document.querySelectorAll('button')].some((b) => b.textContent === 'Synk' && !b.disabled),
  );
  await page.getByRole('button', { name: 'Synk', exact: true }).click();
  await page.getByText(/· Manuell · klar/).waitFor({ timeout: 60_000 });
  check('"Synk" adds a finished manual run to the log', true);
  await shot('demo-smoke-2-synced');

  const so = page.locator('#order-so-1001');
  await so.getByRole('button', { name: 'Skicka till Fortnox' }).click();
  await so.getByRole('link', { name: /^Fortnox order \d+$/ }).waitFor({ timeout: 20_000 });
  check('SO-1001 is sent as a Fortnox order', true);

  await page.getByRole('checkbox', { name: 'Skapa faktura direkt' }).check();
  await page.getByRole('checkbox', { name: 'Skapa order från referens' }).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByText('Inställningarna är sparade.').waitFor({ timeout: 10_000 });
  check('settings saved', true);

  const ao = page.locator('#order-ao-2001');
  await ao.getByRole('button', { name: 'Skicka till Fortnox' }).click();
  await ao.getByRole('link', { name: /^Fortnox faktura \d+$/ }).waitFor({ timeout: 20_000 });
  const popup = page.waitForEvent('popup', { timeout: 15_000 });
  await ao.getByRole('button', { name: 'Visa faktura' }).click();
  check('"Visa faktura" opens the invoice PDF', (await popup).url().startsWith('blob:'));

  await page.getByLabel('Ordernummer i Fortnox').fill('12');
  await page.getByRole('button', { name: 'Hämta order' }).click();
  await page
    .locator('.order-fetch [role=status]')
    .getByText(/^Order .+ är skapad\./)
    .waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelectorAll('.order').length === 4);
  check('"Hämta order" creates a host order that the list shows', true);
  await page.locator('#ordrar').scrollIntoViewIfNeeded();
  await shot('demo-smoke-3-orders');

  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`),
  );
  check(`axe: no violations ${violations.join(', ')}`, violations.length === 0);
} catch (error) {
  check(`flow: ${error.message}`, false);
  await shot('demo-smoke-error');
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
  rmSync(stateDir, { recursive: true, force: true });
}
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.name}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
