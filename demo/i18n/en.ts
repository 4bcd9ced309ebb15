import type { DemoText } from './text.js';

export const en: DemoText = {
  title: 'fortnox-kit demo — the whole integration against the Fortnox emulator',
  uiTitle: 'fortnox-kit demo — the host page with the React components',
  failed: 'Demo failed',
  register: { customers: 'Customers', articles: 'Articles' },
  step: {
    start: 'The Fortnox emulator and the host app start',
    connect: 'Connect to Fortnox (OAuth 2, authorization code)',
    sync: 'The customer and article registers sync in the background',
    send: (title) => `Send ${title}`,
    pdf: (invoice) => `Show invoice ${invoice} as a PDF (without sending it)`,
    userSends: (invoice) => `A user sends invoice ${invoice} inside Fortnox`,
    done: 'Done',
  },
  emulatorAt: (url, size) =>
    `Fortnox emulator at ${url} (seed 1, ${size} customers and ${size} articles, every Fortnox rule on)`,
  hostAt: (url, apiUrl) => `The host app at ${url}, createFortnoxHandler mounted at ${apiUrl}`,
  stateIn: (path, kept) =>
    `State in SQLite: ${path} ${kept ? `(kept; new connection ${kept})` : '(new)'}`,
  consent: (title, company, scopes) =>
    `The consent page "${title}": company ${company}, scopes ${scopes}`,
  approved: (url) => `Approved → callback ${url}`,
  exchanged: (landedOn) => `The code exchanged for tokens (stored encrypted) → back to ${landedOn}`,
  connectedTo: (company, orgNo) => `Connected to ${company} (${orgNo})`,
  progressRead: (done, total) => `${done}/${total} from Fortnox`,
  progressWrite: (processed) => `${processed} processed, writing to Fortnox …`,
  progressLine: (read, processed) =>
    [
      read === null ? null : `${read} read from Fortnox`,
      processed === null ? null : `${processed} processed`,
    ]
      .filter(Boolean)
      .join(', '),
  counts: (c) =>
    `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped, ${c.failed} failed`,
  background: 'Background jobs run: a sync every hour, invoice status every 2 seconds',
  createdCustomer: (n) =>
    `Bergs Fastigheter AB was only in the host app → created as Fortnox customer ${n}`,
  matchedCustomer: (n) => `Södra Måleri AB matched by organisation number → Fortnox customer ${n}`,
  createdArticle: (n) => `Article SERV-100 was only in the host app → created in Fortnox (${n})`,
  notLinked: '(not linked)',
  hostCustomers: (count) =>
    `The host app now has ${count} customers (the Fortnox customers imported)`,
  settings: (highlights) => `Settings: ${highlights}`,
  reference: (target, number, state) =>
    `The host order has the integration reference ${target} ${number}; status "${state}"`,
  sentAgainSame: (n) => `Sent again → the same Fortnox document ${n}, no duplicate`,
  sentAgainRefused: (code) => `Sent again → refused (${code}), no duplicate`,
  pdfSaved: (path, bytes, type) => `${path} (${bytes} bytes, ${type})`,
  stillUnsent: 'The invoice is still unsent in Fortnox (preview, never print)',
  markedSent: 'Fortnox: the invoice marked as sent (the emulator control API, as a user)',
  waiting: (state) =>
    `Host order AO-2001 was "${state}" — waiting for the host app to see the change …`,
  waitingStatus: (state, invoiceState) => `status: ${state}, invoice ${invoiceState}`,
  invoiced: (from, to, invoice, state) =>
    `Host order AO-2001: ${from} → ${to} (invoice ${invoice}: ${state})`,
  total: (seconds, requests) =>
    `The whole flow took ${seconds} s and ${requests} Fortnox API calls, without a single 429`,
  nextTitle: 'What to look at next',
  next: {
    pdf: 'the invoice PDF the "Visa faktura" button shows',
    sqlite: 'what the kit remembers: links, sync runs, send journal, encrypted tokens',
    ui: 'the same integration in the browser: React components on the real handler',
    keep: 'keep earlier runs in the database; each run adds a connection',
    server: 'how a host wires createIntegration and createFortnoxHandler',
    guide: 'the handler in Express, Hono and Next; going to real Fortnox',
    settings: 'every setting, generated from the core metadata',
    emulator: "the emulator alone, for curl (the control API in mock-server's README)",
  },
  ui: {
    emulatorAt: (url, size) => `Fortnox emulator at ${url} (seed 1, ${size} records per register)`,
    handlerAt: (apiUrl, statePath) => `Handler at ${apiUrl}, state in ${statePath}`,
    page: (dir, role) => `The page: ${dir}/ (role: ${role})`,
    open: (url) => `Open ${url} — "Anslut" opens the emulator's consent page.`,
    stop: 'Ctrl+C stops.',
  },
};
