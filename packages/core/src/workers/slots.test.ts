import { describe, expect, it } from 'vitest';
import { nodeAtLeast } from './node-version.js';
import { jobIdOf, nextSlot, slotOffset } from './slots.js';

const HOUR = 3_600_000;

describe('staggered slots', () => {
  it('spreads 1,000 connections over the hour: every tenth of it holds 60 to 140 of them', () => {
    const tenths = new Array<number>(10).fill(0);
    for (let i = 0; i < 1000; i++) {
      const offset = slotOffset(`sync:tenant-${i}`, HOUR);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(HOUR);
      const tenth = Math.floor(offset / (HOUR / 10));
      tenths[tenth] = (tenths[tenth] ?? 0) + 1;
    }
    for (const count of tenths) {
      expect(count).toBeGreaterThanOrEqual(60);
      expect(count).toBeLessThanOrEqual(140);
    }
  });

  it('gives a connection the same offset every time', () => {
    expect(slotOffset('sync:a', HOUR)).toBe(slotOffset('sync:a', HOUR));
  });

  it('puts the next slot at or after now, within one interval, at the offset', () => {
    const now = Date.parse('2026-01-05T08:17:00Z');
    for (const offset of [0, 1, 17 * 60_000, 17 * 60_000 + 1, HOUR - 1]) {
      const slot = nextSlot(now, offset, HOUR);
      expect(slot).toBeGreaterThanOrEqual(now);
      expect(slot).toBeLessThan(now + HOUR);
      expect((slot - offset) % HOUR).toBe(0);
    }
    expect(nextSlot(now, 17 * 60_000, HOUR)).toBe(now);
  });
});

describe('slot job ids', () => {
  it('derives the same UUID from the same name and another from another', () => {
    const id = jobIdOf('sync:a:1000');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdOf('sync:a:1000')).toBe(id);
    expect(jobIdOf('sync:a:2000')).not.toBe(id);
  });
});

describe('nodeAtLeast', () => {
  it('compares versions numerically, part by part', () => {
    expect(nodeAtLeast('22.12', '20.20.2')).toBe(false);
    expect(nodeAtLeast('22.12', '22.9.0')).toBe(false);
    expect(nodeAtLeast('22.12', '22.12.0')).toBe(true);
    expect(nodeAtLeast('22.12', '24.1.0')).toBe(true);
  });
});
