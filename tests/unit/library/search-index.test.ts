import { describe, expect, test } from 'vitest';
import { createSearchIndex, type Searchable } from '../../../utils/library/search-index';

const docs: Searchable[] = [
  { id: 'a', quote: 'Digital diplomacy has become an everyday instrument.', note: '', tags: ['forum'], title: 'MFA Uzbekistan' },
  { id: 'b', quote: 'Цифровая дипломатия — приоритет МИД.', note: 'важно', tags: [], title: 'МИД' },
  { id: 'c', quote: 'Dijital diplomasi ve yumuşak güç.', note: '', tags: ['Türkiye'], title: 'Dışişleri Bakanlığı' },
  { id: 'd', quote: 'Raqamli diplomatiya oʻzbek tashqi siyosatida.', note: '', tags: [], title: 'TIV' },
  { id: 'e', quote: 'Soft power and nation branding.', note: 'check the date', tags: ['Soft power'], title: 'Reuters' },
];

describe('library search', () => {
  const index = createSearchIndex(docs);

  // Each query word matches words it begins, or, when it begins none, words it
  // misspells (fuzzy): so each row says what must be found and what must not.
  test.each([
    ['exact word', 'diplomacy', ['a'], ['b', 'e']],
    ['misspelt word', 'diplomacey', ['a'], ['b', 'e']],
    ['prefix while typing', 'diplo', ['a'], ['b', 'e']],
    ['two words, both must match', 'soft branding', ['e'], ['a', 'b', 'c', 'd']],
    ['Cyrillic, any case', 'ЦИФРОВАЯ', ['b'], ['a', 'c', 'd', 'e']],
    ['Turkish without its letters', 'disisleri', ['c'], ['a', 'b', 'd', 'e']],
    ['Turkish dotted capital İ', 'DİJİTAL', ['c'], ['b', 'd', 'e']],
    ['Uzbek apostrophe variant', "o'zbek", ['d'], ['a', 'b', 'c', 'e']],
    ['a note', 'date', ['e'], ['a', 'b', 'c', 'd']],
    ['a tag', 'forum', ['a'], ['b', 'c', 'd', 'e']],
    ['a title', 'reuters', ['e'], ['a', 'b', 'c', 'd']],
    ['nothing like it', 'zzzzqqq', [], ['a', 'b', 'c', 'd', 'e']],
  ])('%s: %s', (_label, query, found, notFound) => {
    const result = index.search(query) ?? { has: () => false, size: 0 };
    for (const id of found) expect(result.has(id), `${query} should find ${id}`).toBe(true);
    for (const id of notFound) expect(result.has(id), `${query} should not find ${id}`).toBe(false);
  });

  test('an empty query matches everything (null)', () => {
    expect(index.search('   ')).toBeNull();
  });

  test('edits and removals are reflected', () => {
    const idx = createSearchIndex(docs);
    idx.add({ ...docs[0]!, quote: 'Twiplomacy now.' });
    expect(idx.search('everyday')!.size).toBe(0);
    expect(idx.search('twiplomacy')!.has('a')).toBe(true);
    expect(idx.search('twiplomacy')!.size).toBe(1);
    idx.remove('a');
    expect(idx.search('twiplomacy')!.size).toBe(0);
    expect(idx.size()).toBe(4);
  });

  test('regex-special and markup input is just text', () => {
    const idx = createSearchIndex([{ id: 'x', quote: '<img src=x onerror=alert(1)> (a+b)*', note: '', tags: [], title: '' }]);
    expect(idx.search('(a+b)*')!.has('x')).toBe(true);
    expect(idx.search('onerror')!.has('x')).toBe(true);
  });

  // A quote in Russian coded 'nation-branding' (the concept named in the popup's list, not in its words)
  // is found by the label the researcher sees in the library's Concepts column.
  const coded: Searchable[] = [
    { id: 'ru', quote: 'Узбекистан продвигает свой бренд за рубежом.', note: '', tags: [], title: 'МИД', concepts: ['nation-branding', 'investment-promotion'] },
    { id: 'tr', quote: 'Dijital diplomasi ve yumuşak güç.', note: '', tags: [], title: '', concepts: ['soft-power'] },
    { id: 'none', quote: 'A press release on a state visit.', note: '', tags: [], title: '', concepts: [] },
  ];

  test.each([
    ['a concept label', 'nation branding', ['ru'], ['tr', 'none']],
    ['a label while typing', 'invest', ['ru'], ['tr', 'none']],
    ['a misspelt label', 'brandnig', ['ru'], ['tr', 'none']],
    ['a label with a word of the quote', 'soft dijital', ['tr'], ['ru', 'none']],
  ])('finds an example by its concepts: %s (%s)', (_label, query, found, notFound) => {
    const result = createSearchIndex(coded).search(query)!;
    for (const id of found) expect(result.has(id), `${query} should find ${id}`).toBe(true);
    for (const id of notFound) expect(result.has(id), `${query} should not find ${id}`).toBe(false);
  });

  test("a codebook's own labels, and an edit that removes the concept", () => {
    const idx = createSearchIndex(coded, { conceptLabel: (id) => (id === 'soft-power' ? 'Мягкая сила' : undefined) });
    expect(idx.search('мягкая')!.has('tr')).toBe(true);
    expect(idx.search('branding')!.size).toBe(0);
    idx.add({ ...coded[1]!, concepts: [] });
    expect(idx.search('мягкая')!.size).toBe(0);
  });
});
