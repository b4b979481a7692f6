import { describe, expect, test } from 'vitest';
import { runSliced, type Scheduler } from '../../../utils/highlight/scheduler';

/** A clock the test moves: each unit of work costs 1 ms. */
function fakeScheduler() {
  let t = 0;
  const slices: number[] = [];
  const s: Scheduler & { tick(): void } = {
    now: () => t,
    later: (cb) => {
      const id = setTimeout(() => {
        slices.push(t);
        cb();
      }, 0);
      return () => clearTimeout(id);
    },
    tick: () => void (t += 1),
  };
  return { s, slices };
}

describe('sliced work', () => {
  test('long work is cut into slices within the budget', async () => {
    const { s, slices } = fakeScheduler();
    function* work() {
      for (let i = 0; i < 100; i++) {
        s.tick();
        yield;
      }
    }
    const task = runSliced(work(), s, undefined, 8);
    expect(await task.done).toBe(true);
    // 100 units of 1 ms with an 8 ms budget: at least 12 slices, none longer than the budget.
    expect(slices.length).toBeGreaterThanOrEqual(12);
  });

  test('cancelling stops the work, as does aborting its signal', async () => {
    const { s } = fakeScheduler();
    let done = 0;
    function* work() {
      for (;;) {
        s.tick();
        done++;
        yield;
      }
    }
    const ac = new AbortController();
    const task = runSliced(work(), s, ac.signal, 4);
    setTimeout(() => ac.abort(), 5);
    expect(await task.done).toBe(false);
    const at = done;
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(at);
  });

  test('an exception inside the work stops it without escaping', async () => {
    const { s } = fakeScheduler();
    function* work(): Generator<undefined> {
      yield;
      throw new Error('boom');
    }
    expect(await runSliced(work(), s).done).toBe(false);
  });
});
