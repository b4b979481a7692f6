/**
 * The active codebook in the background (utils/background/active-codebook.ts): compiled on the
 * first request after a change, never on a change itself; pages on another version get no
 * hits; new examples are coded with the codebook pages are highlighted with.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { compileInSlices, createActiveCodebook, codebookKey, touchesActiveCodebook } from '../../../utils/background/active-codebook';
import { createBackgroundHandlers } from '../../../utils/background/handlers';
import { createExampleSaver } from '../../../utils/background/save-example';
import { BUILTIN_ID, BUILTIN_VERSION } from '../../../utils/codebook/builtin';
import { compileCodebook } from '../../../utils/codebook/compile';
import { createCodebookLibrary, memoryCodebookStorage } from '../../../utils/codebook/library';
import { announcingStorage } from '../../../utils/codebook/extension-storage';
import type { Codebook } from '../../../utils/codebook/model';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { decodeHits, termEntries, termTable } from '../../../utils/lexicon/hit-codec';
import { defaultLexicon } from '../../../utils/lexicon/index';
import { LEXICON, LEXICON_VERSION } from '../../../seeds/lexicon';
import type { CodebookPage } from '../../../utils/messages/protocol';
import { makeDraft } from '../helpers/examples';
import { userCodebook } from './helpers';

let db: DiploLensDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const terms = termTable(LEXICON);
const userPage = (p: CodebookPage) => {
  if (p.builtIn) throw new Error('expected a user codebook');
  return p;
};

async function setup() {
  let n = 0;
  const library = createCodebookLibrary({ storage: memoryCodebookStorage(), newId: () => `cb-${++n}`, now: () => Date.UTC(2026, 11, 7) });
  const made = await library.create('Health');
  const saved = await library.save({
    ...made,
    categories: [
      { id: 'health', label: 'Health diplomacy', description: '', colour: '#0284c7' },
      { id: 'trade', label: 'Trade', description: '', colour: '#c86d06' },
    ],
    concepts: [
      { id: 'vaccine-diplomacy', label: 'Vaccine diplomacy', definition: 'Vaccines given to win friends.', category: 'health', references: ['Smith 2021'], terms: { en: [{ text: 'vaccine diplomacy' }] } },
      { id: 'mask-aid', label: 'Mask aid', definition: '', category: 'health', colour: '#db2777', references: [], terms: { en: [{ text: 'face masks', exact: true }] } },
      { id: 'tariffs', label: 'Tariffs', definition: '', category: 'trade', references: [], terms: { en: [{ text: 'tariff*' }] } },
    ],
  });
  if (!saved.ok) throw new Error(saved.error);
  const compile = vi.fn((cb: Codebook) => compileCodebook(cb));
  const tell = vi.fn();
  const active = createActiveCodebook({
    load: () => library.active(),
    builtin: { id: BUILTIN_ID, version: BUILTIN_VERSION, wire: LEXICON_VERSION },
    builtinLexicon: () => ({ lexicon: defaultLexicon(), terms }),
    tell,
    compile,
  });
  return { library, active, compile, tell, mine: saved.codebook };
}

describe('the active codebook in the background', () => {
  test('the built-in codebook by default: the lexicon pages always had, nothing compiled, nothing sent to pages', async () => {
    const { active, compile } = await setup();
    const text = 'Soft power and digital diplomacy.';
    const { hits, stale } = await active.match(text, LEXICON_VERSION);
    expect(stale).toBeUndefined();
    expect(decodeHits(hits, terms).map((h) => h.conceptId)).toEqual(['soft-power', 'digital-diplomacy']);
    expect(await active.page()).toEqual({ version: LEXICON_VERSION, builtIn: true });
    expect(await active.codedWith()).toEqual({ id: BUILTIN_ID, version: BUILTIN_VERSION });
    expect(compile).not.toHaveBeenCalled();
  });

  test('choosing a codebook tells every tab its version; it is compiled on the first request after, once', async () => {
    const { library, active, compile, tell, mine } = await setup();
    await active.current();
    await library.setActive(mine.id);
    await active.changed();
    const wire = codebookKey(mine.id, mine.version);
    expect(tell).toHaveBeenCalledWith(wire);
    expect(compile).not.toHaveBeenCalled();

    const text = 'Vaccine diplomacy, face masks and new tariffs; soft power.';
    const page = userPage(await active.page());
    expect(page.version).toBe(wire);
    const got = await active.match(text, wire);
    await active.match('more tariffs', wire);
    expect(compile).toHaveBeenCalledTimes(1);
    // The page decodes with the concepts it was given, in their order.
    expect(decodeHits(got.hits, { entries: termEntries(page.concepts) }).map((h) => [h.conceptId, text.slice(h.start, h.end)])).toEqual([
      ['vaccine-diplomacy', 'Vaccine diplomacy'],
      ['mask-aid', 'face masks'],
      ['tariffs', 'tariffs'],
    ]);
    expect(await active.codedWith()).toEqual({ id: mine.id, version: mine.version });
    expect(await active.conceptsIn('Face masks, then tariffs.')).toEqual(['mask-aid', 'tariffs']);
  });

  test('a page holding another version gets no hits and is told it is stale, never hits read with the wrong table', async () => {
    const { library, active, mine } = await setup();
    await library.setActive(mine.id);
    await active.changed();
    // A page still on the built-in lexicon.
    expect(await active.match('soft power and vaccine diplomacy', LEXICON_VERSION)).toEqual({ hits: [], stale: true });
    // A page on the codebook's previous version.
    expect(await active.match('vaccine diplomacy', codebookKey(mine.id, '1'))).toEqual({ hits: [], stale: true });
    // Back to the built-in codebook: the codebook's own version is stale in turn.
    await library.setActive(BUILTIN_ID);
    await active.changed();
    expect(await active.match('vaccine diplomacy', codebookKey(mine.id, mine.version))).toEqual({ hits: [], stale: true });
    expect((await active.match('soft power', LEXICON_VERSION)).hits.length).toBe(3);
  });

  test('saving the active codebook makes a new version: tabs are told, it is compiled again; saving another changes nothing', async () => {
    const { library, active, compile, tell, mine } = await setup();
    await library.setActive(mine.id);
    await active.changed();
    await active.current();
    tell.mockClear();
    const next = await library.save({ ...mine, concepts: [...mine.concepts, { id: 'aid', label: 'Aid', definition: '', category: 'health', references: [], terms: { en: [{ text: 'humanitarian aid' }] } }] });
    if (!next.ok) throw new Error(next.error);
    await active.changed();
    const wire = codebookKey(mine.id, next.codebook.version);
    expect(tell).toHaveBeenCalledWith(wire);
    const page = userPage(await active.page());
    expect(page.concepts.map((c) => c.id)).toEqual(['vaccine-diplomacy', 'mask-aid', 'tariffs', 'aid']);
    expect(compile).toHaveBeenCalledTimes(2);
    expect(await active.codedWith()).toEqual({ id: mine.id, version: next.codebook.version });

    // Another codebook saved: the active one is the same version, so no tab is told and nothing compiled.
    tell.mockClear();
    const other = await library.create('Other');
    await library.rename(other.id, 'Other 2');
    await active.changed();
    await active.current();
    expect(tell).not.toHaveBeenCalled();
    expect(compile).toHaveBeenCalledTimes(2);
  });

  test('what a page shows: labels, definitions, references, categories, and a colour per category and colour', async () => {
    const { library, active, mine } = await setup();
    await library.setActive(mine.id);
    await active.changed();
    const page = userPage(await active.page());
    const [vaccine, mask, tariffs] = page.concepts;
    expect(vaccine).toMatchObject({ label: 'Vaccine diplomacy', definition: 'Vaccines given to win friends.', category: 'health', refs: ['Smith 2021'] });
    // The concept's own colour is its own group; the two categories' colours are two more.
    expect(new Set([vaccine!.paint, mask!.paint, tariffs!.paint]).size).toBe(3);
    expect(page.groups[vaccine!.paint]).toBe('Health diplomacy');
    expect(page.groups[mask!.paint]).toBe('Health diplomacy');
    expect(page.groups[tariffs!.paint]).toBe('Trade');
    expect(page.css).toContain(`::highlight(diplolens-${vaccine!.paint}) { background-color: rgb(2 132 199 / `);
    expect(page.css).toContain(`::highlight(diplolens-${mask!.paint}) { background-color: rgb(219 39 119 / `);
    expect(page.css).toContain('forced-colors: active');
    // Names of one version are not another's: a sheet left from an old version never colours the new one's.
    const next = await library.save({ ...mine, name: 'Health 2' });
    if (!next.ok) throw new Error(next.error);
    await active.changed();
    expect(userPage(await active.page()).concepts[0]!.paint).not.toBe(vaccine!.paint);
  });

  test('a storage change of the active codebook or the codebooks index is one to read; others are not', () => {
    expect(touchesActiveCodebook({ 'codebooks.active': {} }, 'local')).toBe(true);
    expect(touchesActiveCodebook({ 'codebooks.index': {} }, 'local')).toBe(true);
    expect(touchesActiveCodebook({ 'codebooks.changed': {} }, 'local')).toBe(true);
    expect(touchesActiveCodebook({ settings: {} }, 'local')).toBe(false);
    expect(touchesActiveCodebook({ 'codebooks.active': {} }, 'session')).toBe(false);
  });
});

describe('a long compile in slices', () => {
  test('other tasks get turns while a codebook compiles, and the result is the one compile', async () => {
    const { mine } = await setup();
    const big = { ...mine, concepts: Array.from({ length: 40 }, (_, i) => ({ ...mine.concepts[i % 3]!, id: `c${i}`, terms: { en: [{ text: `term number ${i}` }] } })) };
    let t = 0;
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    const sliced = await compileInSlices(big, 10, () => (t += 4));
    clearInterval(other);
    expect(turns).toBeGreaterThan(3);
    expect(sliced.lexicon.stats).toEqual(compileCodebook(big).lexicon.stats);
    expect(sliced.lexicon.concepts.map((c) => c.id)).toEqual(big.concepts.map((c) => c.id));
  });
});

describe("the editor's note of a save", () => {
  test('each save and delete is noted in the storage area after the write, the rows staying where they are', async () => {
    const rows = memoryCodebookStorage();
    const notes: unknown[] = [];
    const area = { set: vi.fn(async (items: Record<string, unknown>) => void notes.push(items)) };
    const storage = announcingStorage(rows, area, () => 42);
    const library = createCodebookLibrary({ storage, newId: () => 'cb-1', now: () => 1 });
    const made = await library.create('Mine');
    expect(await rows.get('cb-1')).toBeDefined();
    const next = await library.save({ ...made, name: 'Mine 2' });
    expect(next.ok).toBe(true);
    await library.remove('cb-1');
    expect(await rows.get('cb-1')).toBeUndefined();
    expect(notes).toEqual([
      { 'codebooks.changed': { id: 'cb-1', version: '1', at: 42 } },
      { 'codebooks.changed': { id: 'cb-1', version: '2', at: 42 } },
      { 'codebooks.changed': { id: 'cb-1', version: null, at: 42 } },
    ]);
  });
});

describe('the background handlers with the active codebook', () => {
  test("'lexicon.match' answers stale with no hits; 'codebook.page' answers the codebook; new examples are coded with it", async () => {
    const { library, active, mine } = await setup();
    db = openDatabase(`active-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    const handlers = createBackgroundHandlers({
      repo,
      save: createExampleSaver(repo, () => active.codedWith()),
      badge: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
      detect: () => ({ kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web' }),
      codebook: active,
      match: () => [],
      lexiconVersion: LEXICON_VERSION,
    });
    const before = await handlers['example.save']({ draft: makeDraft() }, {});
    await library.setActive(mine.id);
    await active.changed();
    const stale = await handlers['lexicon.match']({ text: 'vaccine diplomacy', version: LEXICON_VERSION }, { tab: { id: 1 } });
    expect(stale).toMatchObject({ hits: [], stale: true });
    const page = userPage(await handlers['codebook.page'](null, { tab: { id: 1 } }));
    const fresh = await handlers['lexicon.match']({ text: 'vaccine diplomacy', version: page.version }, { tab: { id: 1 } });
    expect(fresh.stale).toBeUndefined();
    expect(decodeHits(fresh.hits, { entries: termEntries(page.concepts) }).map((h) => h.conceptId)).toEqual(['vaccine-diplomacy']);
    const after = await handlers['example.save']({ draft: { ...makeDraft(), codebookId: BUILTIN_ID, codebookVersion: BUILTIN_VERSION } }, {});
    const rows = await db.examples.bulkGet([before.id, after.id]);
    expect(rows.map((r) => [r!.codebookId, r!.codebookVersion])).toEqual([
      [BUILTIN_ID, BUILTIN_VERSION],
      [mine.id, mine.version],
    ]);
  });

  test("Firefox's user-origin sheet for shadow roots carries a user codebook's colours, into the sender's own frame", async () => {
    const { library, active, mine } = await setup();
    const insert = vi.fn(async (_tab: number, _frame: number, _css?: string) => {});
    const handlers = createBackgroundHandlers({
      repo: {} as never,
      badge: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
      detect: () => ({ kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web' }),
      codebook: active,
      match: () => [],
      lexiconVersion: LEXICON_VERSION,
      insertShadowSheet: insert,
    });
    const sender = { url: 'https://mfa.uz/en', frameId: 4, tab: { id: 12, url: 'https://mfa.uz/en' } };
    await handlers['highlights.shadowSheet'](null, sender);
    expect(insert.mock.calls).toEqual([[12, 4]]);
    await library.setActive(mine.id);
    await active.changed();
    await handlers['highlights.shadowSheet'](null, sender);
    const page = userPage(await active.page());
    expect(insert.mock.calls[1]).toEqual([12, 4, page.css]);
    expect(page.css).toContain('::highlight(diplolens-');
  });
});
