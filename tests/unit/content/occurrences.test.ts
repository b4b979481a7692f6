// @vitest-environment happy-dom
/**
 * Occurrences for the popup (utils/content/occurrences.ts): counts per
 * concept, the most frequent first; 'next occurrence' goes round and starts
 * again after a navigation; a saved quote is found and highlighted, and that
 * highlight goes on teardown.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createOccurrences, FOUND_HIGHLIGHT } from '../../../utils/content/occurrences';
import type { Highlighter } from '../../../utils/highlight/highlighter';
import { defaultLexicon } from '../../../utils/lexicon/index';
import { pageSession, type FakeRange } from '../highlight/fakes';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(hl: Highlighter | null) {
  const ac = new AbortController();
  const registry = new Map<string, Set<FakeRange>>();
  const occurrences = createOccurrences({
    doc: document,
    win: window,
    signal: ac.signal,
    highlighter: () => hl,
    categoryOf: (id) => defaultLexicon().byId.get(id)?.category ?? 'forms',
    highlightApi: { registry: registry as never, createHighlight: () => new Set() as never, createRange: (init) => ({ ...init }) as never },
  });
  return { ac, occurrences, registry };
}

async function highlighted(html: string) {
  document.body.innerHTML = html;
  const s = pageSession({ observe: false });
  s.hl.scan([document.body]);
  await s.settle();
  return s;
}

describe('occurrences', () => {
  test('counts per concept, the most frequent first, then by id', async () => {
    const s = await highlighted('<p>Twiplomacy. Soft power, soft power. Nation branding.</p>');
    const { occurrences } = setup(s.hl);
    expect(occurrences.counts().map((c) => [c.conceptId, c.count])).toEqual([
      ['soft-power', 2],
      ['nation-branding', 1],
      ['twiplomacy', 1],
    ]);
    expect(occurrences.counts()[0]!.category).toBe(defaultLexicon().byId.get('soft-power')!.category);
    s.ac.abort();
  });

  test('next goes round the concept’s occurrences, marks the one reached, and starts again after reset', async () => {
    const s = await highlighted('<p>Soft power.</p><p>More soft power.</p>');
    const { occurrences } = setup(s.hl);
    expect(await occurrences.next('soft-power')).toEqual({ index: 0, total: 2 });
    expect(await occurrences.next('soft-power')).toEqual({ index: 1, total: 2 });
    expect(await occurrences.next('soft-power')).toEqual({ index: 0, total: 2 });
    occurrences.reset();
    expect(await occurrences.next('soft-power')).toEqual({ index: 0, total: 2 });
    expect(await occurrences.next('twiplomacy')).toEqual({ index: -1, total: 0 });
    s.ac.abort();
  });

  test('without a session: no counts, no occurrence', async () => {
    const { occurrences } = setup(null);
    expect(occurrences.counts()).toEqual([]);
    expect(await occurrences.next('soft-power')).toEqual({ index: -1, total: 0 });
  });

  test('a saved quote is found and highlighted; one not on the page is not; teardown takes the highlight away', () => {
    document.body.innerHTML = '<p>The minister spoke of soft power in Tashkent.</p>';
    const { ac, occurrences, registry } = setup(null);
    expect(occurrences.find({ quote: { type: 'TextQuoteSelector', exact: 'a sentence not here' } })).toEqual({ found: false });
    expect(registry.has(FOUND_HIGHLIGHT)).toBe(false);
    expect(occurrences.find({ quote: { type: 'TextQuoteSelector', exact: 'soft power in Tashkent' } })).toEqual({ found: true });
    expect([...registry.get(FOUND_HIGHLIGHT)!].map((r) => (r as unknown as Range).toString())).toEqual(['soft power in Tashkent']);
    ac.abort();
    expect(registry.has(FOUND_HIGHLIGHT)).toBe(false);
  });
});
