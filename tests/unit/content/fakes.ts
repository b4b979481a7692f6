/**
 * Small fakes for the content script's parts, each passed as a parameter:
 * a site adapter that reads authors from `data-author`, and a signal that
 * counts the 'abort' listeners it holds (what a part leaves behind).
 */
import type { Detection } from '../../../utils/detect/types';
import type { FoundPost, SiteAdapter } from '../../../utils/sites/types';

/** Posts are <article>s; `data-author` names the handle ('' for one the markup hides), none for no author at all. */
export function fakeAdapter(platform: SiteAdapter['platform'] = 'x'): SiteAdapter {
  const read = (el: Element): FoundPost => {
    const handle = el.getAttribute('data-author');
    return { element: el, author: handle === null ? null : { handle, name: handle.toUpperCase() }, text: el.textContent ?? '', permalink: el.getAttribute('data-link') ?? undefined };
  };
  return {
    platform,
    matches: () => true,
    urlAuthor: (url) => url.pathname.split('/')[1] || null,
    pageAuthor: () => null,
    findPosts: (root) => {
      const els: Element[] = [...root.querySelectorAll('article')];
      if (root.nodeType === 1 && (root as Element).matches('article')) els.unshift(root as Element);
      return els.map(read);
    },
    postSelector: 'article',
    nestedPostSelector: 'article article',
    examples: [],
  };
}

export const OFFICIAL: Detection = { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: ['test'], platform: 'x' };
export const PERSON: Detection = { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'x' };

/** An AbortController whose signal counts the 'abort' listeners it holds. */
export function countedAbort() {
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
