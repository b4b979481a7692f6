/**
 * The rescan back-off on its own (utils/content/rescan-backoff.ts): a page that
 * keeps bursting is rescanned at once the first time, then after waits that
 * double up to a cap, bursts meanwhile joining the waiting rescan; a calm spell
 * resets it; nothing runs after teardown. Time moves only by hand.
 */
import { describe, expect, test } from 'vitest';
import { createRescanBackoff, RESCAN_MAX_DELAY_MS, RESCAN_MIN_DELAY_MS, RESCAN_QUIET_MS } from '../../../utils/content/rescan-backoff';
import { manualClock } from './harness';

function setup() {
  const clock = manualClock();
  const ac = new AbortController();
  const at: number[] = [];
  const backoff = createRescanBackoff({ clock, signal: ac.signal, rescan: () => at.push(clock.now()) });
  return { clock, ac, at, backoff };
}

describe('the rescan back-off', () => {
  test('the first burst is rescanned at once; bursts within the quiet spell join one waiting rescan', () => {
    const { clock, at, backoff } = setup();
    backoff.soon();
    expect(at).toEqual([0]);
    for (let i = 0; i < 4; i++) {
      clock.advance(16);
      backoff.soon();
    }
    expect(at).toEqual([0]);
    expect(backoff.waiting()).toBe(true);
    expect(clock.pending()).toBe(1);
    clock.advance(RESCAN_MIN_DELAY_MS);
    expect(at).toEqual([0, 16 + RESCAN_MIN_DELAY_MS]);
  });

  test('a page that keeps bursting waits twice as long each time, up to the cap', () => {
    const { clock, at, backoff } = setup();
    backoff.soon();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = at.length;
      backoff.soon();
      const asked = clock.now();
      while (at.length === before) clock.advance(10);
      waits.push(at.at(-1)! - asked);
    }
    expect(waits).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(Math.max(...waits)).toBe(RESCAN_MAX_DELAY_MS);
  });

  test('after a quiet spell the next burst is rescanned at once again', () => {
    const { clock, at, backoff } = setup();
    backoff.soon();
    backoff.soon();
    clock.advance(RESCAN_MIN_DELAY_MS);
    expect(at).toHaveLength(2);
    clock.advance(RESCAN_QUIET_MS + 1);
    backoff.soon();
    expect(at).toHaveLength(3);
    expect(at[2]).toBe(clock.now());
  });

  test('teardown cancels the waiting rescan, and later bursts ask for none', () => {
    const { clock, ac, at, backoff } = setup();
    backoff.soon();
    backoff.soon();
    ac.abort();
    expect(clock.pending()).toBe(0);
    clock.advance(10_000);
    backoff.soon();
    expect(at).toEqual([0]);
  });
});
