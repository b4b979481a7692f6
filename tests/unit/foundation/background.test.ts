import { afterEach, describe, expect, test, vi } from 'vitest';
import { createBackgroundHandlers, type BadgeApi } from '../../../utils/background/handlers';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { makeDraft } from '../helpers/examples';
import type { Detection } from '../../../utils/detect/types';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { decodeHits, encodeHits, termTable } from '../../../utils/lexicon/hit-codec';
import { LEXICON, LEXICON_VERSION } from '../../../seeds/lexicon';

const terms = termTable(LEXICON);

let db: DiploLensDB;
afterEach(async () => db?.delete());

function setup() {
  db = openDatabase(`bg-${crypto.randomUUID()}`);
  const repo = createExampleRepository(db);
  const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
  const detect = (url: string) =>
    new URL(url).hostname === 'mfa.uz'
      ? ({ kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: [], platform: 'web' } as Detection)
      : new URL(url).hostname === 'gov.kz'
        ? ({ kind: 'government', subkind: 'government', country: 'KZ', confidence: 0.9, reasons: [], platform: 'web' } as Detection)
        : ({ kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web' } as Detection);
  return { repo, badge, handlers: createBackgroundHandlers({
      repo,
      badge,
      detect,
      match: (text) => encodeHits(match(text, defaultLexicon()), terms),
      lexiconVersion: LEXICON_VERSION,
    }),
  };
}

describe('background handlers', () => {
  test('example.save stores the draft in the database', async () => {
    const { repo, handlers } = setup();
    const { id } = await handlers['example.save']({ draft: makeDraft({ quote: 'saved from the hover card' }) }, {});
    expect((await repo.get(id))?.quote).toBe('saved from the hover card');
  });

  test('page.detect judges the page, answers the judgement and sets the tab badge; badge.refresh sets it again', async () => {
    const { badge, handlers } = setup();
    const detection: Detection = { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: [], platform: 'web' };
    expect(await handlers['page.detect']({ url: 'https://mfa.uz/en', signals: {} }, { tab: { id: 5 }, frameId: 0 })).toEqual(detection);
    expect(badge.setBadgeText).toHaveBeenCalledWith({ text: 'MFA', tabId: 5 });
    vi.mocked(badge.setBadgeText).mockClear();
    await handlers['badge.refresh']({ tabId: 5 }, {});
    expect(badge.setBadgeText).toHaveBeenCalledWith({ text: 'MFA', tabId: 5 });
  });

  test('lexicon.match finds the concepts of page text and answers them as numbers', async () => {
    const { handlers } = setup();
    const text = 'The ministry develops digital diplomacy.\u0000Мягкая сила страны.';
    const { hits } = await handlers['lexicon.match']({ text, version: LEXICON_VERSION }, { tab: { id: 1 } });
    const decoded = decodeHits(hits, terms);
    expect(decoded.map((h) => [h.conceptId, text.slice(h.start, h.end)])).toEqual([
      ['digital-diplomacy', 'digital diplomacy'],
      ['soft-power', 'Мягкая сила'],
    ]);
  });

  test('lexicon.match refuses another lexicon version (a content script older than the extension)', async () => {
    const { handlers } = setup();
    await expect(async () => handlers['lexicon.match']({ text: 'soft power', version: '1999.1.1' }, {})).rejects.toThrow(/reload the page/);
  });

  test('detect judges a batch of pages or posts, in order', async () => {
    const { handlers } = setup();
    const r = await handlers.detect(
      { items: [{ url: 'https://news.example/', signals: {} }, { url: 'https://mfa.uz/en', signals: {} }] },
      { tab: { id: 3 } },
    );
    expect(r.detections.map((d) => d.kind)).toEqual(['none', 'mfa']);
  });

  test('a government page shows GOV, anything else no badge text', async () => {
    const { badge, handlers } = setup();
    await handlers['page.detect']({ url: 'https://gov.kz/', signals: {} }, { tab: { id: 1 }, frameId: 0 });
    await handlers['page.detect']({ url: 'https://news.example/', signals: {} }, { tab: { id: 2 }, frameId: 0 });
    expect(badge.setBadgeText).toHaveBeenNthCalledWith(1, { text: 'GOV', tabId: 1 });
    expect(badge.setBadgeText).toHaveBeenNthCalledWith(2, { text: '', tabId: 2 });
  });
});
