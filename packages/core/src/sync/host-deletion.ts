import { isFortnoxApiError } from '../errors/index.js';
import { deletionAction } from './deletion-policy.js';
import type { PushContext } from './push.js';
import { describeRecordError, isRecordError } from './record-error.js';

/**
 * A host tombstone (`HostChangePage.deleted`) towards Fortnox: delete, deactivate or only
 * unlink the linked Fortnox record, as the deletion policy and settings 22 / 24 / 28 say.
 * Fortnox refuses to delete a record that documents use: it is deactivated instead and the
 * run log quotes Fortnox's reason. A host record that never reached Fortnox costs nothing.
 */
export async function pushHostDeletion(ctx: PushContext, hostId: string): Promise<void> {
  const { spec, recorder, store, connectionId } = ctx;
  const register = spec.register;
  const link = await store.getLinkByHostId(connectionId, register, hostId);
  if (!link) return;
  const number = link.fortnoxNumber;
  const action = deletionAction(ctx.deletions, register, spec.deletesToFortnox);
  const base = { register, direction: 'to-fortnox' as const, hostId, fortnoxNumber: number };
  if (ctx.dryRun) {
    const reason =
      action === 'delete'
        ? 'deleted in the host (Fortnox refuses to delete a record that documents use: it would be deactivated instead)'
        : 'deleted in the host';
    return recorder.plan({ ...base, action, reason, label: null });
  }
  try {
    if (action === 'unlink') {
      await store.deleteLink(connectionId, register, hostId);
      return done(ctx, {
        ...base,
        action: 'unlinked',
        message: 'deleted in the host; the Fortnox record is left as it is',
      });
    }
    if (action === 'delete') {
      const refusal = await removeInFortnox(ctx, number);
      if (refusal === undefined) {
        await store.deleteLink(connectionId, register, hostId);
        return done(ctx, { ...base, action: 'deleted', message: 'deleted in the host' });
      }
      await spec.deactivate(number, ctx.signal);
      return done(ctx, {
        ...base,
        action: 'deactivated',
        code: refusal.code,
        message: `deleted in the host; not deleted in Fortnox, which refuses while documents use it (${refusal.message}); deactivated instead`,
      });
    }
    // The link stays: the pull then knows the host deleted it and does not bring it back.
    await spec.deactivate(number, ctx.signal);
    return done(ctx, { ...base, action: 'deactivated', message: 'deleted in the host' });
  } catch (error) {
    if (!isRecordError(error)) throw error;
    recorder.count(register, 'failed');
    recorder.log({ ...base, action: 'failed', ...describeRecordError(error) });
  }
}

/** Deletes in Fortnox; returns Fortnox's refusal (400) instead of throwing it. */
async function removeInFortnox(ctx: PushContext, number: string) {
  try {
    await ctx.spec.remove(number, ctx.signal);
    return undefined;
  } catch (error) {
    if (isFortnoxApiError(error) && error.status === 404) return undefined; // already gone
    if (isFortnoxApiError(error) && error.status === 400) return describeRecordError(error);
    throw error;
  }
}

function done(ctx: PushContext, entry: Parameters<PushContext['recorder']['log']>[0]): void {
  ctx.recorder.count(ctx.spec.register, 'deleted');
  ctx.recorder.log(entry);
}
