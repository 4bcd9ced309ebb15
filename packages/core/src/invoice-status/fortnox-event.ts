import { z } from 'zod';

/**
 * One Fortnox WebSocket event (fortnox-api.md §7). Events are minimal: the entity is read
 * again over REST. Delivery is at least once; `(topic, offset)` identifies an event.
 */
export const FortnoxEvent = z.object({
  topic: z.string(),
  offset: z.string(),
  type: z.string(),
  tenantId: z.union([z.number(), z.string()]).optional(),
  entityId: z.union([z.string(), z.number()]).transform(String),
  timestamp: z.string().optional(),
});
export type FortnoxEvent = z.infer<typeof FortnoxEvent>;
export type FortnoxEventInput = z.input<typeof FortnoxEvent>;
