import type { DemoText } from './text.js';

export const sv: DemoText = {
  title: 'fortnox-kit demo — hela integrationen mot Fortnox-emulatorn',
  uiTitle: 'fortnox-kit demo — värdsidan med React-komponenterna',
  failed: 'Demon misslyckades',
  register: { customers: 'Kunder', articles: 'Artiklar' },
  step: {
    start: 'Fortnox-emulatorn och värdappen startar',
    connect: 'Anslut till Fortnox (OAuth 2, authorization code)',
    sync: 'Kund- och artikelregistren synkas i bakgrunden',
    send: (title) => `Skicka ${title}`,
    pdf: (invoice) => `Visa faktura ${invoice} som PDF (utan att den skickas)`,
    userSends: (invoice) => `En användare skickar faktura ${invoice} inne i Fortnox`,
    done: 'Klart',
  },
  emulatorAt: (url, size) =>
    `Fortnox-emulator på ${url} (seed 1, ${size} kunder och ${size} artiklar, alla Fortnox-regler på)`,
  hostAt: (url, apiUrl) => `Värdappen på ${url}, createFortnoxHandler monterad på ${apiUrl}`,
  stateIn: (path, kept) =>
    `Tillstånd i SQLite: ${path} ${kept ? `(behållet; ny anslutning ${kept})` : '(nytt)'}`,
  consent: (title, company, scopes) =>
    `Samtyckessidan "${title}": företag ${company}, behörigheter ${scopes}`,
  approved: (url) => `Godkänt → callback ${url}`,
  exchanged: (landedOn) => `Koden bytt mot token (lagrad krypterad) → tillbaka till ${landedOn}`,
  connectedTo: (company, orgNo) => `Ansluten till ${company} (${orgNo})`,
  progressRead: (done, total) => `${done}/${total} från Fortnox`,
  progressWrite: (processed) => `${processed} behandlade, skriver till Fortnox …`,
  progressLine: (read, processed) =>
    [
      read === null ? null : `${read} lästa från Fortnox`,
      processed === null ? null : `${processed} behandlade`,
    ]
      .filter(Boolean)
      .join(', '),
  counts: (c) =>
    `${c.created} skapade, ${c.updated} uppdaterade, ${c.unchanged} oförändrade, ${c.skipped} överhoppade, ${c.failed} fel`,
  background: 'Bakgrundsjobben körs: synk varje timme, fakturastatus var 2:a sekund',
  createdCustomer: (n) =>
    `Bergs Fastigheter AB fanns bara i värdappen → skapad som Fortnox-kund ${n}`,
  matchedCustomer: (n) => `Södra Måleri AB matchad på organisationsnummer → Fortnox-kund ${n}`,
  createdArticle: (n) => `Artikel SERV-100 fanns bara i värdappen → skapad i Fortnox (${n})`,
  notLinked: '(ej länkad)',
  hostCustomers: (count) => `Värdappen har nu ${count} kunder (Fortnox-kunderna importerade)`,
  settings: (highlights) => `Inställningar: ${highlights}`,
  reference: (target, number, state) =>
    `Värdordern har integrationsreferensen ${target} ${number}; status "${state}"`,
  sentAgainSame: (n) => `Skickad igen → samma Fortnox-dokument ${n}, ingen dubblett`,
  sentAgainRefused: (code) => `Skickad igen → nekad (${code}), ingen dubblett`,
  pdfSaved: (path, bytes, type) => `${path} (${bytes} byte, ${type})`,
  stillUnsent: 'Fakturan är fortfarande ej skickad i Fortnox (preview, aldrig print)',
  markedSent: 'Fortnox: fakturan markerad som skickad (emulatorns kontroll-API, som en användare)',
  waiting: (state) => `Värdorder AO-2001 var "${state}" — väntar på att värdappen ser ändringen …`,
  waitingStatus: (state, invoiceState) => `status: ${state}, faktura ${invoiceState}`,
  invoiced: (from, to, invoice, state) =>
    `Värdorder AO-2001: ${from} → ${to} (faktura ${invoice}: ${state})`,
  total: (seconds, requests) =>
    `Hela flödet tog ${seconds} s och ${requests} anrop mot Fortnox-API:t, utan ett enda 429`,
  nextTitle: 'Titta vidare',
  next: {
    pdf: 'fakturans PDF, den som knappen "Visa faktura" visar',
    sqlite: 'vad kitet minns: länkar, synkkörningar, sändjournal, krypterade token',
    ui: 'samma integration i webbläsaren: React-komponenterna på den riktiga handlern',
    keep: 'behåll tidigare körningar i databasen; varje körning lägger till en anslutning',
    server: 'hur en värdapp kopplar ihop createIntegration och createFortnoxHandler',
    guide: 'handlern i Express, Hono och Next; vägen till riktiga Fortnox',
    settings: 'varje inställning, genererad från kärnans metadata',
    emulator: 'bara emulatorn, för curl (kontroll-API:t i mock-serverns README)',
  },
  ui: {
    emulatorAt: (url, size) => `Fortnox-emulator på ${url} (seed 1, ${size} poster per register)`,
    handlerAt: (apiUrl, statePath) => `Handler på ${apiUrl}, tillstånd i ${statePath}`,
    page: (dir, role) => `Sidan: ${dir}/ (roll: ${role})`,
    open: (url) => `Öppna ${url} — "Anslut" öppnar emulatorns samtyckessida.`,
    stop: 'Ctrl+C avslutar.',
  },
};
