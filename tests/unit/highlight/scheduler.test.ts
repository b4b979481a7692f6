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

  test('work that yields a promise pauses until it settles, then goes on with its value', async () => {
    const { s, slices } = fakeScheduler();
    let release!: (v: string) => void;
    const reply = new Promise<string>((r) => (release = r));
    const got: unknown[] = [];
    function* work(): Generator<unknown, void, unknown> {
      s.tick();
      got.push(yield reply);
      s.tick();
    }
    const task = runSliced(work(), s, undefined, 8);
    await new Promise((r) => setTimeout(r, 20));
    // The slice ended at the promise: nothing runs while it is pending.
    expect(got).toEqual([]);
    const before = slices.length;
    release('hits');
    expect(await task.done).toBe(true);
    expect(got).toEqual(['hits']);
    // Resumed in a slice of its own, after the promise settled.
    expect(slices.length).toBe(before + 1);
  });

  test('a rejected promise stops the work without escaping, and cancelling while waiting stops it too', async () => {
    const { s } = fakeScheduler();
    function* failing(): Generator<unknown, void, unknown> {
      yield Promise.reject(new Error('background gone'));
      throw new Error('must not resume');
    }
    expect(await runSliced(failing(), s).done).toBe(false);

    let resumed = false;
    function* waiting(): Generator<unknown, void, unknown> {
      yield new Promise((r) => setTimeout(r, 10));
      resumed = true;
    }
    const task = runSliced(waiting(), s);
    setTimeout(() => task.cancel(), 2);
    expect(await task.done).toBe(false);
    await new Promise((r) => setTimeout(r, 30));
    expect(resumed).toBe(false);
  });
});
