/** One event of the Fortnox WebSocket topics feed. */
export interface TopicEvent {
  topic: string;
  /** Opaque per-topic offset; pass it back in `add-topics-v1` to replay from after it. */
  offset: string;
  type: string;
  tenantId: number;
  entityId: string;
  timestamp: string;
}

/** Topics the emulator produces events for. */
export const EVENT_TOPICS = ['customers', 'articles', 'orders', 'invoices'] as const;
export type EventTopic = (typeof EVENT_TOPICS)[number];

import { createRandom } from '../seed/random.js';

type Listener = (event: TopicEvent) => void;

/** Options of {@link EventLog}. */
export interface EventLogOptions {
  /** The emulator's clock (epoch ms). @default Date.now */
  now?: () => number;
  /** How long events can be replayed ("about 2 weeks" at Fortnox). @default 14 days */
  retentionMs?: number;
}

interface TopicLog {
  /** The position (offset number) of `entries[0]`. */
  first: number;
  entries: { event: TopicEvent; at: number }[];
}

const TWO_WEEKS_MS = 14 * 24 * 3_600_000;

/**
 * Every change as an ordered log per topic (like Fortnox's Kafka topics): subscribers get
 * new events, and anyone can replay a topic from an offset, for about two weeks. Older
 * events are dropped, so a client back after a longer outage gets what is left and must
 * reconcile the rest by polling, as with Fortnox.
 */
export class EventLog {
  private readonly topics = new Map<string, TopicLog>();
  private readonly listeners = new Set<Listener>();
  private readonly random = createRandom(42);
  private readonly now: () => number;
  private readonly retentionMs: number;
  private duplicateProbability = 0;

  constructor(options: EventLogOptions = {}) {
    this.now = options.now ?? Date.now;
    this.retentionMs = options.retentionMs ?? TWO_WEEKS_MS;
  }

  /**
   * Makes live delivery at-least-once for real: each event is sent twice with this
   * probability (seeded), so clients must de-duplicate on (topic, offset). @default 0
   */
  setDuplication(probability: number): void {
    this.duplicateProbability = Math.min(1, Math.max(0, probability));
  }

  publish(event: Omit<TopicEvent, 'offset'>): TopicEvent {
    const log = this.retained(event.topic);
    const full = { ...event, offset: encodeOffset(log.first + log.entries.length) };
    log.entries.push({ event: full, at: this.now() });
    for (const listener of this.listeners) {
      listener(full);
      if (this.duplicateProbability > 0 && this.random.chance(this.duplicateProbability))
        listener(full);
    }
    return full;
  }

  /** Retained events of `topic` after `offset` (all retained ones without an offset). */
  replay(topic: string, offset?: string): TopicEvent[] {
    const log = this.retained(topic);
    const events = log.entries.map((entry) => entry.event);
    if (offset === undefined) return events;
    const index = decodeOffset(offset);
    return index === undefined ? [] : events.slice(Math.max(0, index + 1 - log.first));
  }

  /** Whether `offset` is a well-formed offset. */
  isValidOffset(offset: string): boolean {
    return decodeOffset(offset) !== undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // The topic's log without the events older than the retention (offsets stay absolute).
  private retained(topic: string): TopicLog {
    let log = this.topics.get(topic);
    if (!log) {
      log = { first: 0, entries: [] };
      this.topics.set(topic, log);
    }
    const oldest = this.now() - this.retentionMs;
    let expired = 0;
    while (expired < log.entries.length && (log.entries[expired]?.at ?? 0) < oldest) expired++;
    if (expired > 0) {
      log.entries.splice(0, expired);
      log.first += expired;
    }
    return log;
  }
}

// Offsets are opaque strings in Fortnox; here base-36 of the position, prefixed.
function encodeOffset(index: number): string {
  return `o${index.toString(36)}`;
}

function decodeOffset(offset: string): number | undefined {
  if (!/^o[0-9a-z]+$/.test(offset)) return undefined;
  return Number.parseInt(offset.slice(1), 36);
}
