// @vitest-environment happy-dom
/**
 * 'example.save' takes a draft from a content script, that is from a web
 * page's tab. It is checked before anything is stored, with the types, enums
 * and caps of an imported row (utils/model/check-draft.ts): a malformed
 * draft is refused with a readable error; a field over its cap is refused (not
 * cut) with an error naming it. What the hover card really sends is stored.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createBackgroundHandlers, type BadgeApi } from '../../../utils/background/handlers';
import { checkDraft } from '../../../utils/model/check-draft';
import { buildDraft } from '../../../utils/model/draft';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import type { ExampleDraft } from '../../../utils/model/example';
import { detectSource } from '../../../utils/detect/index';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { MAX_QUOTE_CHARS, quoteAt } from '../../../utils/dom/selection-quote';
import { sentenceAround } from '../../../utils/sentence';
import { siteOf } from '../../../utils/model/example';
import { EXAMPLE_LIMITS } from '../../../utils/model/limits';
import { CONTENT_SCRIPT_REQUESTS, type ToBackground } from '../../../utils/messages/protocol';
import { createListener, senderGate, type Sender } from '../../../utils/messages/transport';
import { LEXICON_VERSION } from '../../../seeds/lexicon';
import { makeDraft } from '../helpers/examples';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const CONTENT: Sender = { url: 'https://mfa.uz/en/press/news/2025/forum', frameId: 0, tab: { id: 4, url: 'https://mfa.uz/en/press/news/2025/forum' } };

let db: DiploLensDB;
afterEach(async () => {
  document.body.innerHTML = '';
  await db?.delete();
});

function setup() {
  db = openDatabase(`save-${crypto.randomUUID()}`);
  const repo = createExampleRepository(db);
  const badge: BadgeApi = { setBadgeText: () => {}, setBadgeBackgroundColor: () => {}, setTitle: () => {} };
  const handlers = createBackgroundHandlers({ repo, badge, detect: detectSource, match: () => [], lexiconVersion: LEXICON_VERSION });
  const listener = createListener<ToBackground>(handlers, senderGate<ToBackground>(EXT, CONTENT_SCRIPT_REQUESTS));
  /** Sends as a content script does: the draft crosses as Chrome carries it (JSON) or Firefox (structured clone). */
  const save = (draft: unknown, carry: 'json' | 'clone' = 'json') =>
    new Promise<{ ok: true; value: { id: string } } | { ok: false; error: string }>((resolve) => {
      const payload = carry === 'json' ? JSON.parse(JSON.stringify({ draft })) : structuredClone({ draft });
      listener({ dl: 1, type: 'example.save', payload }, CONTENT, resolve as (r: unknown) => void);
    });
  return { repo, save };
}

/** The draft the hover card's 'Save as example' builds (utils/content/page-quote.ts draftFor), from a real page. */
function hoverCardDraft(body: string, url = 'https://mfa.uz/en/press/news/2025/forum', word = 'digital diplomacy'): ExampleDraft {
  document.body.innerHTML = body;
  const index = buildTextIndex(document.body);
  const start = index.text.indexOf(word);
  const sentence = sentenceAround(index.text, start, start + word.length, 'en');
  const parts = quoteAt(index, sentence.start, sentence.end);
  if (!parts) throw new Error('no quote');
  // As page-quote.ts draftFor does: the one draft builder, given the page and the quote around the hit.
  const page = {
    url,
    canonicalUrl: undefined,
    title: 'Minister addresses the Tashkent forum on digital diplomacy',
    lang: 'en',
    detection: detectSource(url, { title: 'Ministry of Foreign Affairs of the Republic of Uzbekistan', lang: 'en' }),
    quote: { ...parts, author: undefined, authorName: undefined, postTime: undefined },
  };
  const draft = buildDraft(page, { quote: parts.quote, concepts: ['digital-diplomacy', 'soft-power'], tags: [], functionId: '', note: '' }, LEXICON_VERSION);
  expect(draft.site).toBe(siteOf(url));
  return draft;
}

