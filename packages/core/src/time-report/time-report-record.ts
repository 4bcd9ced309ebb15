import { z } from 'zod';
import type { StateStore } from '../store/state-store.js';

const Problem = z.object({
  code: z.string(),
  message: z.string(),
  userMessage: z.object({ sv: z.string(), en: z.string() }).optional(),
});

/** An attendance transaction as the kit wrote it (or is writing it) in Fortnox. */
export const WrittenTime = z.object({
  id: z.string().optional(),
  employeeId: z.string(),
  causeCode: z.string(),
  date: z.string(),
  hours: z.number(),
  costCenter: z.string().optional(),
});
export type WrittenTime = z.infer<typeof WrittenTime>;

/**
 * One action's time report, kept in the state store. `written`: what Fortnox has.
 * `uncertain`: a create whose answer was lost (set before the POST, cleared after it): the
 * next report looks it up before writing again. `problem`: why the last attempt failed.
 */
export const StoredTime = z.object({
  userId: z.string(),
  userName: z.string(),
  written: WrittenTime.optional(),
  uncertain: WrittenTime.optional(),
  problem: Problem.optional(),
});
export type StoredTime = z.infer<typeof StoredTime>;

/** What the last report did (`error`: why it failed as a whole). */
export const StoredRun = z.object({
  at: z.number(),
  created: z.number(),
  updated: z.number(),
  deleted: z.number(),
  unchanged: z.number(),
  failed: z.number(),
  error: Problem.nullable(),
});
export type StoredRun = z.infer<typeof StoredRun>;

/** An order's time report: one entry per action key, and the last run. */
export const StoredTimeReport = z.object({
  actions: z.record(z.string(), StoredTime),
  lastRun: StoredRun.nullable(),
});
export type StoredTimeReport = z.infer<typeof StoredTimeReport>;

const cursorKey = (orderId: string) => `time-report:${orderId}`;

/** Reads an order's time report record (empty when never reported). */
export async function loadTimeReport(
  deps: { store: StateStore; connectionId: string },
  orderId: string,
): Promise<StoredTimeReport> {
  const raw = await deps.store.getCursor(deps.connectionId, cursorKey(orderId));
  if (!raw) return { actions: {}, lastRun: null };
  return StoredTimeReport.parse(JSON.parse(raw));
}

/** Writes an order's time report record (after each Fortnox write, so a crash loses none). */
export async function saveTimeReport(
  deps: { store: StateStore; connectionId: string },
  orderId: string,
  record: StoredTimeReport,
): Promise<void> {
  await deps.store.setCursor(deps.connectionId, cursorKey(orderId), JSON.stringify(record));
}
