import { createHash } from 'node:crypto';

/**
 * Where in each interval a connection's work runs: a stable offset from its id, so 1,000
 * connections spread evenly over the hour instead of all syncing at :00 (decisions/100).
 */
export function slotOffset(key: string, intervalMs: number): number {
  const digest = createHash('sha256').update(key).digest();
  return digest.readUInt32BE(0) % intervalMs;
}

/** The first slot (epoch ms) at or after `now` of a work that runs at `offset` each interval. */
export function nextSlot(now: number, offset: number, intervalMs: number): number {
  const base = Math.floor((now - offset) / intervalMs) * intervalMs + offset;
  return base >= now ? base : base + intervalMs;
}

/**
 * A UUID derived from `name`: the job id of one slot's work, so every process planning the
 * same slot inserts the same job and pg-boss keeps one (its insert skips a taken id).
 */
export function jobIdOf(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
