// @vitest-environment happy-dom
/**
 * The highlighter with its matcher as a reply that comes later (as the
 * background's does): ranges land on the right text, stale replies are
 * replaced, and requests stay bounded in size and number.
 */
import { describe, expect, test } from 'vitest';
import { BATCH_CHARS, createHighlighter } from '../../../utils/highlight/highlighter';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
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

function setup(matcher: { match(t: string): Hit[] | Promise<Hit[]> }, maxInFlight = 1) {
  const registry = new Map<string, Set<FakeRange>>();
  const hl = createHighlighter({
    doc: document,
    registry: registry as never,
    createHighlight: () => new Set<FakeRange>() as never,
    // StaticRange copies its init; so does this fake (the highlighter reuses one init object).
    createRange: (init) => ({ ...init }) as never,
    match: (t) => matcher.match(t),
    categoryOf: (id) => defaultLexicon().byId.get(id)?.category ?? 'forms',
    scheduler: { now: () => performance.now(), later: (cb) => { const id = setTimeout(cb, 0); return () => clearTimeout(id); } },
    maxInFlight,
  });
  const painted = () => [...registry.values()].flatMap((s) => [...s].map(textOf)).sort();
  return { hl, registry, painted };
}

const tick = () => new Promise((r) => setTimeout(r, 5));
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
    await tick();
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

  test('stop() while a request is on the way paints nothing afterwards', async () => {
    document.body.innerHTML = '<p>On soft power.</p>';
    const m = laterMatcher();
    const { hl, painted, registry } = setup(m);
    hl.scan([document.body]);
    await tick();
    hl.stop();
    m.answerOne();
    await tick();
    await tick();
    expect(painted()).toEqual([]);
    expect(registry.size).toBe(0);
  });
});
