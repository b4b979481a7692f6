import { describe, expect, test } from 'vitest';
import { createTagSuggester } from '../../../utils/tag-suggest';

describe('tag suggestions', () => {
  const suggest = createTagSuggester(['Oʻzbekiston', 'Dışişleri', 'crisis-2025', 'Kazakhstan'], ['Soft power', 'Nation branding']);

  test.each([
    ["o'zbek", 'Oʻzbekiston'],
    ['disisleri', 'Dışişleri'],
    ['kazakstan', 'Kazakhstan'],
    ['soft', 'Soft power'],
    ['branding', 'Nation branding'],
  ])('%s suggests %s', (q, expected) => {
    expect(suggest(q)).toContain(expected);
  });

  test('no suggestions for an empty query or an unrelated word', () => {
    expect(suggest('')).toEqual([]);
    expect(suggest('zzzz')).toEqual([]);
  });

  test('the user’s own tags and concept labels are not duplicated across case', () => {
    const s = createTagSuggester(['soft power'], ['Soft power']);
    expect(s('soft')).toEqual(['soft power']);
  });
});
