// @vitest-environment happy-dom
/**
 * Work tied to a long-lived signal leaves no listener behind when it ends: a
 * page that changes a paragraph every second (a live clock) starts a run every
 * second on the same session signal, and listeners (and the closures they hold)
 * used to pile up without bound.
 */
import { describe, expect, test } from 'vitest';
import { runSliced, type Scheduler } from '../../../utils/highlight/scheduler';
import { observeMutations } from '../../../utils/highlight/observer';
import { pageSession, timeoutScheduler } from './fakes';

/** An AbortController whose signal counts the 'abort' listeners it holds. */
function countedAbort() {
  const ac = new AbortController();
  const signal = ac.signal;
  const live = new Set<unknown>();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, l: EventListenerOrEventListenerObject, o?: AddEventListenerOptions) => {
    if (type === 'abort') live.add(l);
    add(type, l, o);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, l: EventListenerOrEventListenerObject, o?: EventListenerOptions) => {
    if (type === 'abort') live.delete(l);
    remove(type, l, o);
  }) as typeof signal.removeEventListener;
  return { ac, signal, live };
}

const scheduler: Scheduler = timeoutScheduler;

describe('abort listeners are removed when the work ends', () => {
  test('runs that complete, fail, wait on a rejected promise or are cancelled leave none', async () => {
    const { signal, live } = countedAbort();
    function* work() {
      yield;
      yield;
    }
    for (let i = 0; i < 100; i++) expect(await runSliced(work(), scheduler, signal).done).toBe(true);
    expect(live.size).toBe(0);
    function* failing(): Generator<undefined> {
      yield;
      throw new Error('boom');
    }
    expect(await runSliced(failing(), scheduler, signal).done).toBe(false);
    function* waiting(): Generator<unknown> {
      yield Promise.reject(new Error('port closed'));
    }
    expect(await runSliced(waiting(), scheduler, signal).done).toBe(false);
    const task = runSliced(work(), scheduler, signal);
    task.cancel();
    expect(await task.done).toBe(false);
    expect(live.size).toBe(0);
  });

  test('a run started on an aborted signal does nothing', async () => {
    const ac = new AbortController();
    ac.abort();
    let ran = false;
    function* work() {
      ran = true;
      yield;
    }
    expect(await runSliced(work(), scheduler, ac.signal).done).toBe(false);
    expect(ran).toBe(false);
  });

  test('a paragraph that changes again and again (a live clock) leaves no listener per change', async () => {
    document.body.innerHTML = '<p id="clock">12:00:00</p><p>On soft power.</p>';
    const { signal, live } = countedAbort();
    const s = pageSession({ observe: false, extra: { signal } });
    s.hl.scan([document.body]);
    await s.hl.idle();
    const clock = document.getElementById('clock')!;
    for (let i = 0; i < 30; i++) {
      clock.textContent = `12:00:${String(i).padStart(2, '0')}`;
      s.hl.rescanBlocks([clock]);
      await s.hl.idle();
    }
    expect(live.size).toBe(0);
    expect(s.painted()).toEqual(['soft power']);
  });

  test('an observer disconnected by hand takes its listener off the signal', () => {
    const { signal, live } = countedAbort();
    const watch = observeMutations({
      root: document.body,
      createObserver: (cb) => new MutationObserver(cb),
      nextFrame: (cb) => void setTimeout(cb, 0),
      onBatch: () => {},
      signal,
    });
    expect(live.size).toBe(1);
    watch.disconnect();
    expect(live.size).toBe(0);
  });
});
