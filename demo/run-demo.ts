import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OrderStatus, SettingsResponse } from '@fortnox-kit/core/contract';
import { startDemoServer } from './demo-server.js';
import { createHostApi, DemoError, type HostApi } from './host-api.js';
import { sendScenarios } from './host-data.js';
import { connectThroughOAuth } from './oauth.js';
import { type FortnoxDocument, renderDocument } from './print-document.js';
import { followSync } from './sync-progress.js';
import type { Terminal } from './terminal.js';

/** Options of {@link runDemo}. */
export interface RunDemoOptions {
  stateDir: string;
  keep: boolean;
  size: number;
  term: Terminal;
}

/**
 * The unattended end-to-end demo: emulator, OAuth, sync, three sends under different
 * settings, the invoice PDF, an invoice sent inside Fortnox reported back as "invoiced".
 */
export async function runDemo({ stateDir, keep, size, term }: RunDemoOptions): Promise<void> {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const shown = (path: string) => relative(process.cwd(), path) || path;

  term.step(1, 'Fortnox-emulatorn och värdappen startar');
  // The background loops start once connected (step 3), so the first run is the one
  // connecting starts and the progress bar shows it alone.
  const demo = await startDemoServer({ stateDir, keep, size, startBackground: false });
  try {
    const api = createHostApi(demo.apiUrl);
    term.ok(
      `Fortnox-emulator på ${demo.mock.url} (seed 1, ${size} kunder och ${size} artiklar, alla Fortnox-regler på)`,
    );
    term.ok(`Värdappen på ${demo.url}, createFortnoxHandler monterad på ${demo.apiUrl}`);
    term.ok(
      `Tillstånd i SQLite: ${shown(demo.statePath)}${keep ? ` (behållet; ny anslutning ${demo.integration.connectionId})` : ' (nytt)'}`,
    );

    term.step(2, 'Anslut till Fortnox (OAuth 2, authorization code)');
    const sync = followSync(demo.apiUrl, term);
    const trace = await connectThroughOAuth(api, demo.apiUrl);
    term.ok(
      `Samtyckessidan "${trace.consentTitle}": företag ${trace.companyChoice}, behörigheter ${trace.scopes}`,
    );
    term.ok(`Godkänt → callback ${trace.callbackUrl}`);
    term.ok(`Koden bytt mot token (lagrad krypterad) → tillbaka till ${trace.landedOn}`);
    const company = trace.state.company;
    term.ok(
      `Ansluten till ${term.bold(company?.name ?? '?')} (${company?.organisationNumber ?? ''})`,
    );

    term.step(3, 'Kund- och artikelregistren synkas i bakgrunden');
    sync.show();
    const run = await withTimeout(
      sync.finished,
      150_000,
      'The first sync did not finish in 150 s.',
    );
    sync.stop();
    for (const [register, counts] of Object.entries(run.counts)) {
      const name = register === 'customers' ? 'Kunder  ' : 'Artiklar';
      term.ok(
        `${name}: ${counts.created} skapade, ${counts.updated} uppdaterade, ${counts.unchanged} oförändrade, ${counts.failed} fel`,
      );
    }
    if (run.result !== 'ok')
      throw new DemoError(
        `The sync ended ${run.result}: ${run.message ?? JSON.stringify(run.errors.slice(0, 3))}`,
      );
    demo.integration.start();
    term.ok('Bakgrundsjobben körs: synk varje timme, fakturastatus var 2:a sekund');
    const link = async (register: 'customers' | 'articles', hostId: string) =>
      (await demo.store.getLinkByHostId(demo.integration.connectionId, register, hostId))
        ?.fortnoxNumber ?? '(ej länkad)';
    term.info(
      `Bergs Fastigheter AB fanns bara i värdappen → skapad som Fortnox-kund ${await link('customers', 'kund-berg')}`,
    );
    term.info(
      `Södra Måleri AB matchad på organisationsnummer → Fortnox-kund ${await link('customers', 'kund-sodra')}`,
    );
    term.info(
      `Artikel SERV-100 fanns bara i värdappen → skapad i Fortnox (${await link('articles', 'art-serv')})`,
    );
    const hostCount = (await demo.registers.customers.changedSince(null, 10_000)).records.length;
    term.info(`Värdappen har nu ${hostCount} kunder (Fortnox-kunderna importerade)`);

    const documents = new Map<string, OrderStatus>();
    let stepNo = 4;
    for (const scenario of sendScenarios) {
      term.step(stepNo++, `Skicka ${scenario.title}`);
      await api.put<SettingsResponse>('/settings', { settings: scenario.settings });
      term.info(term.dim(`Inställningar: ${scenario.highlights.join(' · ')}`));
      const status = await api.post<OrderStatus>(`/orders/${scenario.orderId}/send`);
      if (!status.reference)
        throw new DemoError(
          `${scenario.orderId} was not sent: ${JSON.stringify(status.lastError)}`,
        );
      documents.set(scenario.orderId, status);
      const doc = await readDocument(demo.integration, status.reference);
      for (const line of renderDocument(doc)) term.info(line);
      term.ok(
        `Värdordern har integrationsreferensen ${status.reference.target} ${status.reference.documentNumber}; status "${status.state}"`,
      );
      if (scenario.orderId === 'so-1001') await showSendingTwice(api, term, scenario.orderId);
    }

    const invoiceOrder = 'ao-2001';
    const invoiceNumber = documents.get(invoiceOrder)?.reference?.documentNumber ?? '';
    term.step(stepNo++, `Visa faktura ${invoiceNumber} som PDF (utan att den skickas)`);
    const pdf = await api.download(`/orders/${invoiceOrder}/invoice.pdf`);
    const header = new TextDecoder().decode(pdf.bytes.slice(0, 5));
    if (header !== '%PDF-')
      throw new DemoError(`The invoice view is not a PDF (${pdf.contentType}).`);
    const pdfPath = join(stateDir, `faktura-${invoiceNumber}.pdf`);
    writeFileSync(pdfPath, pdf.bytes);
    term.ok(`${shown(pdfPath)} (${pdf.bytes.length} byte, ${pdf.contentType})`);
    const afterView = await demo.integration.client.invoices.get(invoiceNumber);
    if (afterView.Sent) throw new DemoError('Viewing the invoice marked it sent in Fortnox.');
    term.ok(`Fakturan är fortfarande ${term.bold('ej skickad')} i Fortnox (preview, aldrig print)`);

    term.step(stepNo++, `En användare skickar faktura ${invoiceNumber} inne i Fortnox`);
    await actAsFortnoxUser(demo.mock.url, demo.mock.demo.tenantId, 'sendInvoice', [invoiceNumber]);
    term.ok('Fortnox: fakturan markerad som skickad (emulatorns kontroll-API, som en användare)');
    const before = await api.get<OrderStatus>(`/orders/${invoiceOrder}/status`);
    term.info(
      `Värdorder AO-2001 nu: "${before.state}" — väntar på att statusbevakningen ser ändringen …`,
    );
    const invoiced = await waitForInvoiced(api, invoiceOrder, term);
    term.ok(
      `Värdorder AO-2001: ${term.bold(`${before.state} → ${invoiced.state}`)} (faktura ${invoiced.invoice?.documentNumber}: ${invoiced.invoice?.state})`,
    );

    term.step(stepNo++, 'Klart');
    const counts = await emulatorRequestCount(demo.mock.url, demo.mock.demo.tenantId);
    term.ok(
      `Hela flödet tog ${seconds()} s och ${counts} anrop mot Fortnox-API:t, utan ett enda 429`,
    );
    printNext(term, shown(demo.statePath), shown(pdfPath));
  } finally {
    await demo.close();
  }
}

