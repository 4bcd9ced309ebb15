import {
  type Clock,
  ConnectRequest,
  type FortnoxErrorCode,
  ImportOrderRequest,
  type OrderStatus,
  SettingsPutRequest,
  systemClock,
} from '@fortnox-kit/core/contract';
import { createPdf } from '@fortnox-kit/mock-server';
import { createFakeState, type FakeBackendState, type FakeOrder } from './fake-state.js';
import { createFakeSync } from './fake-sync.js';
import { fail, file, json } from './responses.js';
import { validateSettings } from './validate-settings.js';

/** Options of {@link createFakeBackend}. */
export interface FakeBackendOptions {
  /** Where the handler is mounted. @default '/api/fortnox' */
  basePath?: string;
  /** @default systemClock */
  clock?: Clock;
  /** Time between sync progress events. @default 400 */
  syncStepMs?: number;
  /** How long a send takes. @default 600 */
  sendDelayMs?: number;
  state?: Partial<FakeBackendState>;
  /** Routes (`'GET /connection'`) whose first call answers this error. */
  failures?: Record<string, FakeFailure>;
}

/** A forced answer for the next call of a route, to show error states. */
export interface FakeFailure {
  code: FortnoxErrorCode;
  message: string;
  field?: string;
}

/**
 * An in-memory stand-in for `createFortnoxHandler` that speaks the handler contract
 * (decisions/050), as a web-standard `(Request) => Promise<Response>`: serve it through
 * MSW (`http.all('*\/api/fortnox/*', ({ request }) => backend.handle(request))`) or pass
 * it to `<FortnoxProvider transport>`. The real handler over the emulator has the same shape.
 */
