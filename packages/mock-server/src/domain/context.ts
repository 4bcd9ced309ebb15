import type { EventTopic } from '../events/event-log.js';
import type { Tenant } from '../store/tenant.js';

/** What a write needs: the tenant, the emulator's time, and the event feed. */
export interface DomainContext {
  readonly tenant: Tenant;
  readonly now: number;
  /** The API base URL, for `@url` fields. */
  readonly apiBaseUrl: string;
  /** Publishes a WebSocket event for this tenant. */
  publish(topic: EventTopic, type: string, entityId: string): void;
  /** The scopes of the calling token (undefined for a user acting inside Fortnox). */
  readonly scopes?: readonly string[];
}

/** `@url` of a resource, as Fortnox includes it in every record. */
export function resourceUrl(
  ctx: Pick<DomainContext, 'apiBaseUrl'>,
  path: string,
  id: string,
): string {
  return `${ctx.apiBaseUrl}/3/${path}/${encodeURIComponent(id)}`;
}