/** A second click on "Skicka till Fortnox" must never make a second document. */
async function showSendingTwice(api: HostApi, term: Terminal, orderId: string) {
  const before = await api.get<OrderStatus>(`/orders/${orderId}/status`);
  try {
    const again = await api.post<OrderStatus>(`/orders/${orderId}/send`);
    const same = again.reference?.documentNumber === before.reference?.documentNumber;
    if (!same)
      throw new DemoError(
        `Sending twice made a second document: ${JSON.stringify(again.reference)}`,
      );
    term.ok(
      `Skickad igen → samma Fortnox-dokument ${again.reference?.documentNumber}, ingen dubblett`,
    );
  } catch (error) {
    if (!(error instanceof DemoError) || !/ 409 /.test(error.message)) throw error;
    term.ok(
      `Skickad igen → nekad (${error.message.replace(/^.* 409 \(/, '').replace(/\)$/, '')}), ingen dubblett`,
    );
  }
}

async function readDocument(
  integration: Awaited<ReturnType<typeof startDemoServer>>['integration'],
  reference: NonNullable<OrderStatus['reference']>,
): Promise<FortnoxDocument> {
  if (reference.target === 'order') {
    return {
      kind: 'order',
      document: await integration.client.orders.get(reference.documentNumber),
    };
  }
  return {
    kind: 'invoice',
    document: await integration.client.invoices.get(reference.documentNumber),
  };
}

/** The emulator's control API over HTTP: what a user does inside Fortnox. */
async function actAsFortnoxUser(
  mockUrl: string,
  tenantId: number,
  action: string,
  args: unknown[],
) {
  const response = await fetch(`${mockUrl}/__emulator/tenants/${tenantId}/act`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, args }),
  });
  if (!response.ok)
    throw new DemoError(`Emulator action ${action} failed: ${await response.text()}`);
}

async function waitForInvoiced(
  api: HostApi,
  orderId: string,
  term: Terminal,
): Promise<OrderStatus> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await api.get<OrderStatus>(`/orders/${orderId}/status`);
    if (status.state === 'invoiced') return status;
    if (Date.now() > deadline)
      throw new DemoError(`${orderId} was not reported invoiced within 60 s.`);
    term.status(`status: ${status.state}, faktura ${status.invoice?.state ?? '?'}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function emulatorRequestCount(mockUrl: string, tenantId: number) {
  const response = await fetch(`${mockUrl}/__emulator/requests?tenantId=${tenantId}`);
  const body = (await response.json()) as { requests: { status: number }[] };
  if (body.requests.some((r) => r.status === 429))
    throw new DemoError('The emulator answered 429.');
  return body.requests.length;
}

function printNext(term: Terminal, statePath: string, pdfPath: string) {
  term.line();
  term.line(term.bold('Titta vidare / what to look at next'));
  const items = [
    [`open ${pdfPath}`, 'the invoice PDF the "Visa faktura" button shows'],
    [
      `sqlite3 ${statePath} .tables`,
      'what the kit remembers: links, sync runs, send journal, encrypted tokens',
    ],
    ['pnpm demo --ui', 'the same integration in the browser: React components on the real handler'],
    ['pnpm demo --keep', 'keep earlier runs in the database; each run adds a connection'],
    [
      'demo/demo-server.ts',
      'how a host wires createIntegration + createFortnoxHandler, in one file',
    ],
    ['docs/host-guide.md', 'mounting the handler in Express, Hono and Next; going to real Fortnox'],
    ['docs/settings.md', 'every setting, generated from the core metadata'],
    [
      'pnpm --filter @fortnox-kit/mock-server fortnox-mock --port 0',
      'the emulator alone, for curl',
    ],
  ] as const;
  for (const [what, why] of items) term.info(`${what.padEnd(62)} ${term.dim(why)}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DemoError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
