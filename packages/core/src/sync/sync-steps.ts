import type { Clock } from '../env/clock.js';
import { formatLastModified } from '../fortnox/schemas/date-format.js';
import type { RegisterName } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import type { DeletionPolicy } from './deletion-policy.js';
import type { FortnoxIdSet } from './fortnox-deletion.js';
import type { FortnoxSyncApi } from './fortnox-sync-api.js';
import { pullRegister } from './pull.js';
import { pushRegister } from './push.js';
import type { AnyRegisterSpec } from './register-spec.js';
import type { RunRecorder, SyncCheckpoint } from './sync-types.js';

/** What one step of a run needs; `checkpoint` is updated in place and saved per page. */
export interface StepContext {
  connectionId: string;
  store: StateStore;
  fortnox: FortnoxSyncApi;
  clock: Clock;
  overlapMs: number;
  hostPageSize: number;
  fortnoxPageSize: number | undefined;
  spec: AnyRegisterSpec;
  recorder: RunRecorder;
  checkpoint: SyncCheckpoint;
  /** Reads everything, ignoring cursors and fingerprints. */
  full: boolean;
  dryRun: boolean;
  /** Persists the checkpoint and the buffered log. */
  save(): Promise<void>;
  signal: AbortSignal | undefined;
  deletions: DeletionPolicy;
  /** Per register: the numbers a full pull listed in this process (one run's lifetime). */
  fortnoxIds: Map<RegisterName, FortnoxIdSet>;
}

/**
 * Fortnox → host for one register: from the stored `lastmodified` cursor (or everything),
 * resuming after the checkpoint's last committed page; the cursor moves when it is done.
 */
export async function runPullStep(ctx: StepContext): Promise<void> {
  const { checkpoint, spec, store, connectionId } = ctx;
  const cursorKey = `fortnox:${spec.register}`;
  let seen: Set<string> | undefined;
  if (checkpoint.listStartedAt === null) {
    const cursor = ctx.full ? undefined : await store.getCursor(connectionId, cursorKey);
    checkpoint.since = cursor === undefined ? null : Number(cursor);
    checkpoint.listStartedAt = ctx.clock.now();
    checkpoint.page = 0;
    // Only a listing from its first page in this process gives a complete ID set.
    if (ctx.full) {
      seen = new Set();
      ctx.fortnoxIds.set(spec.register, { numbers: seen, listedAt: checkpoint.listStartedAt });
      if (spec.register === 'articles') await listInactiveArticles(ctx, seen);
    }
  }
  const listStartedAt = checkpoint.listStartedAt;
  const api = spec.register === 'customers' ? ctx.fortnox.customers : ctx.fortnox.articles;
  await pullRegister({
    connectionId,
    store,
    spec,
    recorder: ctx.recorder,
    since: checkpoint.since,
    full: ctx.full,
    dryRun: ctx.dryRun,
    now: () => ctx.clock.now(),
    page: (params, page) => api.page({ ...params, pageSize: ctx.fortnoxPageSize }, page),
    startAfterPage: checkpoint.page,
    commitPage: async (page) => {
      checkpoint.page = page;
      await ctx.save();
    },
    formatSince: (ms) => formatLastModified(ms),
    signal: ctx.signal,
    seen,
  });
  // The next delta starts a little before this list began (overlap: skew, minute precision).
  if (!ctx.dryRun)
    await store.setCursor(connectionId, cursorKey, String(listStartedAt - ctx.overlapMs));
}

/** Host → Fortnox for one register, following the host's change feed from its cursor. */
export async function runPushStep(ctx: StepContext): Promise<void> {
  const { checkpoint, spec, store, connectionId } = ctx;
  const fortnoxIds = ctx.full ? ctx.fortnoxIds.get(spec.register) : undefined;
  if (!spec.push && !fortnoxIds) return;
  const cursorKey = `host:${spec.register}`;
  if (checkpoint.hostCursor === null && !ctx.full) {
    checkpoint.hostCursor = (await store.getCursor(connectionId, cursorKey)) ?? null;
  }
  const end = await pushRegister({
    connectionId,
    store,
    spec,
    recorder: ctx.recorder,
    dryRun: ctx.dryRun,
    now: () => ctx.clock.now(),
    cursor: checkpoint.hostCursor,
    pageSize: ctx.hostPageSize,
    commitPage: async (cursor) => {
      checkpoint.hostCursor = cursor;
      await ctx.save();
    },
    signal: ctx.signal,
    deletions: ctx.deletions,
    fortnoxIds,
  });
  if (!ctx.dryRun && spec.push && end !== null) await store.setCursor(connectionId, cursorKey, end);
}

/**
 * An inactive article is not a deleted one, but the pull lists active articles only (list
 * items lack `Active`): the ID set gets the inactive ones' numbers from their own pages.
 */
async function listInactiveArticles(ctx: StepContext, seen: Set<string>): Promise<void> {
  const params = { filter: 'inactive', sortBy: 'articlenumber', sortOrder: 'ascending' } as const;
  for (let pageNo = 1; ; pageNo++) {
    const page = await ctx.fortnox.articles.page(
      { ...params, pageSize: ctx.fortnoxPageSize, signal: ctx.signal },
      pageNo,
    );
    for (const item of page.items) seen.add(item.ArticleNumber);
    if (pageNo >= page.totalPages || page.items.length === 0) return;
  }
}
