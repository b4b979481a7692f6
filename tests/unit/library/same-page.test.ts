/** The same quote from the same page is a repeat; the library's page filter finds a page's examples. */
import { describe, expect, test } from 'vitest';
import { findDuplicate, samePage } from '../../../utils/library/same-page';
import { makePredicate, NO_FILTERS } from '../../../utils/library/filters';
import { makeExample } from '../helpers/examples';

const PAGE = 'https://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const saved = [
  makeExample({ id: 'old', url: PAGE, canonicalUrl: undefined, quote: 'Digital diplomacy has become an everyday instrument', createdAt: 1 }),
  makeExample({ id: 'new', url: `${PAGE}#top`, canonicalUrl: undefined, quote: 'Digital  diplomacy has become an EVERYDAY instrument ', createdAt: 2 }),
  makeExample({ id: 'canon', url: 'https://m.mfa.uz/p?id=7', canonicalUrl: PAGE, quote: 'Soft power matters.', createdAt: 3 }),
  makeExample({ id: 'other', url: 'https://mfa.uz/en/press/other', canonicalUrl: 'https://mfa.uz/en/press/other', quote: 'Digital diplomacy has become an everyday instrument', createdAt: 4 }),
];

describe('findDuplicate', () => {
  test.each([
    ['the same quote from the same page: the newest copy', PAGE, 'Digital diplomacy has become an everyday instrument', 'new'],
    ['spacing and case do not make another quote', `${PAGE}#section-2`, 'digital diplomacy has become an everyday   instrument', 'new'],
    ['saved under the canonical address', PAGE, 'Soft power matters.', 'canon'],
    ['another quote from the page is no repeat', PAGE, 'Nation branding.', undefined],
    ['the same quote from another page is no repeat', 'https://mfa.uz/en/press/third', 'Digital diplomacy has become an everyday instrument', undefined],
    ['an empty quote repeats nothing', PAGE, '  ', undefined],
  ])('%s', (_name, url, quote, id) => {
    expect(findDuplicate(saved, url, quote)?.id).toBe(id);
  });
});

test('the library’s page filter: the page’s examples, by address or canonical address, fragment ignored', () => {
  const keep = makePredicate({ ...NO_FILTERS, page: PAGE }, () => '');
  expect(saved.filter(keep).map((e) => e.id)).toEqual(['old', 'new', 'canon']);
  expect(samePage(saved[3]!, PAGE)).toBe(false);
});
