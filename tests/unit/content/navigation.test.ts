// @vitest-environment happy-dom
/**
 * In-page navigation (utils/content/navigation.ts): a jump to an anchor keeps
 * the page; a single-page app's new address leaves it at once and takes the new
 * one up once it has had SETTLE_MS to render; the history's back and forward
 * count too; nothing is left after teardown. Time moves only by hand.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { SETTLE_MS, watchNavigation } from '../../../utils/content/navigation';
import { manualClock } from './harness';

const setURL = (u: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(u);

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(start = 'http://x.com/mfa_uz') {
  setURL(start);
  const clock = manualClock();
  const ac = new AbortController();
  let url = start;
  let appCb: ((u: string) => void) | null = null;
  const events: string[] = [];
  watchNavigation({
    doc: document,
    win: window,
    signal: ac.signal,
    clock,
    onLocationChange: (cb) => void (appCb = cb),
    address: () => url,
    onAnchor: (u) => {
      url = u;
      events.push(`anchor ${u}`);
    },
    onLeave: (u) => {
      url = u;
      events.push(`leave ${u}`);
    },
    onArrive: () => events.push(`arrive ${url}`),
  });
  const app = (u: string) => {
    setURL(u);
    appCb?.(u);
  };
  return { clock, ac, events, app };
}

describe('in-page navigation', () => {
  test('a link to a heading of the same page is an anchor: nothing leaves, nothing arrives', () => {
    document.body.innerHTML = '<h2 id="part-2">Part 2</h2>';
    const { clock, events, app } = setup('http://mfa.uz/en/news');
    app('http://mfa.uz/en/news#part-2');
    clock.advance(SETTLE_MS * 2);
    expect(events).toEqual(['anchor http://mfa.uz/en/news#part-2']);
  });

  test('an app’s new page leaves at once and arrives after SETTLE_MS; the same address again is nothing', () => {
    const { clock, events, app } = setup();
    app('http://x.com/mfa_uz');
    expect(events).toEqual([]);
    app('http://x.com/mfa_kz');
    expect(events).toEqual(['leave http://x.com/mfa_kz']);
    clock.advance(SETTLE_MS - 1);
    expect(events).toHaveLength(1);
    clock.advance(1);
    expect(events).toEqual(['leave http://x.com/mfa_kz', 'arrive http://x.com/mfa_kz']);
  });

  test('pages passed through within SETTLE_MS arrive once, as the last', () => {
    const { clock, events, app } = setup();
    app('http://x.com/a');
    clock.advance(100);
    app('http://x.com/b');
    clock.advance(SETTLE_MS);
    expect(events.filter((e) => e.startsWith('arrive'))).toEqual(['arrive http://x.com/b']);
  });

  test('the history’s back and forward (popstate) count as navigation', () => {
    const { clock, events } = setup();
    setURL('http://x.com/mfa_tr');
    window.dispatchEvent(new PopStateEvent('popstate'));
    clock.advance(SETTLE_MS);
    expect(events).toEqual(['leave http://x.com/mfa_tr', 'arrive http://x.com/mfa_tr']);
  });

  test('teardown: the waiting arrival is cancelled and popstate is no longer heard', () => {
    const { clock, ac, events, app } = setup();
    app('http://x.com/a');
    expect(clock.pending()).toBe(1);
    ac.abort();
    expect(clock.pending()).toBe(0);
    setURL('http://x.com/b');
    window.dispatchEvent(new PopStateEvent('popstate'));
    clock.advance(SETTLE_MS * 2);
    expect(events).toEqual(['leave http://x.com/a']);
  });
});
