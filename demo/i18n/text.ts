import { en } from './en.js';
import { sv } from './sv.js';

/** The demo's languages: Swedish by default, English with `--lang en`. */
export type Lang = 'sv' | 'en';

/** A text in both languages, as user-facing errors carry it. */
export interface Localized {
  sv: string;
  en: string;
}

/** Per-register sync counts as the summary shows them. */
export interface CountsText {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

/** Every text the terminal demo prints, in one language. */
export interface DemoText {
  title: string;
  uiTitle: string;
  failed: string;
  register: { customers: string; articles: string };
  step: {
    start: string;
    connect: string;
    sync: string;
    send: (title: string) => string;
    pdf: (invoice: string) => string;
    userSends: (invoice: string) => string;
    done: string;
  };
  emulatorAt: (url: string, size: number) => string;
  hostAt: (url: string, apiUrl: string) => string;
  stateIn: (path: string, kept: string | null) => string;
  consent: (title: string, company: string, scopes: string) => string;
  approved: (callbackUrl: string) => string;
  exchanged: (landedOn: string) => string;
  connectedTo: (company: string, orgNo: string) => string;
  progressRead: (done: number, total: number) => string;
  progressWrite: (processed: number) => string;
  progressLine: (read: number | null, processed: number | null) => string;
  counts: (c: CountsText) => string;
  background: string;
  createdCustomer: (number: string) => string;
  matchedCustomer: (number: string) => string;
  createdArticle: (number: string) => string;
  notLinked: string;
  hostCustomers: (count: number) => string;
  settings: (highlights: string) => string;
  reference: (target: string, number: string, state: string) => string;
  sentAgainSame: (number: string) => string;
  sentAgainRefused: (code: string) => string;
  pdfSaved: (path: string, bytes: number, type: string) => string;
  stillUnsent: string;
  markedSent: string;
  waiting: (state: string) => string;
  waitingStatus: (state: string, invoiceState: string) => string;
  invoiced: (from: string, to: string, invoice: string, state: string) => string;
  total: (seconds: string, requests: number) => string;
  nextTitle: string;
  next: {
    pdf: string;
    sqlite: string;
    ui: string;
    keep: string;
    server: string;
    guide: string;
    settings: string;
    emulator: string;
  };
  ui: {
    emulatorAt: (url: string, size: number) => string;
    handlerAt: (apiUrl: string, statePath: string) => string;
    page: (dir: string, role: string) => string;
    open: (url: string) => string;
    stop: string;
  };
}

/** The demo's texts in `lang`. */
export function demoText(lang: Lang): DemoText {
  return lang === 'en' ? en : sv;
}
