// Runs inside the scratch consumer app: for each recipe, a fresh Fortnox emulator (from the
// installed @fortnox-kit/mock-server tarball), the recipe's server as its own process, and
// connect, sync, send and PDF over HTTP. Usage: node scenario.mjs <results.json> <recipe>...
// Each step is one test; a step after a failed one counts as failed (not run).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startFortnoxMock } from '@fortnox-kit/mock-server/node';

const RECIPES = {
  express: ['node', ['build/express-main.js']],
  hono: ['node', ['build/hono-main.js']],
  next: ['node', ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p']],
};
const admin = { cookie: 'session=admin-session', 'x-fortnox-kit': '1' };
const check = (ok, message) => {
  if (!ok) throw new Error(message);
};

function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitFor(what, probe, tries = 600) {
  for (let i = 0; i < tries; i++) {
    if (await probe().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const STEPS = [
  [
    'refuses a request without a session',
    async ({ base }) => {
      const response = await fetch(`${base}/api/fortnox/connection`);
      check(response.status === 401, `status ${response.status}`);
    },
  ],
  [
    'connects through OAuth on the emulator',
    async ({ base, api, mock }) => {
      const connect = await api('/connection/connect', {
        method: 'POST',
        body: JSON.stringify({ mode: 'redirect', returnTo: '/' }),
      });
      const connectBody = await connect.text();
      check(connect.status === 200, `connect: ${connect.status} ${connectBody}`);
      const consent = new URL(JSON.parse(connectBody).authorizeUrl);
      consent.searchParams.set('tenant_id', String(mock.demo.tenantId));
      consent.searchParams.set('decision', 'allow');
      const callback = (await fetch(consent, { redirect: 'manual' })).headers.get('location') ?? '';
      check(callback.startsWith(`${base}/api/fortnox/oauth/callback`), `callback ${callback}`);
      const back = await fetch(callback, { headers: admin, redirect: 'manual' });
      check(back.status === 302, `callback answered ${back.status}`);
      const state = await (await api('/connection')).json();
      check(state.status === 'connected', `connection ${JSON.stringify(state)}`);
    },
  ],
  [
    'syncs customers and articles',
    async ({ api }) => {
      const idle = async () => !(await (await api('/sync/status')).json()).running;
      await waitFor('the sync started on connect', idle);
      const started = await api('/sync', { method: 'POST', body: '{}' });
      const startedBody = await started.text();
      check(started.status === 202, `POST /sync: ${started.status} ${startedBody}`);
      const { runId } = JSON.parse(startedBody);
      await waitFor('the sync', idle);
      const { runs } = await (await api('/sync/status')).json();
      const run = runs.find((r) => r.id === runId);
      check(run?.result === 'ok', `sync run ${JSON.stringify(run)}`);
    },
  ],
  [
    'sends an order',
    async ({ api }) => {
      const sent = await api('/orders/AO-1/send', { method: 'POST', body: '{}' });
      const body = await sent.text();
      check(sent.status === 200, `send: ${sent.status} ${body}`);
      const status = JSON.parse(body);
      check(status.state === 'sent' && status.reference?.target === 'order', body);
    },
  ],
  [
    'serves the order confirmation PDF',
    async ({ api }) => {
      const pdf = await api('/orders/AO-1/confirmation.pdf');
      check(pdf.status === 200, `PDF: ${pdf.status}`);
      check(pdf.headers.get('content-type')?.includes('application/pdf'), 'content-type');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      check(bytes.subarray(0, 5).toString() === '%PDF-', 'the body is no PDF');
    },
  ],
];

async function runRecipe(name, results) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const mock = await startFortnoxMock({
    size: 10,
    redirectUri: `${base}/api/fortnox/oauth/callback`,
  });
  const [command, args] = RECIPES[name];
  const env = {
    ...process.env,
    PORT: String(port),
    APP_URL: base,
    FORTNOX_URL: mock.url,
    FORTNOX_CLIENT_ID: mock.demo.clientId,
    FORTNOX_CLIENT_SECRET: mock.demo.clientSecret,
  };
  const server = spawn(command, name === 'next' ? [...args, String(port)] : args, { env });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const api = (path, init = {}) =>
    fetch(`${base}/api/fortnox${path}`, {
      ...init,
      headers: { ...admin, 'content-type': 'application/json', ...init.headers },
    });
  let failed = false;
  try {
    await waitFor(`the ${name} server`, () =>
      fetch(`${base}/api/fortnox/connection`).then(() => true),
    );
    for (const [title, step] of STEPS) {
      const test = { title: `${name}: ${title}`, ok: false };
      results.push(test);
      if (failed) {
        test.error = 'not run: an earlier step failed';
        continue;
      }
      try {
        await step({ base, api, mock });
        test.ok = true;
      } catch (error) {
        failed = true;
        test.error = `${error.message}\n--- server output ---\n${output}`;
      }
    }
  } catch (error) {
    for (const [title] of STEPS)
      results.push({ title: `${name}: ${title}`, ok: false, error: `${error.message}\n${output}` });
  } finally {
    server.kill('SIGTERM');
    await mock.close();
  }
}

const [outFile, ...recipes] = process.argv.slice(2);
const results = [];
for (const name of recipes) await runRecipe(name, results);
writeFileSync(outFile, JSON.stringify(results, null, 2));
process.exit(0);