export function createFakeBackend(options: FakeBackendOptions = {}) {
  const basePath = options.basePath ?? '/api/fortnox';
  const clock = options.clock ?? systemClock;
  const sendDelayMs = options.sendDelayMs ?? 600;
  const state = createFakeState(options.state);
  const sync = createFakeSync(state, clock, options.syncStepMs ?? 400);
  const failures = new Map<string, FakeFailure>(Object.entries(options.failures ?? {}));
  const setting = (key: string) => state.settings[key] === true;
  const isAdmin = () => state.role === 'admin';
  const forbidden = () => fail('forbidden', 'Only administrators can change the integration.');

  function refreshFlags(order: FakeOrder): OrderStatus {
    const connected = state.connection.status === 'connected';
    const s = order.status;
    order.status = {
      ...s,
      canSend:
        connected && s.state === 'not_sent' && (order.ready || setting('allowSendBeforeReady')),
      canResend: connected && s.state === 'sent' && setting('allowSendBeforeReady'),
    };
    return order.status;
  }

  async function send(orderId: string): Promise<Response> {
    const order = state.orders.get(orderId);
    if (!order) return fail('not_found', `No order ${orderId}.`);
    if (state.connection.status !== 'connected') {
      return fail(state.connection.status, 'Fortnox is not connected.');
    }
    const { status } = order;
    if (status.state === 'invoiced') return fail('already_invoiced', 'The order is invoiced.');
    if (status.state === 'sent' && !setting('allowSendBeforeReady')) {
      return fail('resend_not_allowed', 'The order was already sent.');
    }
    if (!order.ready && !setting('allowSendBeforeReady')) {
      return fail('order_not_ready', 'The order is not ready for invoicing.');
    }
    await clock.sleep(sendDelayMs);
    if (order.failWith) {
      order.status = { ...status, lastError: order.failWith };
      const { code, message, field } = order.failWith;
      return fail(code, message, field);
    }
    const target = setting('createInvoiceDirectly') ? 'invoice' : 'order';
    const documentNumber = status.reference?.documentNumber ?? String(state.nextDocumentNumber++);
    const invoiced = setting('markInvoicedOnSend') || target === 'invoice';
    order.status = {
      ...status,
      state: invoiced ? 'invoiced' : 'sent',
      reference: { target, documentNumber },
      invoice: invoiced ? { documentNumber, state: 'unsent' } : null,
      lastError: null,
      sentAt: new Date(clock.now()).toISOString(),
    };
    return json(refreshFlags(order));
  }

  async function route(method: string, path: string, request: Request): Promise<Response> {
    const orderMatch = /^\/orders\/([^/]+)\/(send|status|invoice\.pdf|confirmation\.pdf)$/.exec(
      path,
    );
    const orderId = orderMatch ? decodeURIComponent(orderMatch[1] ?? '') : '';
    const key = `${method} ${orderMatch ? `/orders/:orderId/${orderMatch[2]}` : path}`;
    const forced = failures.get(key);
    if (forced) {
      failures.delete(key);
      return fail(forced.code, forced.message, forced.field);
    }
    switch (key) {
      case 'GET /connection':
        return json(state.connection);
      case 'POST /connection/connect': {
        if (!isAdmin()) return forbidden();
        const body = ConnectRequest.parse(await request.json());
        const url = new URL('https://apps.fortnox.se/oauth-v1/auth');
        url.searchParams.set('state', `fake-${body.mode}-${body.subgroup ?? 'all'}`);
        return json({ authorizeUrl: url.href });
      }
      case 'DELETE /connection':
        if (!isAdmin()) return forbidden();
        state.connection = {
          ...state.connection,
          status: 'not_connected',
          company: null,
          connectedAt: null,
        };
        return new Response(null, { status: 204 });
      case 'GET /settings':
        return json({ settings: state.settings, updatedAt: state.settingsUpdatedAt });
      case 'PUT /settings': {
        if (!isAdmin()) return forbidden();
        const { settings } = SettingsPutRequest.parse(await request.json());
        const result = validateSettings(settings, state);
        if (!result.ok) return fail(result.code, result.message, result.field);
        state.settings = result.settings;
        state.settingsUpdatedAt = new Date(clock.now()).toISOString();
        return json({ settings: state.settings, updatedAt: state.settingsUpdatedAt });
      }
      case 'GET /articles/export.csv':
        if (!isAdmin()) return forbidden();
        return file(
          'ArticleNumber;Description;Price\n1001;Filter GA 10;450.00\n',
          'text/csv; charset=utf-8',
          'articles.csv',
        );
      case 'POST /sync':
        if (state.connection.status !== 'connected') return fail('not_connected', 'Not connected.');
        if (sync.isRunning()) return fail('sync_in_progress', 'A sync is already running.');
        return json({ runId: sync.start() }, 202);
      case 'GET /sync/status':
        return json(sync.status());
      case 'GET /sync/events':
        return new Response(sync.stream(request.signal), {
          headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
        });
      case 'POST /orders/:orderId/send':
        return send(orderId);
      case 'GET /orders/:orderId/status': {
        const order = state.orders.get(orderId);
        return order ? json(refreshFlags(order)) : fail('not_found', `No order ${orderId}.`);
      }
      case 'GET /orders/:orderId/invoice.pdf': {
        const invoice = state.orders.get(orderId)?.status.invoice;
        if (!invoice) return fail('invoice_not_found', 'No invoice yet.');
        return file(
          Uint8Array.from(createPdf([`Faktura ${invoice.documentNumber}`, `Order ${orderId}`])),
          'application/pdf',
          'faktura.pdf',
        );
      }
      case 'GET /orders/:orderId/confirmation.pdf': {
        const reference = state.orders.get(orderId)?.status.reference;
        if (!reference) return fail('not_found', 'The order is not sent.');
        return file(
          Uint8Array.from(createPdf([`Orderbekräftelse ${reference.documentNumber}`])),
          'application/pdf',
          'order.pdf',
        );
      }
      case 'POST /orders/import': {
        const parsed = ImportOrderRequest.safeParse(await request.json());
        if (!parsed.success) return fail('validation_failed', 'Digits only.', 'fortnoxOrderNumber');
        const number = parsed.data.fortnoxOrderNumber;
        if (!setting('createOrderFromReference'))
          return fail('feature_disabled', 'Setting 35 is off.');
        if (!state.fortnoxOrders.has(number)) {
          return fail(
            'fortnox_order_not_found',
            `No order ${number} in Fortnox.`,
            'fortnoxOrderNumber',
          );
        }
        if (state.importedOrders.has(number))
          return fail('already_imported', 'Already fetched.', 'fortnoxOrderNumber');
        const orderNumber = `SO-${2000 + state.importedOrders.size + 1}`;
        state.importedOrders.set(number, orderNumber);
        return json({ orderId: orderNumber, orderNumber, url: `#/orders/${orderNumber}` }, 201);
      }
      default:
        return fail('not_found', `No route ${method} ${path}.`);
    }
  }

  return {
    state,
    /** The handler: answers any request under `basePath`. */
    async handle(request: Request): Promise<Response> {
      const { pathname } = new URL(request.url);
      const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
      return route(request.method, path, request);
    },
    /** The next call of `route` (e.g. `'POST /orders/:orderId/send'`) answers this error. */
    failNext(route: string, failure: FakeFailure): void {
      failures.set(route, failure);
    },
    /** Fortnox reports the order invoiced (what the status poller would learn). */
    invoice(orderId: string, invoiceState: 'unsent' | 'sent' | 'paid' = 'sent'): void {
      const order = state.orders.get(orderId);
      const documentNumber = order?.status.reference?.documentNumber;
      if (!order || !documentNumber) return;
      order.status = {
        ...order.status,
        state: 'invoiced',
        invoice: { documentNumber, state: invoiceState },
      };
      refreshFlags(order);
    },
  };
}

/** The fake backend's type. */
export type FakeBackend = ReturnType<typeof createFakeBackend>;
