import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_BASE, startDemoServer } from './demo-server.js';
import { DemoError } from './host-api.js';
import type { DemoText } from './i18n/text.js';
import type { Terminal } from './terminal.js';

/** Options of {@link runUi}. */
export interface RunUiOptions {
  stateDir: string;
  keep: boolean;
  size: number;
  port: number;
  role: 'admin' | 'user';
  term: Terminal;
  text: DemoText;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The demo host page is the React helper's (issue 8): a Vite root with `index.html`, agreed
 * in the coordination note; `FORTNOX_DEMO_PAGE` points elsewhere.
 */
export const DEMO_PAGE_DIR = resolve(ROOT, process.env.FORTNOX_DEMO_PAGE ?? 'stories/demo-host');

/**
 * `pnpm demo --ui`: the emulator, the real integration and handler on one host server, and
 * the demo host page (React components) served from source by Vite in middleware mode.
 * Runs until Ctrl+C.
 */
export async function runUi(options: RunUiOptions): Promise<void> {
  const { term, text } = options;
  const page = join(DEMO_PAGE_DIR, 'index.html');
  if (!existsSync(page)) {
    const where = relative(process.cwd(), page);
    throw new DemoError({
      sv: `Demosidan finns inte (${where}). \`pnpm demo\` utan --ui kör hela flödet i terminalen.`,
      en: `The demo host page is missing (${where}). \`pnpm demo\` without --ui runs the whole flow in the terminal.`,
    });
  }
  const { createServer } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  let vite: Awaited<ReturnType<typeof createServer>> | undefined;
  const demo = await startDemoServer({
    stateDir: options.stateDir,
    keep: options.keep,
    size: options.size,
    port: options.port,
    role: options.role,
    statusPollIntervalMs: 5000,
    // Started once connected (below): before that a scheduled run would only fail.
    startBackground: false,
    extraRoutes(req, res, next) {
      if (req.url?.startsWith(`${API_BASE}/`)) return next();
      if (req.url?.startsWith('/api/demo/')) return serveDemoApi(req, res);
      if (!vite) return void res.writeHead(503).end('Starting…');
      vite.middlewares(req, res, () => res.writeHead(404).end('Not found'));
    },
  });
  vite = await createServer({
    root: DEMO_PAGE_DIR,
    configFile: existsSync(join(DEMO_PAGE_DIR, 'vite.config.ts'))
      ? join(DEMO_PAGE_DIR, 'vite.config.ts')
      : false,
    appType: 'spa',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['@fortnox-kit/source', 'browser', 'module', 'import', 'default'] },
    server: { middlewareMode: true, hmr: false, ws: false },
  });

  // The hourly sync and status polling start after the first sync that connecting starts
  // (at once when a kept state is already connected): before that a scheduled run could
  // only fail, and right after connecting it would race the connect run.
  let started = false;
  const startBackground = () => {
    if (started) return;
    started = true;
    demo.integration.start();
  };
  demo.integration.sync.subscribe((event) => {
    if (event.event === 'finished' && event.data.trigger === 'connect') startBackground();
  });
  if ((await demo.integration.connection.load()).status === 'connected') startBackground();

  function serveDemoApi(req: IncomingMessage, res: ServerResponse) {
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/api/demo/me') return json({ role: options.role });
    if (req.url === '/api/demo/orders') {
      return void demo.registers.customers.changedSince(null, 10_000).then(({ records }) => {
        const names = new Map(records.map((c) => [c.id, c.name]));
        json({
          orders: demo.orders.all().map((o) => ({
            id: o.id,
            orderNumber: o.number,
            kind: o.kind,
            customerName: names.get(o.customerId) ?? o.customerId,
            title: o.description ?? o.number,
          })),
        });
      });
    }
    res.writeHead(404).end('Not found');
  }

  term.line(term.bold(text.uiTitle));
  term.ok(text.ui.emulatorAt(demo.mock.url, options.size));
  term.ok(text.ui.handlerAt(demo.apiUrl, relative(process.cwd(), demo.statePath)));
  term.ok(text.ui.page(relative(process.cwd(), DEMO_PAGE_DIR), options.role));
  term.line();
  term.info(text.ui.open(term.bold(`${demo.url}/`)));
  term.info(term.dim(text.ui.stop));
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await vite.close();
  await demo.close();
}
