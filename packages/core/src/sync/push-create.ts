import { partyLock } from '../store/party-lock.js';
import type { PushContext } from './push.js';
import type { HostRecord } from './register-spec.js';

/**
 * Creates an unlinked host record in Fortnox and links it, under the same lock a send takes
 * to create that record's customer or article (`partyLock`). Inside the lock the link is
 * read again: a send that held it first has created and linked the record, so the sync
 * creates nothing (before, a send and a sync could both create the same new customer).
 */
export async function createInFortnox(
  ctx: PushContext,
  record: HostRecord,
  base: { register: PushContext['spec']['register']; hostId: string; label: string | null },
): Promise<void> {
  const { spec, recorder, store, connectionId } = ctx;
  const register = spec.register;
  const { lock, key } = partyLock(store);
  await lock.withLock(key(connectionId, register, record.id), async () => {
    const linked = await store.getLinkByHostId(connectionId, register, record.id);
    if (linked) return recorder.count(register, 'unchanged');
    const created = await spec.create(record, ctx.signal);
    const number = spec.numberOf(created);
    const withNumber = spec.withNumber(record, number);
    const written = withNumber ? await spec.host.upsert(withNumber) : record;
    await store.putLinks([
      {
        connectionId,
        register,
        hostId: record.id,
        fortnoxNumber: number,
        syncedAt: ctx.now(),
        hostHash: spec.hostHash(written),
        fortnoxHash: spec.fortnoxHash(created),
      },
    ]);
    recorder.count(register, 'created');
    recorder.log({ ...base, direction: 'to-fortnox', action: 'created', fortnoxNumber: number });
  });
}
