// @vitest-environment happy-dom
/**
 * What page-info reads is stored with every example, so it must fit what the
 * importer takes back. The canonical link is page markup, of any length: one
 * longer than EXAMPLE_LIMITS.urlChars is no usable address (no browser loads
 * it) and is left out; the page's own URL is still saved.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { readPageInfo } from '../../../utils/content/page-info';
import { EXAMPLE_LIMITS } from '../../../utils/model/limits';

afterEach(() => {
  document.head.innerHTML = '';
  document.title = '';
});

function withCanonical(href: string) {
  const link = document.createElement('link');
  link.rel = 'canonical';
  link.setAttribute('href', href);
  document.head.replaceChildren(link);
}

describe('page info fits the import limits', () => {
  test('a long but real canonical address (20,000 characters) is kept whole', () => {
    const href = 'https://www.mfa.uz/en/press?q=' + 'x'.repeat(20_000);
    withCanonical(href);
    expect(readPageInfo(document, 'https://www.mfa.uz/en/press').canonicalUrl).toBe(href);
  });

  test('a canonical address over EXAMPLE_LIMITS.urlChars is left out, not cut', () => {
    withCanonical('https://www.mfa.uz/?q=' + 'x'.repeat(EXAMPLE_LIMITS.urlChars));
    const info = readPageInfo(document, 'https://www.mfa.uz/en/press');
    expect(info.canonicalUrl).toBeUndefined();
    expect(info.url).toBe('https://www.mfa.uz/en/press');
  });

  test.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'])('a canonical link that is no web address (%s) is left out', (href) => {
    withCanonical(href);
    expect(readPageInfo(document, 'https://www.mfa.uz/en/press').canonicalUrl).toBeUndefined();
  });

  test('a relative canonical link becomes the page’s absolute address', () => {
    withCanonical('/en/press/1');
    expect(readPageInfo(document, 'https://www.mfa.uz/en/press?utm=x').canonicalUrl).toBe('https://www.mfa.uz/en/press/1');
  });

  test('title and language are clipped well under the text cap', () => {
    document.title = 'T'.repeat(50_000);
    document.documentElement.setAttribute('lang', 'l'.repeat(50_000));
    const info = readPageInfo(document, 'https://www.mfa.uz/');
    expect(info.title.length).toBeLessThanOrEqual(EXAMPLE_LIMITS.otherStringChars);
    expect(info.lang!.length).toBeLessThanOrEqual(EXAMPLE_LIMITS.otherStringChars);
    document.documentElement.removeAttribute('lang');
  });
});