describe('example.save accepts what DiploLens itself sends', () => {
  test('a hover-card draft from an official page is stored as it was built (Chrome and Firefox)', async () => {
    const { repo, save } = setup();
    const draft = hoverCardDraft(
      '<header><h1>Ministry of Foreign Affairs</h1></header><article><p>The Minister opened the forum. ' +
        'Digital tools matter: <b>digital diplomacy</b> has become an everyday instrument of foreign policy 🤝, ' +
        'and soft power follows it. Questions followed.</p></article>',
    );
    expect(draft.detection.kind).toBe('mfa');
    for (const carry of ['json', 'clone'] as const) {
      const r = await save(draft, carry);
      if (!r.ok) throw new Error(r.error);
      const stored = await repo.get(r.value.id);
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = stored!;
      expect(rest).toEqual(JSON.parse(JSON.stringify(draft)));
    }
    expect(await repo.count()).toBe(2);
  });

  test('the longest quote a selection gives, a post with its author, tags and a note are accepted', async () => {
    const { repo, save } = setup();
    const long = 'Soft power 🌍 matters. '.repeat(Math.ceil(MAX_QUOTE_CHARS / 20)).slice(0, MAX_QUOTE_CHARS);
    const post = makeDraft({
      quote: long,
      selectors: { quote: { type: 'TextQuoteSelector', exact: long, prefix: 'p'.repeat(200), suffix: 's'.repeat(200) } },
      prefix: 'p'.repeat(200),
      suffix: 's'.repeat(200),
      url: 'https://x.com/MFA_Uzbekistan/status/1899999999999999999',
      site: 'x.com',
      author: 'MFA_Uzbekistan',
      authorName: 'MFA of Uzbekistan',
      postTime: '2025-03-14T10:00:00.000Z',
      detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.97, reasons: ['Verified account of the ministry.'], platform: 'x' },
      tags: ['forum', 'Central Asia'],
      note: 'For chapter 3.',
    });
    const r = await save(post, 'clone');
    expect(r.ok).toBe(true);
    expect((await repo.get((r as { value: { id: string } }).value.id))?.quote).toBe(long);
  });

  test('fields DiploLens does not know are left out of what is stored', async () => {
    const { repo, save } = setup();
    const r = await save({ ...makeDraft(), evil: 'x'.repeat(1000), detection: { ...makeDraft().detection, extra: true } });
    if (!r.ok) throw new Error(r.error);
    const stored = (await repo.get(r.value.id)) as unknown as Record<string, unknown>;
    expect(stored['evil']).toBeUndefined();
    expect((stored['detection'] as Record<string, unknown>)['extra']).toBeUndefined();
  });
});

