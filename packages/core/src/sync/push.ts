import type { StateStore } from '../store/state-store.js';
import type { DeletionPolicy } from './deletion-policy.js';
import { type FortnoxIdSet, pullFortnoxDeletion, vanishedInFortnox } from './fortnox-deletion.js';
import { pushHostDeletion } from './host-deletion.js';
import { createInFortnox } from './push-create.js';
import { describeRecordError, isRecordError } from './record-error.js';
import type { AnyRegisterSpec, HostRecord } from './register-spec.js';
import type { RunRecorder } from './sync-types.js';

/** What one host → Fortnox step needs. */
export interface PushContext {
  connectionId: string;
  store: StateStore;
  spec: AnyRegisterSpec;
  recorder: RunRecorder;
  dryRun: boolean;
  now(): number;
  /** The host change cursor to continue after (null: every host record). */
  cursor: string | null;
  pageSize: number;
  /** Called after each host page is written; persists the cursor in the checkpoint. */
  commitPage(cursor: string): Promise<void>;
  signal?: AbortSignal;
  deletions: DeletionPolicy;
  /** A full run's Fortnox numbers: linked records missing from it were deleted in Fortnox. */
  fortnoxIds?: FortnoxIdSet;
}

/**
 * Host → Fortnox, following the host's change feed. A record whose fingerprint equals the
 * one stored on its link is the echo of a sync write and costs nothing; a linked record
 * that changed is pushed as the settings allow; an unlinked one is matched in Fortnox
 * (number, organisation number, email) or created there, unless creation is off (28).
 */
export async function pushRegister(ctx: PushContext): Promise<string | null> {
  let cursor = ctx.cursor;
  let processed = 0;
  for (;;) {
    ctx.signal?.throwIfAborted();
    const page = await ctx.spec.host.changedSince(cursor, ctx.pageSize);
    for (const record of page.records) {
      ctx.signal?.throwIfAborted();
      await pushRecord(ctx, record);
      processed++;
    }
    for (const id of page.deleted ?? []) await pushHostDeletion(ctx, id);
    ctx.recorder.progress({
      register: ctx.spec.register,
      direction: 'to-fortnox',
      phase: 'writing',
      processed,
      total: null,
    });
    if (page.cursor !== cursor) await ctx.commitPage(page.cursor);
    if (!page.hasMore || page.cursor === cursor) return page.cursor ?? cursor;
    cursor = page.cursor;
  }
}

async function pushRecord(ctx: PushContext, record: HostRecord): Promise<void> {
  const { spec, recorder, store, connectionId } = ctx;
  const register = spec.register;
  const base = {
    register,
    direction: 'to-fortnox' as const,
    hostId: record.id,
    label: spec.label(record),
  };
  if (ctx.fortnoxIds) {
    const known = await store.getLinkByHostId(connectionId, register, record.id);
    if (known && (await vanishedInFortnox(ctx, known)))
      return pullFortnoxDeletion(ctx, record, known);
  }
  if (!spec.push) return; // walked only for the reconciliation (28)
  const skip = spec.skipHost(record);
  if (skip) {
    recorder.count(register, 'skipped');
    return;
  }
  try {
    const hostHash = spec.hostHash(record);
    const link = await store.getLinkByHostId(connectionId, register, record.id);
    if (link && link.hostHash === hostHash) return; // the echo of a sync write
    recorder.count(register, 'read');
    if (link) {
      if (!spec.pushUpdates) return recorder.count(register, 'unchanged');
      if (ctx.dryRun) {
        return recorder.plan({
          ...base,
          action: 'update',
          fortnoxNumber: link.fortnoxNumber,
          reason: 'link',
        });
      }
      const result = await spec.pushChanges({
        host: record,
        fortnoxNumber: link.fortnoxNumber,
        previousHostHash: link.hostHash,
        previousFortnoxHash: link.fortnoxHash,
        current: undefined,
        signal: ctx.signal,
      });
      await store.putLinks([
        {
          ...link,
          syncedAt: ctx.now(),
          hostHash,
          fortnoxHash: result.fortnoxHash ?? link.fortnoxHash,
        },
      ]);
      if (result.requests === 0) return recorder.count(register, 'unchanged');
      recorder.count(register, 'updated');
      return recorder.log({ ...base, action: 'updated', fortnoxNumber: link.fortnoxNumber });
    }
    // Deactivated because its Fortnox partner was deleted (or never active): not sent as new.
    if ((record as { active?: boolean }).active === false)
      return recorder.count(register, 'skipped');
    const match = await spec.matchFortnox(record, ctx.signal);
    if (match.kind === 'ambiguous') {
      recorder.count(register, 'failed');
      return recorder.log({
        ...base,
        action: 'failed',
        code: 'ambiguous-match',
        message: `${match.count} Fortnox records share this ${match.by}`,
      });
    }
    if (match.kind === 'found') {
      const taken = await store.getLinkByFortnoxNumber(
        connectionId,
        register,
        spec.numberOf(match.record),
      );
      if (taken && taken.hostId !== record.id) {
        recorder.count(register, 'failed');
        return recorder.log({
          ...base,
          action: 'failed',
          fortnoxNumber: taken.fortnoxNumber,
          code: 'already-linked',
          message: `matched by ${match.by}, but that Fortnox record is linked to host record ${taken.hostId}`,
        });
      }
      return linkMatched(ctx, record, match.record, match.by, hostHash);
    }
    if (ctx.dryRun) {
      return recorder.plan({
        ...base,
        action: 'create',
        fortnoxNumber: spec.hostNumber(record) ?? null,
        reason: 'new',
      });
    }
    await createInFortnox(ctx, record, base);
  } catch (error) {
    if (!isRecordError(error)) throw error;
    recorder.count(register, 'failed');
    recorder.log({
      ...base,
      action: 'failed',
      fortnoxNumber: spec.hostNumber(record) ?? null,
      ...describeRecordError(error),
    });
  }
}

async function linkMatched(
  ctx: PushContext,
  record: HostRecord,
  fortnox: object,
  by: string,
  hostHash: string,
): Promise<void> {
  const { spec, recorder, store, connectionId } = ctx;
  const number = spec.numberOf(fortnox);
  const base = {
    register: spec.register,
    direction: 'to-fortnox' as const,
    hostId: record.id,
    fortnoxNumber: number,
    label: spec.label(record),
  };
  if (ctx.dryRun) {
    return recorder.plan({ ...base, action: spec.pushUpdates ? 'update' : 'link', reason: by });
  }
  // The host side changed more recently than Fortnox (else the pull would have linked it).
  const result = spec.pushUpdates
    ? await spec.pushChanges({
        host: record,
        fortnoxNumber: number,
        previousHostHash: null,
        previousFortnoxHash: null,
        current: fortnox,
        signal: ctx.signal,
      })
    : { fortnoxHash: undefined, requests: 0 };
  const withNumber = spec.withNumber(record, number);
  const written = withNumber ? await spec.host.upsert(withNumber) : record;
  await store.putLinks([
    {
      connectionId,
      register: spec.register,
      hostId: record.id,
      fortnoxNumber: number,
      syncedAt: ctx.now(),
      hostHash: withNumber ? spec.hostHash(written) : hostHash,
      fortnoxHash: result.fortnoxHash ?? spec.fortnoxHash(fortnox),
    },
  ]);
  recorder.count(spec.register, result.requests > 0 ? 'updated' : 'unchanged');
  recorder.log({
    ...base,
    action: result.requests > 0 ? 'updated' : 'skipped',
    message: `matched by ${by}`,
  });
}
