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

/**
 * Every change as an ordered log per topic (like Fortnox's Kafka topics): subscribers get
 * new events, and anyone can replay a topic from an offset.
 */
export class EventLog {
  private readonly topics = new Map<string, TopicEvent[]>();
  private readonly listeners = new Set<Listener>();
  private readonly random = createRandom(42);
  private duplicateProbability = 0;

  /**
   * Makes live delivery at-least-once for real: each event is sent twice with this
   * probability (seeded), so clients must de-duplicate on (topic, offset). @default 0
   */
  setDuplication(probability: number): void {
    this.duplicateProbability = Math.min(1, Math.max(0, probability));
  }

  publish(event: Omit<TopicEvent, 'offset'>): TopicEvent {
    const log = this.topics.get(event.topic) ?? [];
    this.topics.set(event.topic, log);
    const full = { ...event, offset: encodeOffset(log.length) };
    log.push(full);
    for (const listener of this.listeners) {
      listener(full);
      if (this.duplicateProbability > 0 && this.random.chance(this.duplicateProbability))
        listener(full);
    }
    return full;
  }

  /** Events of `topic` after `offset` (all of them without an offset). */
  replay(topic: string, offset?: string): TopicEvent[] {
    const log = this.topics.get(topic) ?? [];
    if (offset === undefined) return [...log];
    const index = decodeOffset(offset);
    return index === undefined ? [] : log.slice(index + 1);
  }

  /** Whether `offset` is a well-formed offset. */
  isValidOffset(offset: string): boolean {
    return decodeOffset(offset) !== undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
