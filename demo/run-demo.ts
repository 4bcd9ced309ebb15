import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OrderStatus, SettingsResponse } from '@fortnox-kit/core/contract';
import { startDemoServer } from './demo-server.js';
import { actAsFortnoxUser, emulatorRequestCount } from './emulator-control.js';
import { createHostApi, DemoError, type HostApi } from './host-api.js';
import { showHostChange } from './host-change.js';
import { type DemoText, demoText, type Lang } from './i18n/text.js';
import { printNext } from './next-steps.js';
import { connectThroughOAuth } from './oauth.js';
import { type FortnoxDocument, renderDocument } from './print-document.js';
import { sendScenarios } from './send-scenarios.js';
import { followSync } from './sync-progress.js';
import type { Terminal } from './terminal.js';
import { showTimeReport, timeReportTitle } from './time-report-step.js';

/** Options of {@link runDemo}. */
export interface RunDemoOptions {
  stateDir: string;
  keep: boolean;
  size: number;
  term: Terminal;
  /** @default 'sv' */
  lang?: Lang;
}

type Demo = Awaited<ReturnType<typeof startDemoServer>>;

/**
 * The unattended end-to-end demo: emulator, OAuth, sync, three sends under different
 * settings, the invoice PDF, an invoice sent inside Fortnox reported back as "invoiced".
 * Every line is in one language (`lang`) and fits 80 columns.
 */
export async function runDemo(options: RunDemoOptions): Promise<void> {
  const { stateDir, keep, size, term, lang = 'sv' } = options;
  const text = demoText(lang);
  const started = Date.now();
  const shown = (path: string) => relative(process.cwd(), path) || path;

  term.step(1, text.step.start);
  // The background loops start once connected (step 3), so the first run is the one
  // connecting starts and the progress bar shows it alone.
  const demo = await startDemoServer({ stateDir, keep, size, startBackground: false });
  try {
    const api = createHostApi(demo.apiUrl);
    term.ok(text.emulatorAt(demo.mock.url, size));
    term.ok(text.hostAt(demo.url, demo.apiUrl));
    term.ok(text.stateIn(shown(demo.statePath), keep ? demo.integration.connectionId : null));

    term.step(2, text.step.connect);
    const sync = followSync(demo.apiUrl, term, text);
    const trace = await connectThroughOAuth(api, demo.apiUrl);
    term.ok(text.consent(trace.consentTitle, trace.companyChoice, trace.scopes));
    term.ok(text.approved(trace.callbackUrl));
    term.ok(text.exchanged(trace.landedOn));
    const company = trace.state.company;
    term.ok(text.connectedTo(term.bold(company?.name ?? '?'), company?.organisationNumber ?? ''));

    term.step(3, text.step.sync);
    sync.show();
    const run = await withTimeout(sync.finished, 150_000, {
      sv: 'Den första synken blev inte klar på 150 s.',
      en: 'The first sync did not finish in 150 s.',
    });
    sync.stop();
    for (const [register, counts] of Object.entries(run.counts)) {
      const name = text.register[register as keyof DemoText['register']] ?? register;
      term.ok(`${name}: ${text.counts({ ...counts, skipped: counts.skipped ?? 0 })}`);
    }
    if (run.result !== 'ok') {
      const detail = run.message ?? JSON.stringify(run.errors.slice(0, 3));
      throw new DemoError({
        sv: `Synken slutade ${run.result}: ${detail}`,
        en: `The sync ended ${run.result}: ${detail}`,
      });
    }
    demo.integration.start();
    term.ok(text.background);
    await showLinks(demo, term, text);
    await showHostChange(demo, api, term, lang, 'kund-berg');

    const documents = new Map<string, OrderStatus>();
    let stepNo = 4;
    for (const scenario of sendScenarios) {
      term.step(stepNo++, text.step.send(scenario.title[lang]));
      await api.put<SettingsResponse>('/settings', { settings: scenario.settings });
      term.info(term.dim(text.settings(scenario.highlights[lang].join(' · '))));
      const status = await api.post<OrderStatus>(`/orders/${scenario.orderId}/send`);
      if (!status.reference) {
        const error = JSON.stringify(status.lastError);
        throw new DemoError({
          sv: `${scenario.orderId} skickades inte: ${error}`,
          en: `${scenario.orderId} was not sent: ${error}`,
        });
      }
      documents.set(scenario.orderId, status);
      const doc = await readDocument(demo, status.reference);
      for (const line of renderDocument(doc, lang)) term.info(line);
      const { target, documentNumber } = status.reference;
      term.ok(text.reference(target, documentNumber, status.state));
      if (scenario.orderId === 'so-1001') await showSendingTwice(api, term, text, scenario.orderId);
    }

    const invoiceOrder = 'ao-2001';
    const invoiceNumber = documents.get(invoiceOrder)?.reference?.documentNumber ?? '';
    term.step(stepNo++, text.step.pdf(invoiceNumber));
    const pdf = await api.download(`/orders/${invoiceOrder}/invoice.pdf`);
    const header = new TextDecoder().decode(pdf.bytes.slice(0, 5));
    if (header !== '%PDF-')
      throw new DemoError({
        sv: `Fakturavisningen är ingen PDF (${pdf.contentType}).`,
        en: `The invoice view is not a PDF (${pdf.contentType}).`,
      });
    const pdfPath = join(stateDir, `faktura-${invoiceNumber}.pdf`);
    writeFileSync(pdfPath, pdf.bytes);
    term.ok(text.pdfSaved(shown(pdfPath), pdf.bytes.length, pdf.contentType));
    const afterView = await demo.integration.client.invoices.get(invoiceNumber);
    if (afterView.Sent)
      throw new DemoError({
        sv: 'Att visa fakturan markerade den som skickad i Fortnox.',
        en: 'Viewing the invoice marked it sent in Fortnox.',
      });
    term.ok(text.stillUnsent);

    term.step(stepNo++, text.step.userSends(invoiceNumber));
    const before = await api.get<OrderStatus>(`/orders/${invoiceOrder}/status`);
    await actAsFortnoxUser(demo.mock.url, demo.mock.demo.tenantId, 'sendInvoice', [invoiceNumber]);
    term.ok(text.markedSent);
    term.info(text.waiting(before.state));
    const invoiced = await waitForInvoiced(api, invoiceOrder, term, text);
    const invoice = invoiced.invoice;
    term.ok(
      text.invoiced(
        before.state,
        invoiced.state,
        invoice?.documentNumber ?? '',
        invoice?.state ?? '',
      ),
    );

    term.step(stepNo++, timeReportTitle[lang]);
    await showTimeReport(demo, api, term, lang);

    term.step(stepNo++, text.step.done);
    const requests = await emulatorRequestCount(demo.mock.url, demo.mock.demo.tenantId);
    term.ok(text.total(((Date.now() - started) / 1000).toFixed(1), requests));
    printNext(term, text, shown(demo.statePath), shown(pdfPath));
  } finally {
    await demo.close();
  }
}

