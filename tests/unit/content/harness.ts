/**
 * A content script under happy-dom with fake highlight plumbing: CSS.highlights
 * is a Map, Highlight a Set, StaticRange a plain object. happy-dom lacks the
 * Custom Highlight API; real paint is checked in Chromium (tests/e2e).
 */
import { vi } from 'vitest';
import { startContent, type Clock } from '../../../utils/content/controller';
import { createContentLexicon } from '../../../utils/content/lexicon-adapter';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { encodeHits, termTable } from '../../../utils/lexicon/hit-codec';
import { LEXICON } from '../../../seeds/lexicon';

const terms = termTable(LEXICON);
import type { Detection, PageSignals } from '../../../utils/detect/types';
import type { DetectItem } from '../../../utils/messages/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { adapterFor } from '../../../utils/sites/index';
import { onScreen } from '../highlight/fake-layout';
import type { Layout } from '../../../utils/highlight/layout';

/**
 * A clock that moves only when the test moves it (`advance`), firing the
 * timers that fall due on the way: what the controller's back-off decides no
 * longer depends on how fast a loaded machine runs the test.
 */
export function manualClock(): Clock & { advance(ms: number): void; pending(): number } {
  let t = 0;
  let timers: Array<{ at: number; cb: () => void }> = [];
  return {
    now: () => t,
    after(ms, cb) {
      const timer = { at: t + ms, cb };
      timers.push(timer);
      return () => void (timers = timers.filter((x) => x !== timer));
    },
    advance(ms) {
      const end = t + ms;
      for (;;) {
        const due = timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((x) => x !== due);
        t = due.at;
        due.cb();
      }
      t = end;
    },
    pending: () => timers.length,
  };
}
import { renderHoverCard } from '../../../components/HoverCard';

export const MFA: Detection = {
  kind: 'mfa',
  subkind: 'ministry',
  country: 'UZ',
  confidence: 0.98,
  reasons: ['test'],
  platform: 'web',
};
export const NONE: Detection = { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web' };

export interface FakeRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export function text(r: FakeRange): string {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

export function mount(
  url: string,
  opts: { detect?: (url: string, signals: PageSignals) => Detection; settings?: Partial<Settings>; highlightApi?: boolean; layout?: Layout; clock?: Clock; shadowSheet?: boolean } = {},
) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const registry = new Map<string, Set<FakeRange>>();
  const listeners = new Set<(...a: never[]) => unknown>();
  const sent: Array<[string, unknown]> = [];
  const ac = new AbortController();
  // The background's 'lexicon.match', answered here by the same matcher and wire encoding.
  const remote = vi.fn(async (text: string) => ({ hits: encodeHits(match(text, defaultLexicon()), terms), ms: 0 }));
  const settings = { ...DEFAULT_SETTINGS, ...opts.settings };
  let settingsCb: ((s: Settings) => void) | null = null;
  let locationCb: ((u: string) => void) | null = null;
  const detectCalls: number[] = [];
  /** The judgements the background made of this page ('page.detect'), each recorded as the tab's for its badge. */
  const judged: Detection[] = [];
  const judge = opts.detect ?? ((u: string) => (new URL(u).hostname === 'mfa.uz' ? MFA : NONE));
  const controller = startContent({
    doc: document,
    win: window,
    signal: ac.signal,
    onMessage: {
      addListener: (l) => void listeners.add(l as never),
      removeListener: (l) => void listeners.delete(l as never),
    },
    send: async (type, payload) => {
      sent.push([type, payload]);
      if (type === 'page.detect') {
        // The background judges the page itself (one detection request) and records it for the badge.
        const item = payload as DetectItem;
        detectCalls.push(1);
        const d = judge(item.url, item.signals);
        judged.push(d);
        return { ok: true, value: d } as never;
      }
      return { ok: true, value: type === 'example.save' ? { id: 'x' } : null } as never;
    },
    nextFrame: (cb) => void setTimeout(cb, 0),
    onLocationChange: (cb) => void (locationCb = cb),
    // The background's batch request, answered here by a plain function per item.
    detect: async (items) => {
      detectCalls.push(items.length);
      return items.map((i) => judge(i.url, i.signals));
    },
    adapterFor,
    loadSettings: async () => settings,
    watchSettings: (cb) => {
      settingsCb = cb;
      return () => (settingsCb = null);
    },
    lexicon: createContentLexicon(remote),
    highlightApi:
      opts.highlightApi === false
        ? null
        : {
            registry: registry as never,
            createHighlight: () => new Set<FakeRange>() as never,
            createRange: (init) => ({ ...init }) as never,
          },
    scheduler: { now: () => performance.now(), later: (cb) => { const id = setTimeout(cb, 0); return () => clearTimeout(id); } },
    cardCss: '',
    // happy-dom lays nothing out: the whole page is on screen unless a test lays it out itself.
    layout: opts.layout ?? onScreen(),
    clock: opts.clock,
    shadowSheet: opts.shadowSheet,
    renderCard: renderHoverCard,
  });

  /** Calls the content script's message listener as the browser would. */
  async function ask<T>(type: string, payload: unknown = null): Promise<T> {
    const [l] = [...listeners] as ((m: unknown, s: unknown, r: (x: unknown) => void) => unknown)[];
    if (!l) throw new Error('no listener');
    return new Promise<T>((resolve) => l({ dl: 1, type, payload }, {}, resolve as (x: unknown) => void));
  }

  async function settle() {
    await controller.ready;
    await new Promise((r) => setTimeout(r, 0));
    // Several rounds: detection, settings, lexicon and scans each take a turn of the event loop.
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await controller.highlighter()?.idle();
    }
  }

  /** Every painted range's text, by highlight name. */
  function painted(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [name, set] of registry) if (set.size) out[name] = [...set].map(text);
    return out;
  }

  return {
    controller,
    registry,
    listeners,
    sent,
    /** Items per detection request the content script made. */
    detectCalls,
    judged,
    /** The background matcher: a page that is not highlighted never asks it. */
    matcher: remote,
    ask,
    settle,
    painted,
    allPainted: () => Object.values(painted()).flat(),
    changeSettings: (s: Partial<Settings>) => settingsCb?.({ ...settings, ...s }),
    /** As a single-page app would: a new address without a page load. */
    navigate: (u: string) => {
      (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(u);
      locationCb?.(u);
    },
    abort: () => ac.abort(),
  };
}
