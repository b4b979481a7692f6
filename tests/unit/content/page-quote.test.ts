// @vitest-environment happy-dom
/**
 * Quotes from the page (utils/content/page-quote.ts): the hover card's draft
 * is the sentence around the occurrence, never running past its block, with
 * every concept in it; the popup's quote is the selection, or on a social
 * site the post in view, with its author's judgement.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createPageQuotes } from '../../../utils/content/page-quote';
import { createPostAuthors } from '../../../utils/content/post-authors';
import { readPageInfo } from '../../../utils/content/page-info';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { pageSession } from '../highlight/fakes';
import { fakeAdapter, OFFICIAL, PERSON } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

function setup(platform: 'web' | 'x', url = 'http://mfa.uz/en/news/1') {
  const page = { url, info: readPageInfo(document, url), detection: OFFICIAL, adapter: fakeAdapter(platform), owner: () => undefined };
  const authors = createPostAuthors({
    doc: document,
    win: window,
    page,
    detect: async (items) => items.map((i) => (i.signals.authorHandle === 'mfa_uz' ? OFFICIAL : PERSON)),
  });
  return createPageQuotes({ doc: document, win: window, page, authors, lexicon: { match: async (t) => match(t, defaultLexicon()), version: 'test' } });
}

describe('page quotes', () => {
  test('the card’s draft is the sentence around the occurrence, within its block, with every concept in it', async () => {
    document.body.innerHTML = '<nav>Home News</nav><p>The minister spoke. Soft power and nation branding matter. Questions followed.</p>';
    const s = pageSession({ observe: false });
    s.hl.scan([document.body]);
    await s.settle();
    const entry = s.hl.entriesOf('soft-power')[0]!;
    const draft = await setup('web').draftFor(entry);
    expect(draft?.quote).toBe('Soft power and nation branding matter.');
    expect(draft?.concepts.sort()).toEqual(['nation-branding', 'soft-power']);
    expect(draft?.url).toBe('http://mfa.uz/en/news/1');
    expect(draft?.detection).toEqual(OFFICIAL);
    s.ac.abort();
  });

  test('the popup’s quote is the selection', async () => {
    document.body.innerHTML = '<p id="p">The minister spoke of soft power.</p>';
    const text = document.getElementById('p')!.firstChild!;
    const r = document.createRange();
    r.setStart(text, 4);
    r.setEnd(text, 16);
    document.getSelection()!.addRange(r);
    expect((await setup('web').current())?.quote).toBe('minister spo');
  });

  test('on a social site without a selection, the post in view, with its author and their judgement', async () => {
    document.body.innerHTML = '<article data-author="mfa_uz" data-link="http://x.com/mfa_uz/1">Soft power in Tashkent.</article>';
    const post = document.querySelector('article')!;
    post.getBoundingClientRect = () => ({ top: 0, bottom: 100, left: 0, right: 100, width: 100, height: 100 }) as DOMRect;
    const quote = await setup('x', 'http://x.com/home').current();
    expect(quote).toMatchObject({ quote: 'Soft power in Tashkent.', author: 'mfa_uz', permalink: 'http://x.com/mfa_uz/1', detection: OFFICIAL });
  });
});