/** What the sync linked: a customer and an article created in Fortnox, one matched. */
async function showLinks(demo: Demo, term: Terminal, text: DemoText) {
  const link = async (register: 'customers' | 'articles', hostId: string) =>
    (await demo.store.getLinkByHostId(demo.integration.connectionId, register, hostId))
      ?.fortnoxNumber ?? text.notLinked;
  term.info(text.createdCustomer(await link('customers', 'kund-berg')));
  term.info(text.matchedCustomer(await link('customers', 'kund-sodra')));
  term.info(text.createdArticle(await link('articles', 'art-serv')));
  const hostCount = (await demo.registers.customers.changedSince(null, 10_000)).records.length;
  term.info(text.hostCustomers(hostCount));
}

/** A second click on "Skicka till Fortnox" must never make a second document. */
async function showSendingTwice(api: HostApi, term: Terminal, text: DemoText, orderId: string) {
  const before = await api.get<OrderStatus>(`/orders/${orderId}/status`);
  try {
    const again = await api.post<OrderStatus>(`/orders/${orderId}/send`);
    const number = again.reference?.documentNumber ?? '';
    if (number !== before.reference?.documentNumber) {
      const made = JSON.stringify(again.reference);
      throw new DemoError({
        sv: `Att skicka två gånger gav ett andra dokument: ${made}`,
        en: `Sending twice made a second document: ${made}`,
      });
    }
    term.ok(text.sentAgainSame(number));
  } catch (error) {
    if (!(error instanceof DemoError) || error.status !== 409) throw error;
    term.ok(text.sentAgainRefused(error.code ?? '409'));
  }
}

async function readDocument(
  demo: Demo,
  reference: NonNullable<OrderStatus['reference']>,
): Promise<FortnoxDocument> {
  const { client } = demo.integration;
  return reference.target === 'order'
    ? { kind: 'order', document: await client.orders.get(reference.documentNumber) }
    : { kind: 'invoice', document: await client.invoices.get(reference.documentNumber) };
}

async function waitForInvoiced(
  api: HostApi,
  orderId: string,
  term: Terminal,
  text: DemoText,
): Promise<OrderStatus> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await api.get<OrderStatus>(`/orders/${orderId}/status`);
    if (status.state === 'invoiced') return status;
    if (Date.now() > deadline)
      throw new DemoError({
        sv: `${orderId} rapporterades inte fakturerad inom 60 s.`,
        en: `${orderId} was not reported invoiced within 60 s.`,
      });
    term.status(text.waitingStatus(status.state, status.invoice?.state ?? '?'));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: DemoError['userMessage']) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DemoError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
