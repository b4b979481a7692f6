// @vitest-environment happy-dom
/**
 * One highlight session (utils/content/highlight-session.ts) with fake
 * plumbing: it scans its scope at start and follows the page's changes; a
 * burst too large to sort is a rescan of the scope, spaced out by the
 * back-off; hidden categories are neither painted nor counted; and on stop or
 * on the page's abort everything tied to it goes: ranges, the observer, the
 * waiting rescan's timer, its listener on the page's signal.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { pageScope, shownMatcher, startHighlightSession, type SessionScope } from '../../../utils/content/highlight-session';
import { MAX_RECORDS_PER_BATCH } from '../../../utils/highlight/observer';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { fakePlumbing, textOf, type FakeRange } from '../highlight/fakes';
import { countedAbort } from './fakes';
import { manualClock } from './harness';

afterEach(() => {
  document.body.innerHTML = '';
});

const frames = () => new Promise((r) => setTimeout(r, 20));

function setup(opts: { scope?: (body: Node) => SessionScope; hidden?: string[] } = {}) {
  const { ac, signal, live } = countedAbort();
  const clock = manualClock();
  const registry = new Map<string, Set<FakeRange>>();
  const lex = { match: async (t: string) => match(t, defaultLexicon()), categoryOf: (id: string) => defaultLexicon().byId.get(id)?.category ?? 'forms' };
  const session = startHighlightSession(
    {
      doc: document,
      signal,
      highlighter: { ...fakePlumbing(registry), match: shownMatcher(lex, new Set(opts.hidden ?? [])) },
      createObserver: (cb) => new MutationObserver(cb),
      nextFrame: (cb) => void setTimeout(cb, 0),
      clock,
    },
    (opts.scope ?? pageScope)(document.body),
  );
  async function settle() {
    for (let i = 0; i < 5; i++) {
      await frames();
      await session.hl.idle();
    }
  }
  const painted = () => [...registry.values()].flatMap((s) => [...s].map(textOf)).sort();
  return { ac, live, clock, session, registry, settle, painted };
}

/** A burst the observer cannot sort: more records than one batch takes. */
function burst(into: Element) {
  for (let i = 0; i <= MAX_RECORDS_PER_BATCH; i++) into.appendChild(document.createElement('span'));
}

describe('a highlight session', () => {
  test('scans the page at start and follows what is added and edited', async () => {
    document.body.innerHTML = '<p id="p">On soft power.</p>';
    const s = setup();
    await s.settle();
    expect(s.painted()).toEqual(['soft power']);
    const added = document.createElement('p');
    added.textContent = 'And nation branding.';
    document.body.append(added);
    document.getElementById('p')!.firstChild!.textContent = 'On public diplomacy.';
    await s.settle();
    expect(s.painted()).toEqual(['nation branding', 'public diplomacy']);
    s.ac.abort();
  });

  test('the page scope leaves the site’s chrome out', async () => {
    document.body.innerHTML = '<header><nav>Soft power</nav></header><main><p>On nation branding.</p></main>';
    const s = setup();
    await s.settle();
    expect(s.painted()).toEqual(['nation branding']);
    s.ac.abort();
  });

  test('hidden categories are neither painted nor counted', async () => {
    document.body.innerHTML = '<p>On soft power and twiplomacy.</p>';
    const hidden = [defaultLexicon().byId.get('soft-power')!.category];
    const s = setup({ hidden });
    await s.settle();
    expect(s.painted()).not.toContain('soft power');
    expect(s.session.hl.counts().has('soft-power')).toBe(false);
    s.ac.abort();
  });

  test('bursts are rescans of the scope: the first at once, the next after the back-off', async () => {
    document.body.innerHTML = '<div id="live"></div>';
    const calls: string[] = [];
    const s = setup({
      scope: () => ({ walk: {}, start: () => calls.push('start'), rescan: () => calls.push('rescan'), batch: () => calls.push('batch') }),
    });
    expect(calls).toEqual(['start']);
    burst(document.getElementById('live')!);
    await frames();
    s.clock.advance(16);
    burst(document.getElementById('live')!);
    await frames();
    expect(calls).toEqual(['start', 'rescan']);
    expect(s.clock.pending()).toBe(1);
    s.clock.advance(1000);
    expect(calls).toEqual(['start', 'rescan', 'rescan']);
    s.ac.abort();
  });

  test('stop() takes its ranges and its listener off the page’s signal, which outlives sessions', async () => {
    document.body.innerHTML = '<p>On soft power.</p>';
    const s = setup();
    await s.settle();
    expect(s.live.size).toBe(1);
    s.session.stop();
    expect(s.live.size).toBe(0);
    expect(s.painted()).toEqual([]);
  });

  test('teardown on the page’s abort: no ranges, no observer, no waiting rescan', async () => {
    document.body.innerHTML = '<p>On soft power.</p><div id="live"></div>';
    const calls: string[] = [];
    const s = setup({
      scope: (body) => {
        const page = pageScope(body);
        return { ...page, rescan: (h) => (calls.push('rescan'), page.rescan(h)), batch: (h, b) => (calls.push('batch'), page.batch(h, b)) };
      },
    });
    await s.settle();
    burst(document.getElementById('live')!);
    await frames();
    s.clock.advance(16);
    burst(document.getElementById('live')!);
    await frames();
    expect(s.clock.pending()).toBe(1);
    const seen = calls.length;
    s.ac.abort();
    expect(s.clock.pending()).toBe(0);
    expect(s.painted()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Nation branding after teardown.';
    document.body.append(p);
    await s.settle();
    expect(calls).toHaveLength(seen);
    expect(s.painted()).toEqual([]);
  });
});
