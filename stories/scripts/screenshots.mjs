#!/usr/bin/env node
// Serves the built Storybook (storybook-static) on 127.0.0.1 and takes screenshots of
// stories in Debian's Chromium with playwright-core, after each story's play function has
// run. Usage: node stories/scripts/screenshots.mjs <storybook-static> <out-dir>
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const [root = 'stories/storybook-static', out = 'screens'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Story id, file name, the text that shows its play function is done, optional element to shoot. */
const SHOTS = [
  ['fortnox-fortnoxsettingsform--saved-settings', 'settings-form', 'Serviceobjektsprefix'],
  [
    'fortnox-fortnoxsettingsform--price-sync-backup-warning',
    'settings-price-sync-warning',
    'backup INNAN',
    'fieldset > fieldset:has(#fnx-setting-syncPrices)',
  ],
  [
    'fortnox-fortnoxsettingsform--server-error-at-the-field',
    'settings-server-error',
    'En kod saknas i Fortnox',
    'fieldset > fieldset:has(#fnx-setting-costCenter)',
  ],
  ['fortnox-order-buttons--ready-to-send', 'order-ready-to-send', 'Ingen faktura ännu.'],
  ['fortnox-order-buttons--sending', 'order-sending', 'Skickar…'],
  ['fortnox-order-buttons--sent', 'order-sent', 'Skickad som order'],
  ['fortnox-order-buttons--invoiced', 'order-invoiced', 'Fakturerad: faktura'],
  ['fortnox-order-buttons--send-failed', 'order-send-failed', 'Kunde inte skicka'],
  [
    'fortnox-order-buttons--not-ready-for-invoicing',
    'order-not-ready',
    'inte klar för fakturering',
  ],
  ['fortnox-fortnoxconnect--connected', 'connect-connected', 'Ansluten till'],
  ['fortnox-fortnoxsyncstatus--last-run-with-record-errors', 'sync-status', 'Ogiltig e-postadress'],
  ['fortnox-fetchorderfromfortnox--fetched', 'fetch-order', 'är skapad'],
  [
    'real-handler-emulator-host-page--send-to-fortnox',
    'real-handler-host-page',
    'Skickad som order',
  ],
];

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
let failed = 0;
const selected = SHOTS.filter(([, n]) => !process.env.ONLY || n.includes(process.env.ONLY));
for (const [id, name, text, element] of selected) {
  const context = await browser.newContext({
    viewport: { width: 900, height: 700 },
    locale: 'sv-SE',
  });
  const page = await context.newPage();
  if (process.env.DEBUG)
    page.on('requestfinished', async (r) =>
      console.log('  req:', r.method(), r.url(), (await r.response())?.status()),
    );
  if (process.env.DEBUG)
    page.on(
      'request',
      (r) => r.url().includes('/api/') && console.log('  start:', r.method(), r.url()),
    );
  if (process.env.DEBUG)
    page.on('requestfailed', (r) =>
      console.log('  failed:', r.method(), r.url(), r.failure()?.errorText),
    );
  if (process.env.DEBUG)
    page.on('console', (m) => console.log('  console:', m.type(), m.text().slice(0, 3000)));
  try {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    await page.getByText(text).first().waitFor({ timeout: 40_000 });
    // A full-page shot would paint the sticky save bar mid-page: let it sit at the end.
    await page.addStyleTag({ content: '.fnx-sticky{position:static!important}' });
    await page.waitForTimeout(300);
    const path = join(out, `${name}.png`);
    if (element) await page.locator(element).screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
    console.log(`ok    ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${name}: ${error.message.split('\n')[0]}`);
    await page.screenshot({ path: join(out, `FAILED-${name}.png`), fullPage: true });
  }
  await context.close();
}
await browser.close();
server.close();
console.log(`${selected.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
