// @vitest-environment happy-dom
/**
 * The highlighter with its matcher as a reply that comes later (as the
 * background's does): ranges land on the right text, stale replies are
 * replaced, and requests stay bounded in size and number.
 */
import { describe, expect, test } from 'vitest';
import { BATCH_CHARS, createHighlighter } from '../../../utils/highlight/highlighter';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { onScreen } from './fake-layout';
import type { Hit } from '../../../utils/lexicon/types';

interface FakeRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}
const textOf = (r: FakeRange) => {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
};

/** A matcher whose replies the test releases, one request at a time or all at once. */
function laterMatcher() {
  const pending: Array<{ text: string; resolve: (h: Hit[]) => void }> = [];
  let inFlightMax = 0;
  return {
    pending,
    get inFlightMax() {
      return inFlightMax;
    },
    match(text: string): Promise<Hit[]> {
      return new Promise((resolve) => {
        pending.push({ text, resolve });
        inFlightMax = Math.max(inFlightMax, pending.length);
      });
    },
    /** Answers the oldest request from the real matcher. */
    answerOne() {
      const p = pending.shift();
      p?.resolve(match(p.text, defaultLexicon()));
      return !!p;
    },
  };
}

/** A scheduler the test steps by hand: each slice does a few units of work, then waits for `step()`. */
function manualScheduler() {
  const waiting: Array<() => void> = [];
  let clock = 0;
  return {
    // Every reading of the clock moves it 5 ms on: a slice does a few units (8 ms budget).
    now: () => (clock += 5),
    later: (cb: () => void) => {
      waiting.push(cb);
      return () => void waiting.splice(waiting.indexOf(cb), 1);
    },
    /** Runs the next waiting slice; false when none waits. */
    step: () => {
      const cb = waiting.shift();
      cb?.();
      return !!cb;
    },
  };
}

function setup(
  matcher: { match(t: string): Hit[] | Promise<Hit[]> },
  maxInFlight = 1,
  scheduler: { now(): number; later(cb: () => void): () => void } = { now: () => performance.now(), later: (cb) => { const id = setTimeout(cb, 0); return () => clearTimeout(id); } },
) {
  const registry = new Map<string, Set<FakeRange>>();
  const hl = createHighlighter({
    doc: document,
    registry: registry as never,
    createHighlight: () => new Set<FakeRange>() as never,
    // StaticRange copies its init; so does this fake (the highlighter reuses one init object).
    createRange: (init) => ({ ...init }) as never,
    match: (t) => matcher.match(t),
    categoryOf: (id) => defaultLexicon().byId.get(id)?.category ?? 'forms',
    layout: onScreen(),
    // Frames come from the test's scheduler when it steps one by hand.
    nextFrame: (cb) => void scheduler.later(() => cb()),
    scheduler,
    maxInFlight,
  });
  const painted = () => [...registry.values()].flatMap((s) => [...s].map(textOf)).sort();
  return { hl, registry, painted };
}

const tick = () => new Promise((r) => setTimeout(r, 5));
/** Waits until `n` requests are on their way (the window's frame comes first, then the walk). */
async function untilSent(m: ReturnType<typeof laterMatcher>, n = 1) {
  for (let i = 0; i < 400 && m.pending.length < n; i++) await tick();
}
async function answerAll(m: ReturnType<typeof laterMatcher>, hl: { idle(): Promise<void> }) {
  let idle = false;
  void hl.idle().then(() => (idle = true));
  for (let i = 0; i < 500 && !idle; i++) {
    m.answerOne();
    await tick();
  }
}

