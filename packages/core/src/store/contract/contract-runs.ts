import { expect, it } from 'vitest';
import type { StateStoreContext } from './contract-context.js';
import { T0 } from './contract-context.js';

/** The contract's tests of sync runs, their checkpoints and their per-record log. */
export function describeRunContract(context: StateStoreContext): void {
  it('records runs with checkpoints and a per-record log in order', async () => {
    const store = await context.setup();
    await store.createRun({
      id: 'r1',
      connectionId: 'c1',
      trigger: 'schedule',
      status: 'running',
      startedAt: T0,
    });
    await store.createRun({
      id: 'r2',
      connectionId: 'c1',
      trigger: 'manual',
      status: 'running',
      startedAt: T0 + 10,
    });
    await expect(
      store.createRun({
        id: 'r1',
        connectionId: 'c1',
        trigger: 'manual',
        status: 'running',
        startedAt: T0,
      }),
    ).rejects.toThrow();
    const checkpoint = { register: 'articles', page: 7 };
    await store.updateRun('r1', {
      checkpoint,
      counts: {
        articles: {
          read: 5,
          created: 1,
          updated: 2,
          unchanged: 2,
          skipped: 0,
          failed: 0,
          deleted: 0,
        },
      },
    });
    expect(await store.getRun('r1')).toMatchObject({
      status: 'running',
      checkpoint,
      counts: { articles: { read: 5 } },
    });
    await store.updateRun('r1', { status: 'interrupted', finishedAt: T0 + 5 });
    expect((await store.listRuns('c1')).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect((await store.listRuns('c1', 1)).map((r) => r.id)).toEqual(['r2']);
    const entry = {
      runId: 'r1',
      at: T0,
      register: 'customers' as const,
      direction: 'to-host' as const,
    };
    await store.appendRunLog([
      {
        ...entry,
        seq: 1,
        action: 'failed',
        hostId: 'h9',
        message: 'Ogiltigt organisationsnummer',
      },
      { ...entry, seq: 0, action: 'created', fortnoxNumber: '1001' },
    ]);
    const log = await store.listRunLog('r1');
    expect(log.map((e) => e.seq)).toEqual([0, 1]);
    expect(log[1]).toMatchObject({ action: 'failed', hostId: 'h9', fortnoxNumber: null });
    expect(await store.listRunLog('r1', { offset: 1, limit: 5 })).toHaveLength(1);
  });
}
