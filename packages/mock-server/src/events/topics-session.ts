import type { TokenStore } from '../auth/token-store.js';
import { EVENT_TOPICS, type EventLog, type TopicEvent } from './event-log.js';

/** What a WebSocket session needs from the emulator. */
export interface TopicsSessionDeps {
  events: EventLog;
  tokens: TokenStore;
  now(): number;
}

/** One client connection to the topics feed, independent of the socket library. */
export interface TopicsSession {
  /** Handles one text frame from the client. */
  handle(data: string): void;
  close(): void;
}

interface Subscription {
  topic: string;
  offset?: string;
}

const KNOWN_TOPICS = new Set<string>(EVENT_TOPICS);

/**
 * Fortnox's WebSocket protocol (`add-tenants-v1`, `add-topics-v1`, `subscribe-v1`,
 * `remove-tenants-v1`, `list-tenants-v1`). After `subscribe-v1` the session replays each
 * topic from its offset (only new events without one), then streams live events of the
 * added tenants. Delivery is at-least-once: clients de-duplicate on (topic, offset).
 */
export function createTopicsSession(
  deps: TopicsSessionDeps,
  send: (data: string) => void,
): TopicsSession {
  const tenants = new Set<number>();
  const topics: Subscription[] = [];
  let unsubscribe: (() => void) | undefined;
  const reply = (body: object) => send(JSON.stringify(body));
  const deliver = (event: TopicEvent) => {
    if (tenants.has(event.tenantId) && topics.some((t) => t.topic === event.topic)) reply(event);
  };

  const commands: Record<string, (message: Record<string, unknown>) => void> = {
    'add-tenants-v1'(message) {
      const secret = String(message.clientSecret ?? '');
      const tenantIds: Record<string, number> = {};
      const invalidTokens: string[] = [];
      for (const raw of Array.isArray(message.accessTokens) ? message.accessTokens : []) {
        const token = String(raw).replace(/^Bearer\s+/i, '');
        const entry = deps.tokens.check(token, deps.now(), true);
        const app = typeof entry === 'string' ? undefined : deps.tokens.clients.get(entry.clientId);
        if (typeof entry === 'string' || app?.clientSecret !== secret) {
          invalidTokens.push(String(raw));
          continue;
        }
        tenants.add(entry.tenantId);
        tenantIds[String(raw)] = entry.tenantId;
      }
      reply({ response: 'add-tenants-v1', result: 'ok', tenantIds, invalidTokens });
    },
    'add-topics-v1'(message) {
      const invalidTopics: string[] = [];
      for (const item of Array.isArray(message.topics) ? message.topics : []) {
        const { topic, offset } = item as { topic?: string; offset?: string };
        if (
          !topic ||
          !KNOWN_TOPICS.has(topic) ||
          (offset !== undefined && !deps.events.isValidOffset(offset))
        ) {
          invalidTopics.push(String(topic));
          continue;
        }
        topics.push(offset === undefined ? { topic } : { topic, offset });
      }
      reply({ response: 'add-topics-v1', result: 'ok', invalidTopics });
    },
    'subscribe-v1'() {
      reply({ response: 'subscribe-v1', result: 'ok' });
      for (const { topic, offset } of topics) {
        if (offset !== undefined)
          for (const event of deps.events.replay(topic, offset)) deliver(event);
      }
      unsubscribe ??= deps.events.subscribe(deliver);
    },
    'remove-tenants-v1'(message) {
      for (const id of Array.isArray(message.tenants) ? message.tenants : [])
        tenants.delete(Number(id));
      reply({ response: 'remove-tenants-v1', result: 'ok' });
    },
    'list-tenants-v1'() {
      reply({ response: 'list-tenants-v1', result: 'ok', tenantIds: [...tenants] });
    },
  };

  return {
    handle(data) {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(data) as Record<string, unknown>;
      } catch {
        return reply({ result: 'error', message: 'Invalid JSON' });
      }
      const command = commands[String(message.command)];
      if (!command)
        return reply({
          response: message.command ?? null,
          result: 'error',
          message: 'Unknown command',
        });
      command(message);
    },
    close() {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  };
}
