/**
 * Cuts long work into slices so that no task on the page runs longer than the
 * 50 ms the RAIL model (and the issue) allow. Work is a generator that yields
 * between units; each slice runs until its budget is spent, then the rest
 * continues in the next idle period (or a macrotask where there is none).
 *
 * Work may also yield a promise (a reply it waits for, such as the background's
 * matches): the slice ends there, and the work resumes in the first idle period
 * after the promise settles, receiving its value from `yield`. (Resuming at
 * once, in the reply's own task, made a 5 MB page finish later, not sooner:
 * bench/highlight.ts.) A rejected
 * promise stops the work as an exception would.
 */

/** Per-slice budget when the browser does not say how idle it is: room inside one 16 ms frame for the page itself. */
export const SLICE_BUDGET_MS = 8;
/**
 * Longest slice we take from an idle period. Idle periods last at most 50 ms
 * (the Idle Callbacks spec caps them there so input stays responsive); 40 ms
 * stays clear of the 50 ms long-task line.
 */
export const MAX_IDLE_SLICE_MS = 40;

export interface Scheduler {
  now(): number;
  /** Run `cb` later (idle period or next macrotask), with the time it may use; returns a cancel function. */
  later(cb: (budgetMs?: number) => void): () => void;
}

export function browserScheduler(win: Window & typeof globalThis): Scheduler {
  const ric = win.requestIdleCallback?.bind(win);
  return {
    now: () => win.performance.now(),
    later(cb) {
      if (ric) {
        // timeout: a busy page must still get its highlights within a second.
        const id = ric((deadline) => cb(deadline.didTimeout ? SLICE_BUDGET_MS : deadline.timeRemaining()), { timeout: 1000 });
        return () => win.cancelIdleCallback(id);
      }
      const id = win.setTimeout(cb, 0);
      return () => win.clearTimeout(id);
    },
  };
}

/** What the sliced work cost the page's main thread (for the popup's diagnostics and the benchmark). */
export interface WorkStats {
  slices: number;
  busyMs: number;
  longestSliceMs: number;
}

export const newStats = (): WorkStats => ({ slices: 0, busyMs: 0, longestSliceMs: 0 });

export interface Task {
  /** Resolves true when the work completed, false when it was cancelled. */
  done: Promise<boolean>;
  cancel(): void;
}

export const isThenable = (x: unknown): x is PromiseLike<unknown> =>
  typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';

export function runSliced(
  work: Iterator<unknown, unknown, unknown>,
  scheduler: Scheduler,
  signal?: AbortSignal,
  budget = SLICE_BUDGET_MS,
  stats?: WorkStats,
): Task {
  let cancelLater: (() => void) | null = null;
  let cancelled = false;
  let resolve!: (v: boolean) => void;
  const done = new Promise<boolean>((r) => (resolve = r));

  /**
   * Every way the run ends (done, failed, cancelled) comes through here, and
   * takes its abort listener off the signal: the signal outlives the run (a
   * highlighting session's), and a page that changes a paragraph every second
   * starts a run every second; `once` only removes the listener when it fires.
   */
  const finish = (completed: boolean) => {
    signal?.removeEventListener('abort', cancel);
    resolve(completed);
  };
  const cancel = () => {
    if (cancelled) return;
    cancelled = true;
    cancelLater?.();
    finish(false);
  };

  /** What the awaited promise gave, for the next `work.next()`. */
  let resumeWith: unknown;
  const fail = (error: unknown) => {
    // A failure in our work must never reach the page's error handlers.
    console.debug('[DiploLens] highlight work stopped', error);
    cancelled = true;
    finish(false);
  };

  const slice = (offered?: number) => {
    cancelLater = null;
    if (cancelled) return;
    const allowed = offered === undefined ? budget : Math.min(MAX_IDLE_SLICE_MS, Math.max(budget, offered));
    const began = scheduler.now();
    const deadline = began + allowed;
    const account = () => {
      if (!stats) return;
      const spent = scheduler.now() - began;
      stats.slices++;
      stats.busyMs += spent;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    };
    try {
      // The clock is read every 8 units: units are small (a few hundred nodes or
      // one segment), and performance.now() per unit was a measurable cost.
      // Every slice does at least one unit: progress is certain whatever the clock says.
      for (let units = 0; units === 0 || units % 8 !== 0 || scheduler.now() < deadline; units++) {
        const value = resumeWith;
        resumeWith = undefined;
        const step = work.next(value);
        if (step.done) {
          account();
          finish(true);
          return;
        }
        if (isThenable(step.value)) {
          account();
          step.value.then(
            (v) => {
              if (cancelled) return;
              resumeWith = v;
              cancelLater = scheduler.later(slice);
            },
            (error: unknown) => !cancelled && fail(error),
          );
          return;
        }
      }
    } catch (error) {
      account();
      fail(error);
      return;
    }
    account();
    cancelLater = scheduler.later(slice);
  };
  if (signal?.aborted) {
    // An aborted signal never fires 'abort' again: without this the work would run anyway.
    cancel();
    return { done, cancel };
  }
  signal?.addEventListener('abort', cancel, { once: true });
  cancelLater = scheduler.later(slice);
  return { done, cancel };
}
