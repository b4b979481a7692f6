/**
 * Which page this is and whose: its address, its site adapter, what its markup
 * says (page-info.ts), and the background's judgement of its source. Detection
 * itself is the background's ('page.detect', which also records it as the
 * tab's for the badge); this part keeps the answer and knows when it is stale.
 */
import { NONE_DETECTION, type Detection } from '../detect/types';
import type { DetectItem } from '../messages/protocol';
import type { SiteAdapter } from '../sites/types';
import type { SendToBackground } from './deps';
import { readPageInfo, type PageInfo } from './page-info';

export interface PageDetectionDeps {
  doc: Document;
  /** Ends the wait for a prerendered page to be shown. */
  signal: AbortSignal;
  /** The address at start. */
  url: string;
  adapterFor(url: URL): SiteAdapter;
  send: SendToBackground;
}

export function createPageDetection(deps: PageDetectionDeps) {
  const { doc, signal } = deps;
  let url = deps.url;
  let adapter = deps.adapterFor(new URL(url));
  let info: PageInfo = readPageInfo(doc, url);
  let detection: Detection = { ...NONE_DETECTION, platform: adapter.platform };

  /** The account the page belongs to (a profile, a channel), from its address or else its markup. */
  function owner(): string | undefined {
    try {
      return adapter.urlAuthor(new URL(url)) ?? adapter.pageAuthor(doc)?.handle ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** The owner's profile signals (bio, links, badge, channel id) on a profile page; never throws. */
  function profile() {
    try {
      return adapter.profile?.(doc) ?? {};
    } catch {
      return {};
    }
  }

  /** What the background judges the page by. */
  function item(): DetectItem {
    const author = adapter.platform === 'web' ? {} : { authorHandle: owner(), ...profile() };
    return { url, signals: { ...info.signals, ...author } };
  }

  return {
    get url() {
      return url;
    },
    get adapter() {
      return adapter;
    },
    get info() {
      return info;
    },
    get detection() {
      return detection;
    },
    owner,
    item,
    /** The address changed (in-page navigation); the page is read again by `reread`. */
    moveTo(newUrl: string) {
      url = newUrl;
    },
    /** Reads the adapter and the page's markup again, for the current address (a new page of an app). */
    reread() {
      adapter = deps.adapterFor(new URL(url));
      info = readPageInfo(doc, url);
    },
    /**
     * Has the background judge the page. Resolves true when the answer is
     * this page's (the address did not move meanwhile, nothing was torn down).
     */
    async judge(): Promise<boolean> {
      const at = url;
      const r = await deps.send('page.detect', item());
      if (signal.aborted || at !== url) return false;
      // If the background cannot answer, nothing is official.
      detection = r.ok ? r.value : { ...NONE_DETECTION, platform: adapter.platform };
      // A page Chrome prerenders is not yet its tab's top frame, and the background takes the
      // badge from the top frame only: ask again once the page is shown.
      if ((doc as Document & { prerendering?: boolean }).prerendering) {
        doc.addEventListener('prerenderingchange', () => void deps.send('page.detect', item()), { once: true, signal });
      }
      return true;
    },
  };
}

export type PageDetection = ReturnType<typeof createPageDetection>;