describe('highlighter with a matcher that answers later', () => {
  test('hits land on the right text, across inline elements, and nowhere in script', async () => {
    document.body.innerHTML = '<p>We value soft <b>power</b>.</p><script>var publicDiplomacy = "public diplomacy"</script><p>Public diplomacy too.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m);
    hl.scan([document.body]);
    await answerAll(m, hl);
    expect(painted()).toEqual(['Public diplomacy', 'soft power']);
  });

  test('a page larger than one request is sent in bounded pieces, and every piece is painted', async () => {
    const para = (i: number) => `<p>Paragraph ${i}: the ministry's digital diplomacy and consular services, with more words to fill the line.</p>`;
    document.body.innerHTML = Array.from({ length: 1400 }, (_, i) => para(i)).join('');
    const m = laterMatcher();
    const sizes: number[] = [];
    const counting = { match: (t: string) => (sizes.push(t.length), m.match(t)) };
    const { hl, painted } = setup(counting, 2);
    hl.scan([document.body]);
    await answerAll(m, hl);
    expect(sizes.length).toBeGreaterThan(2);
    // A request ends at the first run end past the limit: one paragraph over, at most.
    expect(Math.max(...sizes)).toBeLessThan(BATCH_CHARS + 200);
    expect(m.inFlightMax).toBeLessThanOrEqual(2);
    const p = painted();
    expect(p.filter((t) => t === 'digital diplomacy')).toHaveLength(1400);
    expect(p.filter((t) => t === 'consular services')).toHaveLength(1400);
  });

  test('a block that changes while its reply is on the way ends with the new text\'s ranges only', async () => {
    document.body.innerHTML = '<p id="a">On soft power.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m);
    hl.scan([document.body]);
    await untilSent(m);
    expect(m.pending).toHaveLength(1);
    // The page rewrites the paragraph before the reply comes back; the observer would ask for a rescan.
    const a = document.getElementById('a')!;
    a.textContent = 'On nation branding.';
    hl.rescanBlocks([a]);
    await answerAll(m, hl);
    expect(painted()).toEqual(['nation branding']);
    expect([...hl.counts().keys()]).toEqual(['nation-branding']);
  });

  test('a block queued twice in one request (the whole page, then the block itself) is painted once', async () => {
    document.body.innerHTML = '<p id="a">On soft power.</p><p>Public diplomacy.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m);
    hl.scan([document.body]);
    hl.rescanBlocks([document.getElementById('a')!]);
    await answerAll(m, hl);
    expect(painted()).toEqual(['Public diplomacy', 'soft power']);
    expect(hl.counts().get('soft-power')).toBe(1);
    expect(hl.entries()).toHaveLength(2);
  });

  test('rescanning a block whose concept is gone removes its range, and the others stay', async () => {
    document.body.innerHTML = '<p id="a">On soft power.</p><p>Public diplomacy.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m);
    hl.scan([document.body]);
    await answerAll(m, hl);
    const a = document.getElementById('a')!;
    a.textContent = 'Nothing to see.';
    hl.rescanBlocks([a]);
    await answerAll(m, hl);
    expect(painted()).toEqual(['Public diplomacy']);
    expect([...hl.counts().keys()]).toEqual(['public-diplomacy']);
  });

  test('text gathered before a queued scan that left the page is still sent', async () => {
    document.body.innerHTML = '<p id="a">On soft power.</p><p id="b">Public diplomacy.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m);
    const b = document.getElementById('b')!;
    hl.scan([document.getElementById('a')!, b]);
    b.remove();
    await answerAll(m, hl);
    expect(painted()).toEqual(['soft power']);
  });

  test('a failed request costs only its own text: later scans are painted', async () => {
    document.body.innerHTML = '<p id="a">On soft power.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m);
    hl.scan([document.body]);
    await untilSent(m);
    m.pending.shift()!.resolve(Promise.reject(new Error('message port closed')) as never);
    await tick();
    const b = document.createElement('p');
    b.textContent = 'Public diplomacy.';
    document.body.append(b);
    hl.scan([b]);
    await answerAll(m, hl);
    expect(painted()).toEqual(['Public diplomacy']);
  });

  test.each([1, 2])('a block emptied while its text is on the way keeps no range (%i request(s) at a time)', async (maxInFlight) => {
    document.body.innerHTML = '<p id="a">On soft power.</p><p>Public diplomacy.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m, maxInFlight);
    hl.scan([document.body]);
    await untilSent(m);
    const a = document.getElementById('a')!;
    a.textContent = '';
    hl.rescanBlocks([a]);
    await answerAll(m, hl);
    expect(painted()).toEqual(['Public diplomacy']);
    expect([...hl.counts().keys()]).toEqual(['public-diplomacy']);
  });

  test('a block emptied while the walk is still gathering the page (its old text on the way) keeps no range', async () => {
    // #a and ~72 KB of text fill the first request; then many small nodes keep the walk going.
    const long = `<p>${'the weather and the harvest '.repeat(1300)}</p>`;
    document.body.innerHTML = `<p id="a">On soft power.</p>${long}${long}<div>${'<i>x</i> '.repeat(5000)}</div><p>Public diplomacy.</p>`;
    const m = laterMatcher();
    const sched = manualScheduler();
    const { hl, painted } = setup(m, 2, sched);
    hl.scan([document.body]);
    // Walk until the first request (holding #a's text) is on its way.
    for (let i = 0; i < 10_000 && m.pending.length < 1 && sched.step(); i++);
    expect(m.pending).toHaveLength(1);
    const a = document.getElementById('a')!;
    a.textContent = '';
    hl.rescanBlocks([a]);
    // The walk goes on, reaches the rescan (which gives up #a's ranges), and sends the rest.
    for (let i = 0; i < 10_000 && m.pending.length < 2 && sched.step(); i++);
    expect(m.pending).toHaveLength(2);
    // Now the old text's reply comes back, then the rest.
    for (let i = 0; i < 100 && m.pending.length; i++) {
      m.answerOne();
      await tick();
      for (let j = 0; j < 10_000 && sched.step(); j++);
    }
    expect(painted()).toEqual(['Public diplomacy']);
    expect([...hl.counts().keys()]).toEqual(['public-diplomacy']);
  });

  test('a block whose text is wrapped anew while on the way is painted once', async () => {
    document.body.innerHTML = '<p id="a">On soft power.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m, 2);
    hl.scan([document.body]);
    await untilSent(m);
    const a = document.getElementById('a')!;
    a.innerHTML = '<span>On soft power.</span>';
    hl.rescanBlocks([a]);
    await answerAll(m, hl);
    expect(painted()).toEqual(['soft power']);
    expect(hl.counts().get('soft-power')).toBe(1);
  });

  test('a block removed (and swept) while its text is on the way gets no entries', async () => {
    document.body.innerHTML = '<p id="a">On soft power.</p><p>Public diplomacy.</p>';
    const m = laterMatcher();
    const { hl, painted } = setup(m);
    hl.scan([document.body]);
    await untilSent(m);
    document.getElementById('a')!.remove();
    hl.sweep();
    await answerAll(m, hl);
    expect(painted()).toEqual(['Public diplomacy']);
    expect(hl.entries().every((e) => e.block.isConnected)).toBe(true);
  });

  test('stop() while a request is on the way paints nothing afterwards', async () => {
    document.body.innerHTML = '<p>On soft power.</p>';
    const m = laterMatcher();
    const { hl, painted, registry } = setup(m);
    hl.scan([document.body]);
    await untilSent(m);
    hl.stop();
    m.answerOne();
    await tick();
    await tick();
    expect(painted()).toEqual([]);
    expect(registry.size).toBe(0);
  });
});
