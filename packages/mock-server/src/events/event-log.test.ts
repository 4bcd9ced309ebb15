import { describe, expect, it } from 'vitest';
import { EventLog } from './event-log.js';

const DAY = 24 * 3_600_000;

function logAt(start: number) {
  let now = start;
  const log = new EventLog({ now: () => now });
  const publish = (entityId: string) =>
    log.publish({
      topic: 'orders',
      type: 'order-updated-v1',
      tenantId: 1,
      entityId,
      timestamp: new Date(now).toISOString(),
    });
  return { log, publish, pass: (ms: number) => (now += ms) };
}

describe('event log', () => {
  it('replays a topic after an offset, in order', () => {
    const { log, publish } = logAt(0);
    const first = publish('1');
    publish('2');
    publish('3');
    expect(log.replay('orders', first.offset).map((e) => e.entityId)).toEqual(['2', '3']);
    expect(log.replay('orders').map((e) => e.entityId)).toEqual(['1', '2', '3']);
  });

  it('keeps about two weeks: older events are gone, offsets stay valid', () => {
    const { log, publish, pass } = logAt(0);
    const old = publish('1');
    pass(10 * DAY);
    const recent = publish('2');
    pass(5 * DAY); // '1' is now 15 days old, '2' 5 days
    expect(log.replay('orders').map((e) => e.entityId)).toEqual(['2']);
    // A client back after the outage gets what is left after its offset...
    expect(log.replay('orders', old.offset).map((e) => e.entityId)).toEqual(['2']);
    // ...and a newer offset still means "after this one".
    const next = publish('3');
    expect(log.replay('orders', recent.offset).map((e) => e.entityId)).toEqual(['3']);
    expect(next.offset).not.toBe(recent.offset);
  });
});
