// @vitest-environment happy-dom
/**
 * The context (CONTEXT_CHARS each side) and the MAX_QUOTE_CHARS cut are counted
 * in UTF-16 units; a cut inside a surrogate pair (an emoji) would leave a lone
 * half, which a CSV export (UTF-8) turns into U+FFFD. Cut points move off the
 * pair: context and cap inwards, the selection's own edges outwards.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { CONTEXT_CHARS, MAX_QUOTE_CHARS, quoteAt, quoteFromSelection } from '../../../utils/dom/selection-quote';
import { snapBack, snapForward, splitsPair } from '../../../utils/model/text';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const QUOTE = 'Soft power matters.';

afterEach(() => {
  document.body.innerHTML = '';
});

function indexOf(text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
  return buildTextIndex(document.body);
}

function expectWhole(...texts: string[]) {
  for (const t of texts) expect(t).not.toMatch(LONE_SURROGATE);
}

describe('quote context never splits a surrogate pair', () => {
  test.each([
    ['flags before, handshakes after', '🇺🇿'.repeat(120) + QUOTE + ' 🤝'.repeat(120)],
    ['an odd offset before the flags', 'x' + '🇺🇿'.repeat(120) + QUOTE + ' 🤝'.repeat(120)],
    ['handshakes both sides', ' 🤝'.repeat(120) + QUOTE + ' 🤝'.repeat(120)],
  ])('%s', (_, text) => {
    const index = indexOf(text);
    const start = text.indexOf(QUOTE);
    const q = quoteAt(index, start, start + QUOTE.length)!;
    expect(q.quote).toBe(QUOTE);
    expectWhole(q.prefix, q.suffix, q.selectors.quote.prefix!, q.selectors.quote.suffix!);
    // Still the text right next to the quote, at most one unit short of CONTEXT_CHARS.
    expect(text.slice(0, start).endsWith(q.prefix)).toBe(true);
    expect(text.slice(start + QUOTE.length).startsWith(q.suffix)).toBe(true);
    for (const c of [q.prefix, q.suffix]) expect(c.length).toBeGreaterThanOrEqual(CONTEXT_CHARS - 1);
    for (const c of [q.prefix, q.suffix]) expect(c.length).toBeLessThanOrEqual(CONTEXT_CHARS);
    expect(q.selectors.position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length });
  });

  test('a selection from the page, through quoteFromSelection', () => {
    const text = '🇺🇿'.repeat(120) + QUOTE + ' 🤝'.repeat(120);
    const index = indexOf(text);
    const node = index.nodes[0]!;
    const start = text.indexOf(QUOTE);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + QUOTE.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    const q = quoteFromSelection(sel, document.body, index)!;
    expect(q.quote).toBe(QUOTE);
    expectWhole(q.prefix, q.suffix);
  });
});

describe('the MAX_QUOTE_CHARS cut never splits a surrogate pair', () => {
  test('a long emoji selection is cut one unit early rather than inside a pair', () => {
    const text = 'x' + '🤝'.repeat(MAX_QUOTE_CHARS) + ' end';
    const q = quoteAt(indexOf(text), 0, text.length)!;
    expect(q.quote.length).toBe(MAX_QUOTE_CHARS - 1);
    expectWhole(q.quote, q.suffix, q.selectors.quote.exact);
    expect(q.selectors.position!.end).toBe(MAX_QUOTE_CHARS - 1);
    expect(q.suffix.startsWith('🤝')).toBe(true);
  });
});

describe("a selection edge inside a pair takes the whole character", () => {
  test('start and end move outwards', () => {
    const text = 'ab🤝cd🤝ef';
    const q = quoteAt(indexOf(text), 3, 7)!; // from the middle of the first 🤝 to the middle of the second
    expect(q.quote).toBe('🤝cd🤝');
    expect(q.prefix).toBe('ab');
    expect(q.suffix).toBe('ef');
    expect(q.selectors.position).toEqual({ type: 'TextPositionSelector', start: 2, end: 8 });
  });
});

describe('snap helpers', () => {
  test('splitsPair, snapBack and snapForward', () => {
    const t = 'a🤝b';
    expect([0, 1, 2, 3, 4].map((i) => splitsPair(t, i))).toEqual([false, false, true, false, false]);
    expect(snapBack(t, 2)).toBe(1);
    expect(snapForward(t, 2)).toBe(3);
    expect(snapBack(t, 3)).toBe(3);
    // A lone surrogate is not a pair: nothing to protect.
    expect(splitsPair('\uD83Cx', 1)).toBe(false);
    expect(splitsPair('x\uDD1D', 1)).toBe(false);
  });
});
