/**
 * Cuts long work into slices so that no task on the page runs longer than the
 * 50 ms the RAIL model (and the issue) allow. Work is a generator that yields
 * between units; each slice runs until its budget is spent, then the rest
 * continues in the next idle period (or a macrotask where there is none).
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

export function runSliced(
  work: Iterator<unknown>,
  scheduler: Scheduler,
  signal?: AbortSignal,
  budget = SLICE_BUDGET_MS,
  stats?: WorkStats,
): Task {
  let cancelLater: (() => void) | null = null;
  let cancelled = false;
  let finish!: (v: boolean) => void;
  const done = new Promise<boolean>((r) => (finish = r));

  const cancel = () => {
    if (cancelled) return;
    cancelled = true;
    cancelLater?.();
    finish(false);
  };
  signal?.addEventListener('abort', cancel, { once: true });

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
      for (let units = 0; units % 8 !== 0 || scheduler.now() < deadline; units++) {
        if (work.next().done) {
          account();
          finish(true);
          return;
        }
      }
    } catch (error) {
      // A failure in our work must never reach the page's error handlers.
      console.debug('[DiploLens] highlight work stopped', error);
      account();
      finish(false);
      return;
    }
    account();
    cancelLater = scheduler.later(slice);
  };
  cancelLater = scheduler.later(slice);
  return { done, cancel };
}
