import * as z from 'zod/mini';
import { Count, LocalizedText } from './contract-schemas/formats.js';

/**
 * The time report of one order (setting 33) as the handler serves it:
 * `GET /orders/:orderId/time-report`, the response of `POST /orders/:orderId/time-report`,
 * and `timeReport` in the response of a send. Written with `zod/mini` like the rest of the
 * contract (decisions/055).
 */

/** Why a line is not (or no longer) as it should be in Fortnox, in the user's words. */
export const TimeReportProblem = z.object({
  /** E.g. `missing_employment_number`, `unknown_employee`, `fortnox_error` (a plain string). */
  code: z.string(),
  message: z.string(),
  userMessage: z.optional(LocalizedText),
});
export type TimeReportProblem = z.infer<typeof TimeReportProblem>;

/**
 * One action's time. `state`: `reported` (in Fortnox as on the order); `changed` (reported,
 * but the hours or date changed since: the next send corrects Fortnox); `removed` (reported,
 * the action is gone: the next send deletes it); `not_reported` (never sent); `failed` (the
 * last attempt failed, `problem` says why); `uncertain` (Fortnox's answer was lost: the next
 * send looks it up before writing); `not_reportable` (no technician or employment number).
 */
export const TimeReportLine = z.object({
  actionKey: z.string(),
  userId: z.nullable(z.string()),
  userName: z.nullable(z.string()),
  date: z.string(),
  /** The hours on the order now (0 for a removed action). */
  hours: z.number(),
  /** The hours Fortnox has, when reported. */
  reportedHours: z.nullable(z.number()),
  state: z.enum([
    'reported',
    'changed',
    'removed',
    'not_reported',
    'failed',
    'uncertain',
    'not_reportable',
  ]),
  problem: z.nullable(TimeReportProblem),
});
export type TimeReportLine = z.infer<typeof TimeReportLine>;

/** What the last time report of the order did, or why it failed as a whole. */
export const TimeReportRun = z.object({
  at: z.string(),
  result: z.enum(['ok', 'partial', 'failed']),
  created: Count,
  updated: Count,
  deleted: Count,
  unchanged: Count,
  failed: Count,
  /** For `failed`: why nothing was reported (an unknown cause code, no connection). */
  error: z.nullable(TimeReportProblem),
});
export type TimeReportRun = z.infer<typeof TimeReportRun>;

/** An order's time report: per user and date what is reported and what failed. */
export const TimeReport = z.object({
  orderId: z.string(),
  /** Setting 33 is on. */
  enabled: z.boolean(),
  causeCode: z.string(),
  lines: z.array(TimeReportLine),
  lastRun: z.nullable(TimeReportRun),
});
export type TimeReport = z.infer<typeof TimeReport>;
