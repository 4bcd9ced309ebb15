import type { ListParams } from '../client/paginate.js';
import type { StateStore } from '../store/state-store.js';
import { describeRecordError, isRecordError } from './record-error.js';
import type { AnyRegisterSpec } from './register-spec.js';
import type { RunRecorder } from './sync-types.js';

/** What one Fortnox → host step needs. */
export interface PullContext {
  connectionId: string;
  store: StateStore;
  spec: AnyRegisterSpec;
  recorder: RunRecorder;
  /** `lastmodified` lower bound (epoch ms); null reads every record. */
  since: number | null;
  /** Overwrite every linked record and ignore fingerprints ("Synk" with 24, full reconciliation). */
  full: boolean;
  dryRun: boolean;
  now(): number;
  /** Fetches one list page (1-based). */
  page(
    params: ListParams,
    page: number,
  ): Promise<{ items: object[]; totalPages: number; totalResources: number }>;
  /** Where to start: pages up to `startAfterPage` are already committed. */
  startAfterPage: number;
  /** Called after each page is fully written; persists the checkpoint. */
  commitPage(page: number): Promise<void>;
  formatSince(ms: number): string;
  signal?: AbortSignal;
  /** Collects every listed number (full runs: the ID-set reconciliation). */
  seen?: Set<string>;
}

/**
 * Fortnox → host, page by page. An item is skipped without a request when its list
 * fingerprint equals the one stored on its link and the link was written inside the
 * overlap window (it is the echo of the last run); otherwise it is read in full when the
 * list lacks fields, matched (link, number, organisation number, email) and written.
 */
export async function pullRegister(ctx: PullContext): Promise<void> {
  const { spec, recorder } = ctx;
  const params: ListParams = {
    ...(ctx.since !== null ? { lastModified: ctx.formatSince(ctx.since) } : {}),
    ...(spec.register === 'articles' ? { filter: 'active' } : {}),
    sortBy: spec.register === 'articles' ? 'articlenumber' : 'customernumber',
    sortOrder: 'ascending',
    signal: ctx.signal,
  };
  let processed = 0;
  for (let pageNo = ctx.startAfterPage + 1; ; pageNo++) {
    ctx.signal?.throwIfAborted();
    const page = await ctx.page(params, pageNo);
    const progress = { register: spec.register, direction: 'to-host' as const };
    recorder.progress({ ...progress, phase: 'writing', processed, total: page.totalResources });
    for (const item of page.items) {
      ctx.signal?.throwIfAborted();
      ctx.seen?.add(spec.numberOf(item));
      await pullItem(ctx, item);
      processed++;
    }
    recorder.progress({ ...progress, phase: 'reading', processed, total: page.totalResources });
    await ctx.commitPage(pageNo);
    if (pageNo >= page.totalPages || page.items.length === 0) return;
  }
}

async function pullItem(ctx: PullContext, item: object): Promise<void> {
  const { spec, recorder, store, connectionId } = ctx;
  const register = spec.register;
  const number = spec.numberOf(item);
  recorder.count(register, 'read');
  const base = {
    register,
    direction: 'to-host' as const,
    fortnoxNumber: number,
    label: spec.label(item),
  };
  const skip = spec.skipFortnox(item);
  if (skip) {
    recorder.count(register, 'skipped');
    return;
  }
  try {
    const link = await store.getLinkByFortnoxNumber(connectionId, register, number);
    const echo =
      link !== undefined &&
      link.fortnoxHash === spec.fortnoxHash(item) &&
      (ctx.since === null || link.syncedAt >= ctx.since);
    if (!ctx.full && echo) {
      recorder.count(register, 'unchanged');
      return;
    }
    let existing = link ? await spec.host.findById(link.hostId) : undefined;
    if (link && !existing) {
      // Deleted in the host (tombstone or not): a Fortnox change does not bring it back.
      recorder.count(register, 'skipped');
      return;
    }
    let matchedBy = existing ? 'link' : '';
    if (!existing) {
      const match = await spec.matchHost(item);
      if (match.kind === 'ambiguous') {
        recorder.count(register, 'failed');
        recorder.log({
          ...base,
          action: 'failed',
          code: 'ambiguous-match',
          message: `${match.count} host records share this ${match.by}`,
        });
        return;
      }
      if (match.kind === 'found') {
        existing = match.record;
        matchedBy = match.by;
      }
    }
    const overwrite = spec.pullUpdates;
    if (ctx.dryRun) {
      const action = !existing ? 'create' : overwrite ? 'update' : link ? 'skip' : 'link';
      recorder.plan({ ...base, action, hostId: existing?.id ?? null, reason: matchedBy || 'new' });
      return;
    }
    // A linked record the settings do not let Fortnox overwrite is decided from its list item
    // (the price is in it): reading it in full would cost a request for nothing.
    const needsFull = spec.needsDetail(item) && (!existing || overwrite);
    const full = needsFull ? await spec.get(number, ctx.signal) : item;
    if (!full) {
      recorder.count(register, 'skipped'); // deleted between list and read
      return;
    }
    const write = spec.toHost(full, existing, overwrite);
    let hostRecord = existing;
    if (write?.record) hostRecord = await spec.host.upsert(write.record);
    if (!hostRecord) return;
    await store.putLinks([
      {
        connectionId,
        register,
        hostId: hostRecord.id,
        fortnoxNumber: number,
        syncedAt: ctx.now(),
        hostHash: write?.linkHostHash?.(hostRecord) ?? spec.hostHash(hostRecord),
        fortnoxHash: spec.fortnoxHash(full),
      },
    ]);
    const action = !existing ? 'created' : write?.record ? 'updated' : 'skipped';
    recorder.count(register, action === 'skipped' ? 'unchanged' : action);
    if (write?.note || action !== 'skipped') {
      recorder.log({
        ...base,
        action,
        hostId: hostRecord.id,
        message:
          write?.note ?? (matchedBy && matchedBy !== 'link' ? `matched by ${matchedBy}` : null),
      });
    }
  } catch (error) {
    if (!isRecordError(error)) throw error;
    recorder.count(register, 'failed');
    recorder.log({ ...base, action: 'failed', ...describeRecordError(error) });
  }
}
