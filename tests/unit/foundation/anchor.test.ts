import { describe, expect, test } from 'vitest';
import { findQuote } from '../../../utils/anchor';
import type { ExampleSelectors } from '../../../utils/model/example';

const sel = (exact: string, prefix = '', suffix = '', position?: [number, number]): ExampleSelectors => ({
  quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
  ...(position ? { position: { type: 'TextPositionSelector', start: position[0], end: position[1] } } : {}),
});

describe('finding a saved quote again', () => {
  const text = 'Soft power matters. The minister said soft power matters. Soft power ends here.';

  test('the position selector wins when the text there is still the quote', () => {
    expect(findQuote(text, sel('soft power', '', '', [38, 48]))).toEqual({ start: 38, end: 48 });
  });

  test('when the page moved, prefix and suffix choose among repeats', () => {
    const moved = `NEW HEADLINE. ${text}`;
    const span = findQuote(moved, sel('Soft power', 'matters. ', ' ends', [58, 68]))!;
    expect(moved.slice(span.start, span.end)).toBe('Soft power');
    expect(moved.slice(span.end, span.end + 5)).toBe(' ends');
  });

  test('reflowed white space still matches, with offsets into the original text', () => {
    const reflowed = 'The minister said\n   soft\n power   matters.';
    const span = findQuote(reflowed, sel('said soft power'))!;
    expect(reflowed.slice(span.start, span.end)).toBe('said\n   soft\n power');
  });

  test.each([
    ['a quote the page no longer has', 'hard power'],
    ['an empty quote', ''],
  ])('%s is not found', (_label, exact) => {
    expect(findQuote(text, sel(exact))).toBeNull();
  });

  test('Cyrillic quotes are found', () => {
    const ru = 'Министр отметил, что цифровая дипломатия остаётся приоритетом.';
    const span = findQuote(ru, sel('цифровая дипломатия'))!;
    expect(ru.slice(span.start, span.end)).toBe('цифровая дипломатия');
  });
});
