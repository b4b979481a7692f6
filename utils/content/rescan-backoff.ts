/**
 * The rescan back-off of the content script. A mutation burst too large to
 * sort becomes a rescan of everything; a page that keeps bursting (a live
 * dashboard rebuilt every frame) would keep the walk busy for ever, so rescans
 * that follow each other within RESCAN_QUIET_MS wait, twice as long each time
 * (up to RESCAN_MAX_DELAY_MS), and bursts meanwhile join the waiting one.
 */

/** Full rescans (mutation bursts) closer together than this are spaced out. */
export const RESCAN_QUIET_MS = 2000;
/** The first wait of a rescan that follows another, doubled each time up to the max. */
export const RESCAN_MIN_DELAY_MS = 250;
export const RESCAN_MAX_DELAY_MS = 8000;

/** A clock with one kind of timer: `after` returns a function that cancels it. */
export interface Clock {
  now(): number;
  after(ms: number, cb: () => void): () => void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  after(ms, cb) {
    const id = setTimeout(cb, ms);
    return () => clearTimeout(id);
  },
};

/**
 * `soon()` asks for a rescan: at once when the last was long enough ago, else
 * after the back-off's wait (one waiting rescan at most). `rescan` runs it;
 * nothing runs after `signal` aborts.
 */
export function createRescanBackoff(deps: { clock?: Clock; signal: AbortSignal; rescan: () => void }) {
  const clock = deps.clock ?? realClock;
  let cancel: (() => void) | undefined;
  let last = -Infinity;
  let delay = 0;
  const now = () => {
    cancel = undefined;
    if (deps.signal.aborted) return;
    last = clock.now();
    deps.rescan();
  };
  deps.signal.addEventListener('abort', () => cancel?.(), { once: true });
  return {
    soon(): void {
      if (cancel !== undefined || deps.signal.aborted) return;
      const calm = clock.now() - last > RESCAN_QUIET_MS;
      delay = calm ? 0 : Math.min(Math.max(delay * 2, RESCAN_MIN_DELAY_MS), RESCAN_MAX_DELAY_MS);
      if (!delay) now();
      else cancel = clock.after(delay, now);
    },
    /** A rescan is waiting for its timer. */
    waiting: () => cancel !== undefined,
  };
}
