import { describe, expect, it } from 'vitest';
import { createVirtualClock } from './clock.js';

describe('virtual clock', () => {
  it('wakes sleepers only when time is advanced past their deadline, in order', async () => {
    const clock = createVirtualClock({ start: 0 });
    const woke: string[] = [];
    const a = clock.sleep(200).then(() => woke.push('a'));
    const b = clock.sleep(100).then(() => woke.push('b'));
    clock.advance(150);
    await b;
    expect(woke).toEqual(['b']);
    clock.advance(50);
    await a;
    expect(woke).toEqual(['b', 'a']);
  });

  it('with autoAdvance, jumps to the earliest sleeper when nothing else is running', async () => {
    const clock = createVirtualClock({ start: 1000, autoAdvance: true });
    await clock.sleep(5000);
    expect(clock.now()).toBe(6000);
  });

  it('with autoAdvance, also runs where there is no setImmediate (browsers)', async () => {
    const saved = globalThis.setImmediate;
    Reflect.deleteProperty(globalThis, 'setImmediate');
    try {
      const clock = createVirtualClock({ start: 0, autoAdvance: true });
      await clock.sleep(60_000);
      expect(clock.now()).toBe(60_000);
    } finally {
      globalThis.setImmediate = saved;
    }
  });

  it('rejects a sleep with the abort reason and forgets the sleeper', async () => {
    const clock = createVirtualClock({ start: 0 });
    const controller = new AbortController();
    const sleeping = clock.sleep(1000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(sleeping).rejects.toThrow('stopped');
    expect(clock.pendingSleeps).toBe(0);
  });

  it('never moves backwards', () => {
    const clock = createVirtualClock({ start: 5000 });
    clock.set(1000);
    expect(clock.now()).toBe(5000);
  });
});