describe('example.save refuses a draft DiploLens would not send', () => {
  const malformed: Array<[string, unknown, RegExp]> = [
    ['no draft at all', undefined, /malformed: draft must be an object, not nothing/],
    ['a list', [], /malformed: draft must be an object, not a list/],
    ['text', 'save me', /malformed: draft must be an object/],
    ['no url', { ...makeDraft(), url: undefined }, /malformed: draft\.url is missing/],
    ['a quote that is a number', { ...makeDraft(), quote: 42 }, /malformed: draft\.quote must be text, not the number 42/],
    ['an unknown kind of source', { ...makeDraft(), detection: { ...makeDraft().detection, kind: 'bank' } }, /malformed: draft\.detection\.kind must be one of/],
    ['tags that are not text', { ...makeDraft(), tags: [{}] }, /malformed: draft\.tags must be a list of strings/],
    ['selectors without a quote selector', { ...makeDraft(), selectors: { position: { type: 'TextPositionSelector', start: 0, end: 1 } } }, /malformed: draft\.selectors\.quote/],
    ['a confidence of 7', { ...makeDraft(), detection: { ...makeDraft().detection, confidence: 7 } }, /malformed: draft\.detection\.confidence/],
    ['an id of its own', { ...makeDraft(), id: 'an-id-of-a-saved-example' }, /draft\.id is chosen by DiploLens/],
    ['an empty quote', makeDraft({ quote: '   ' }), /draft\.quote is empty/],
    ['a javascript: address', makeDraft({ url: 'javascript:alert(1)' }), /draft\.url must be a web page's address/],
  ];
  test.each(malformed)('%s', async (_name, draft, message) => {
    const { repo, save } = setup();
    const r = await save(draft);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
    expect(await repo.count()).toBe(0);
  });

  const L = EXAMPLE_LIMITS;
  const over = (n: number) => 'x'.repeat(n + 1);
  const oversized: Array<[string, Partial<Record<keyof ExampleDraft, unknown>>]> = [
    ['draft.quote', { quote: over(L.quoteChars) }],
    ['draft.selectors.quote.exact', { selectors: { quote: { type: 'TextQuoteSelector', exact: over(L.quoteChars) } } }],
    ['draft.note', { note: over(L.noteChars) }],
    ['draft.url', { url: `https://mfa.uz/${over(L.urlChars)}` }],
    ['draft.canonicalUrl', { canonicalUrl: `https://mfa.uz/${over(L.urlChars)}` }],
    ['draft.tags', { tags: Array.from({ length: L.tags + 1 }, (_, i) => `t${i}`) }],
    ['draft.tags[0]', { tags: [over(L.tagChars)] }],
    ['draft.concepts', { concepts: Array.from({ length: L.otherListItems + 1 }, (_, i) => `c${i}`) }],
    ['draft.detection.reasons', { detection: { ...makeDraft().detection, reasons: Array(L.otherListItems + 1).fill('r') } }],
    ['draft.prefix', { prefix: over(L.otherStringChars) }],
    ['draft.suffix', { suffix: over(L.otherStringChars) }],
    ['draft.title', { title: over(L.otherStringChars) }],
    ['draft.authorName', { authorName: over(L.otherStringChars) }],
    ['draft.lexiconVersion', { lexiconVersion: over(L.otherStringChars) }],
    ['draft.selectors.quote.prefix', { selectors: { quote: { type: 'TextQuoteSelector', exact: 'q', prefix: over(L.otherStringChars) } } }],
  ];
  test.each(oversized)('%s over its cap is refused, not cut, and named', async (field, fields) => {
    const { repo, save } = setup();
    const r = await save({ ...makeDraft(), ...fields });
    expect(r.ok).toBe(false);
    const error = r.ok ? '' : r.error;
    expect(error).toContain('too large');
    expect(error).toContain(`${field} has `);
    expect(await repo.count()).toBe(0);
  });

  test('every text field and list of a draft has its cap checked', () => {
    // Each field the importer caps, filled past its cap, is refused by checkDraft (none slips through to be cut).
    const base = makeDraft();
    const fields: Array<[string, (n: number) => Partial<ExampleDraft>, number]> = [
      ['site', (n) => ({ site: 'x'.repeat(n) }), L.otherStringChars],
      ['functionId', (n) => ({ functionId: 'x'.repeat(n) }), L.otherStringChars],
      ['author', (n) => ({ author: 'x'.repeat(n) }), L.otherStringChars],
      ['postTime', (n) => ({ postTime: 'x'.repeat(n) }), L.otherStringChars],
      ['lang', (n) => ({ lang: 'x'.repeat(n) }), L.otherStringChars],
      ['notFoundAt', (n) => ({ notFoundAt: 'x'.repeat(n) }), L.otherStringChars],
      ['concepts[0]', (n) => ({ concepts: ['x'.repeat(n)] }), L.otherStringChars],
      ['detection.reasons[0]', (n) => ({ detection: { ...base.detection, reasons: ['x'.repeat(n)] } }), L.otherStringChars],
    ];
    for (const [field, make, cap] of fields) {
      expect(() => checkDraft({ ...base, ...make(cap) }), field).not.toThrow();
      expect(() => checkDraft({ ...base, ...make(cap + 1) }), field).toThrow(`draft.${field} has ${(cap + 1).toLocaleString('en')} characters`);
    }
  });
});
