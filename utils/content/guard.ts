/**
 * Error containment for callbacks the page's event loop calls (events, frames,
 * observers, timers): an exception in DiploLens stays in DiploLens and never
 * reaches the page's error handlers or console as the page's own.
 */
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('[DiploLens]', error);
    }
  };
}
