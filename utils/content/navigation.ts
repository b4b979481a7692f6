/**
 * In-page navigation. Single-page apps (X, Facebook, Telegram web) change pages
 * without loading one; a link to a heading of the same page (a table of
 * contents) changes the address without changing the page. This part tells the
 * two apart and says when a new page has had time to render.
 */
import { guard } from './guard';
import { realClock, type Clock } from './rescan-backoff';

/** How long an app gets to render the new page (title, posts) before it is judged again. */
export const SETTLE_MS = 400;

export interface NavigationDeps {
  doc: Document;
  win: Window;
  /** Ends the watch: listeners and the settle timer go with it. */
  signal: AbortSignal;
  /** The app's own address changes (ContentDeps.onLocationChange). */
  onLocationChange(cb: (newUrl: string) => void): void;
  /** The address the content script works for now. */
  address(): string;
  /** The address moved to a part of the same page: the page, its highlights and the user's choice stay. */
  onAnchor(newUrl: string): void;
  /** The address moved to another page: what belonged to the page that is going goes now. */
  onLeave(newUrl: string): void;
  /** The new page has had SETTLE_MS to render: judge it again. */
  onArrive(): void;
  /** The settle timer: setTimeout unless a test steps time by hand. */
  clock?: Clock;
}

/** Follows the address (the app's changes and the history's popstate) until `signal` aborts. */
export function watchNavigation(deps: NavigationDeps): void {
  const { doc, win, signal } = deps;
  const clock = deps.clock ?? realClock;
  let cancelArrive: (() => void) | undefined;
  const onLocationChange = (newUrl: string) => {
    const url = deps.address();
    if (newUrl === url) return;
    if (isInPageAnchor(url, newUrl, doc)) return deps.onAnchor(newUrl);
    deps.onLeave(newUrl);
    cancelArrive?.();
    cancelArrive = clock.after(
      SETTLE_MS,
      guard(() => {
        cancelArrive = undefined;
        if (!signal.aborted) deps.onArrive();
      }),
    );
  };
  signal.addEventListener('abort', () => cancelArrive?.(), { once: true });
  deps.onLocationChange(guard(onLocationChange));
  win.addEventListener('popstate', guard(() => onLocationChange(win.location.href)), { signal });
}

/**
 * Whether going from `from` to `to` only moves within the same document: the
 * two differ in the fragment alone, and the new fragment is empty or names an
 * element of the page (an anchor). Hash routes of single-page apps ('#/feed',
 * Telegram's '#@channel') name no element, so they count as navigations.
 */
export function isInPageAnchor(from: string, to: string, doc: Document): boolean {
  const cut = (u: string) => {
    const i = u.indexOf('#');
    return i < 0 ? [u, ''] : [u.slice(0, i), u.slice(i + 1)];
  };
  const [a, before] = cut(from);
  const [b, hash] = cut(to);
  if (a !== b) return false;
  const names = (h: string) => {
    let id = h;
    try {
      id = decodeURIComponent(h);
    } catch {
      // a malformed escape: the raw fragment is looked up as it is
    }
    return !!doc.getElementById(id) || !!doc.getElementsByName(id).length;
  };
  // Back to no fragment: the top of the same page, unless the fragment left was an app's route.
  if (!hash) return !before || names(before);
  return names(hash);
}
