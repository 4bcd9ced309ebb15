import type {
  FortnoxErrorCode,
  InvoiceState,
  SyncRegister,
  SyncRun,
} from '@fortnox-kit/core/contract';
import type { BackendErrorDetail } from '../client/fortnox-backend-error.js';
import { en } from './en.js';
import { sv } from './sv.js';
import type { TimeReportMessages } from './time-report-text.js';

/** Every text the components show, in one language. */
export interface FortnoxMessages {
  /** The language, to pick a backend's `userMessage`. */
  language: 'sv' | 'en';
  /** BCP 47 tag for dates and numbers. */
  dateLocale: string;
  loading: string;
  retry: string;
  cancel: string;
  errors: Record<FortnoxErrorCode | 'network', string>;
  connect: {
    title: string;
    notConnected: string;
    connectedTo: (company: string, orgNo: string) => string;
    reconnectNeeded: string;
    subgroup: string;
    allGroups: string;
    appliesTo: (subgroup: string) => string;
    connect: string;
    reconnect: string;
    connecting: string;
    popupBlocked: string;
    disconnect: string;
    confirmDisconnect: string;
    disconnected: string;
    connected: string;
    adminOnly: string;
  };
  sync: {
    title: string;
    lastSync: (when: string, result: string) => string;
    never: string;
    syncNow: string;
    running: string;
    progress: (register: string, processed: number, total: number | null) => string;
    registers: Record<SyncRegister, string>;
    /** One record of a register, before its name in the run log ("Kund Bygg AB"). */
    record: Record<SyncRegister, string>;
    results: Record<SyncRun['result'], string>;
    triggers: Record<SyncRun['trigger'], string>;
    log: string;
    counts: (c: {
      created: number;
      updated: number;
      unchanged: number;
      failed: number;
      /** Deletions carried over from the other side (absent from older backends). */
      deleted?: number | undefined;
    }) => string;
    recordErrors: (n: number) => string;
    noRuns: string;
  };
  order: {
    send: string;
    sending: string;
    resend: string;
    notReady: string;
    sentAs: (target: 'order' | 'invoice') => string;
    openDocument: (target: 'order' | 'invoice', nr: string) => string;
    invoiced: (nr: string, state: string) => string;
    invoiceStates: Record<InvoiceState, string>;
    sendFailed: (reason: string) => string;
    /** Heads the list of what the mapping changed to fit the order into Fortnox. */
    sentWithChanges: string;
    viewInvoice: string;
    openingInvoice: string;
    noInvoice: string;
    invoiceFailed: (reason: string) => string;
  };
  timeReport: TimeReportMessages;
  fetchOrder: {
    label: string;
    hint: string;
    button: string;
    fetching: string;
    invalid: string;
    created: (orderNumber: string) => string;
    openOrder: string;
    disabled: string;
  };
  settings: {
    title: string;
    save: string;
    saving: string;
    saved: string;
    cancel: string;
    unsaved: string;
    readOnly: string;
    invalid: string;
    exportCsv: string;
    exportDone: string;
  };
}

/** The messages of a locale; Swedish unless English is asked for. */
export function messagesFor(locale: 'sv' | 'en'): FortnoxMessages {
  return locale === 'en' ? en : sv;
}

/**
 * A readable reason for an error: the backend's `userMessage` in the user's language (what
 * went wrong and what to do), after the translated code for the kinds whose detail reads as
 * a continuation; without one, the translated code (with the backend's English message for
 * those kinds); for an unknown code, the backend's message.
 */
export function errorText(messages: FortnoxMessages, error: BackendErrorDetail): string {
  const known = messages.errors[error.code];
  if (!known) return error.message;
  // These carry a specific detail worth showing (which code is missing, Fortnox's own
  // message, which is Swedish): the translated sentence, then the detail.
  const detailed = ['missing_fortnox_code', 'fortnox_error', 'validation_failed'];
  const userMessage = error.userMessage?.[messages.language];
  const detail = userMessage ?? error.message;
  if (detailed.includes(error.code) && detail) {
    return `${known.replace(/\.$/, '')}: ${detail}`;
  }
  if (userMessage) return userMessage;
  return known;
}
