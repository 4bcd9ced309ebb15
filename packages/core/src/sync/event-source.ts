import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import { FortnoxEvent } from '../invoice-status/fortnox-event.js';
import type { StateStore } from '../store/state-store.js';

/** The part of the WHATWG `WebSocket` the event source uses (the `ws` package fits too). */
export interface WebSocketLike {
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** One event of Fortnox's topics feed (the schema the invoice status tracker reads too). */
export type FortnoxTopicEvent = FortnoxEvent;

/** `connecting` → `live`; `down` between an outage and the next attempt. */
export type EventSourceStatus = 'stopped' | 'connecting' | 'live' | 'down';

/** Options of {@link createFortnoxEventSource}. */
export interface FortnoxEventSourceOptions {
  store: StateStore;
  /** Offsets and seen events are kept under this scope (e.g. the connection id). */
  scope: string;
  clientSecret: string;
  /** A current access token of the tenant (the connection refreshes it). */
  accessToken: () => Promise<string>;
  /** @default ['customers', 'articles'] */
  topics?: readonly string[];
  /** @default 'wss://ws.fortnox.se/topics-v1' */
  url?: string;
  /**
   * Opens a socket. @default `new globalThis.WebSocket(url)` (Node 22+, browsers); on
   * Node 20 pass `(url) => new WebSocket(url)` from the `ws` package.
   */
  connect?: (url: string) => WebSocketLike;
  /** @default systemClock */
  clock?: Clock;
  /** First reconnect delay; doubles per failed attempt up to 5 minutes. @default 5000 */
  reconnectDelayMs?: number;
  /** Called once per new (topic, offset); duplicates of at-least-once delivery are dropped. */
  onEvent: (event: FortnoxTopicEvent) => void | Promise<void>;
  onStatus?: (status: EventSourceStatus) => void;
  onError?: (error: unknown) => void;
}

/** A running subscription to Fortnox's WebSocket topics. */
export interface FortnoxEventSource {
  start(): void;
  stop(): void;
  readonly status: EventSourceStatus;
}

export const FORTNOX_TOPICS_URL = 'wss://ws.fortnox.se/topics-v1';
const MAX_RECONNECT_DELAY = 300_000;

/**
 * Subscribes to Fortnox's topics feed (fortnox-api.md §7): add the tenant, add the topics
 * from their stored offsets (so an outage is replayed), subscribe. Each event's offset is
 * persisted and a repeated (topic, offset) is ignored. When the socket drops it reconnects
 * with backoff; meanwhile the hourly `lastmodified` polling keeps the registers in step.
 *
 * @example
 * const events = createFortnoxEventSource({ store, scope: connectionId, clientSecret, accessToken,
 *   onEvent: (e) => trigger.changed(e.topic) });
 * events.start();
 */
export function createFortnoxEventSource(options: FortnoxEventSourceOptions): FortnoxEventSource {
  const clock = options.clock ?? systemClock;
  const topics = options.topics ?? ['customers', 'articles'];
  const url = options.url ?? FORTNOX_TOPICS_URL;
  const baseDelay = options.reconnectDelayMs ?? 5000;
  const connect =
    options.connect ??
    ((target: string) => {
      const Socket = (globalThis as { WebSocket?: new (u: string) => WebSocketLike }).WebSocket;
      if (!Socket)
        throw new Error('No global WebSocket: pass `connect` (e.g. from the ws package)');
      return new Socket(target);
    });
  let status: EventSourceStatus = 'stopped';
  let socket: WebSocketLike | undefined;
  let failures = 0;
  let stopped = true;
  let retry: AbortController | undefined;
  // Events are handled one after another, in arrival order.
  let queue: Promise<void> = Promise.resolve();

  const setStatus = (next: EventSourceStatus) => {
    status = next;
    options.onStatus?.(next);
  };
  const fail = (error: unknown) => options.onError?.(error);

  const handleEvent = async (event: FortnoxTopicEvent) => {
    const fresh = await options.store.recordEvent(
      options.scope,
      event.topic,
      event.offset,
      clock.now(),
    );
    if (fresh) await options.onEvent(event);
  };

  const onMessage = async (ws: WebSocketLike, data: unknown) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    if (message.response === 'add-tenants-v1') {
      if (
        message.result !== 'ok' ||
        (Array.isArray(message.invalidTokens) && message.invalidTokens.length > 0)
      ) {
        throw new Error('Fortnox refused the access token for the topics feed');
      }
      const withOffsets = await Promise.all(
        topics.map(async (topic) => {
          const offset = await options.store.getEventOffset(options.scope, topic);
          return offset ? { topic, offset } : { topic };
        }),
      );
      ws.send(JSON.stringify({ command: 'add-topics-v1', topics: withOffsets }));
    } else if (message.response === 'add-topics-v1') {
      ws.send(JSON.stringify({ command: 'subscribe-v1' }));
    } else if (message.response === 'subscribe-v1') {
      failures = 0;
      setStatus('live');
    } else {
      const event = FortnoxEvent.safeParse(message);
      if (event.success) await handleEvent(event.data);
    }
  };

  const open = async () => {
    if (stopped) return;
    setStatus('connecting');
    const token = await options.accessToken();
    const ws = connect(url);
    socket = ws;
    ws.addEventListener('open', () => {
      ws.send(
        JSON.stringify({
          command: 'add-tenants-v1',
          clientSecret: options.clientSecret,
          accessTokens: [token],
        }),
      );
    });
    ws.addEventListener('message', (event) => {
      queue = queue.then(() => onMessage(ws, event.data)).catch(fail);
    });
    ws.addEventListener('error', () => {});
    ws.addEventListener('close', () => {
      if (socket !== ws) return;
      socket = undefined;
      if (!stopped) scheduleReconnect();
    });
  };

  const scheduleReconnect = () => {
    setStatus('down');
    const delay = Math.min(baseDelay * 2 ** failures, MAX_RECONNECT_DELAY);
    failures++;
    retry = new AbortController();
    clock.sleep(delay, retry.signal).then(
      () =>
        open().catch((error) => {
          fail(error);
          scheduleReconnect();
        }),
      () => {},
    );
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      open().catch((error) => {
        fail(error);
        scheduleReconnect();
      });
    },
    stop() {
      stopped = true;
      retry?.abort();
      const ws = socket;
      socket = undefined;
      ws?.close();
      setStatus('stopped');
    },
    get status() {
      return status;
    },
  };
}
