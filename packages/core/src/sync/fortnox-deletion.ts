import type { RegisterLink } from '../store/records.js';
import { deletionAction } from './deletion-policy.js';
import type { PushContext } from './push.js';
import type { HostRecord } from './register-spec.js';

/** The Fortnox numbers a full run's list pages returned, for the ID-set reconciliation. */
export interface FortnoxIdSet {
  numbers: Set<string>;
  /** When the listing began: links written after it are not judged by this set. */
  listedAt: number;
}

/**
 * Whether the linked Fortnox record of `record` vanished: absent from the full run's list
 * pages (decisions/115). A link written after the listing began is not judged, and a
 * suspect is confirmed by one read, because records can shift between pages while Fortnox
 * deletes during the listing.
 */
export async function vanishedInFortnox(
  ctx: PushContext,
  link: RegisterLink | undefined,
): Promise<boolean> {
  const ids = ctx.fortnoxIds;
  if (!ids || !link || link.syncedAt >= ids.listedAt || ids.numbers.has(link.fortnoxNumber))
    return false;
  return (await ctx.spec.get(link.fortnoxNumber, ctx.signal)) === undefined;
}

/**
 * A Fortnox deletion towards the host: delete (through `HostRegister.delete`, else
 * deactivate), deactivate or only unlink the host record, as the deletion policy and
 * settings 22 / 24 say. The link always goes: the Fortnox number is gone.
 */
export async function pullFortnoxDeletion(
  ctx: PushContext,
  record: HostRecord,
  link: RegisterLink,
): Promise<void> {
  const { spec, recorder, store, connectionId } = ctx;
  const register = spec.register;
  const action = deletionAction(ctx.deletions, register, spec.deletesToHost);
  const base = {
    register,
    direction: 'to-host' as const,
    hostId: record.id,
    fortnoxNumber: link.fortnoxNumber,
    label: spec.label(record),
  };
  if (ctx.dryRun) return recorder.plan({ ...base, action, reason: 'deleted in Fortnox' });
  let logged: 'deleted' | 'deactivated' | 'unlinked' = 'unlinked';
  let message = 'deleted in Fortnox; the host record is kept, unlinked';
  if (action === 'delete' && spec.host.delete) {
    await spec.host.delete(record.id);
    logged = 'deleted';
    message = 'deleted in Fortnox';
  } else if (action !== 'unlink') {
    // An inactive host record without a link is never sent to Fortnox as new (push.ts).
    await spec.host.upsert({ ...record, active: false });
    logged = 'deactivated';
    message =
      action === 'delete'
        ? 'deleted in Fortnox; the host register cannot delete: deactivated instead'
        : 'deleted in Fortnox';
  }
  await store.deleteLink(connectionId, register, record.id);
  recorder.count(register, 'deleted');
  recorder.log({ ...base, action: logged, message });
}
