// @vitest-environment happy-dom
/**
 * A page follows the active codebook (utils/content/codebook-sync.ts): told of a change it
 * fetches the new one and repaints without reload, in the codebook's own highlight names and
 * colours (a constructed sheet the document adopts, no element added); a page holding a stale
 * version gets no hits, never wrong ones, and fetches the new version.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startContent } from '../../../utils/content/controller';
import { createContentLexicon } from '../../../utils/content/lexicon-adapter';
import { createActiveCodebook } from '../../../utils/background/active-codebook';
import { createCodebookLibrary, memoryCodebookStorage } from '../../../utils/codebook/library';
import { BUILTIN_ID, BUILTIN_VERSION } from '../../../utils/codebook/builtin';
import { defaultLexicon } from '../../../utils/lexicon/index';
import { termTable } from '../../../utils/lexicon/hit-codec';
import { LEXICON, LEXICON_VERSION } from '../../../seeds/lexicon';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { adapterFor } from '../../../utils/sites/index';
import { onScreen } from '../highlight/fake-layout';
import { renderHoverCard } from '../../../components/HoverCard';
import { MFA, text, type FakeRange } from './harness';
import type { CodebookPage } from '../../../utils/messages/protocol';

const terms = termTable(LEXICON);
let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.innerHTML = '';
});

async function setup() {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://mfa.uz/en/press');
  document.body.innerHTML = '<main><p>Soft power and vaccine diplomacy.</p><p>Face masks were sent with new tariffs.</p></main>';
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
      { id: 'vaccine-diplomacy', label: 'Vaccine diplomacy', definition: 'Vaccines given to win friends.', category: 'health', references: [], terms: { en: [{ text: 'vaccine diplomacy' }] } },
      { id: 'mask-aid', label: 'Mask aid', definition: '', category: 'health', colour: '#db2777', references: [], terms: { en: [{ text: 'face masks' }] } },
      { id: 'tariffs', label: 'Tariffs', definition: '', category: 'trade', references: [], terms: { en: [{ text: 'tariff*' }] } },
    ],
  });
  if (!saved.ok) throw new Error(saved.error);
  const listeners = new Set<(m: unknown, s: unknown, r: (x: unknown) => void) => unknown>();
  const active = createActiveCodebook({
    load: () => library.active(),
    builtin: { id: BUILTIN_ID, version: BUILTIN_VERSION, wire: LEXICON_VERSION },
    builtinLexicon: () => ({ lexicon: defaultLexicon(), terms }),
    // The background's broadcast to every tab: here, this one page.
    tell: async (version) => {
      for (const l of listeners) await new Promise((r) => l({ dl: 1, type: 'codebook.changed', payload: { version } }, {}, r));
    },
  });
  const sent: string[] = [];
  const registry = new Map<string, Set<FakeRange>>();
  const ac = new AbortController();
  const matchVersions: string[] = [];
  let pageAnswer: (() => Promise<CodebookPage>) | null = null;
  const controller = startContent({
    doc: document,
    win: window,
    signal: ac.signal,
    onMessage: { addListener: (l) => void listeners.add(l as never), removeListener: (l) => void listeners.delete(l as never) },
    send: async (type, payload) => {
      sent.push(type);
      if (type === 'page.detect') return { ok: true, value: MFA } as never;
      if (type === 'codebook.page') return { ok: true, value: await (pageAnswer ?? active.page)() } as never;
      return { ok: true, value: null } as never;
    },
    nextFrame: (cb) => void setTimeout(cb, 0),
    onLocationChange: () => {},
    detect: async (items) => items.map(() => MFA),
    adapterFor,
    loadSettings: async () => DEFAULT_SETTINGS,
    watchSettings: () => () => {},
    lexicon: createContentLexicon(async (t, version) => {
      matchVersions.push(version);
      return { ...(await active.match(t, version)), ms: 0 };
    }),
    highlightApi: { registry: registry as never, createHighlight: () => new Set<FakeRange>() as never, createRange: (init) => ({ ...init }) as never },
    scheduler: { now: () => performance.now(), later: (cb) => { const id = setTimeout(cb, 0); return () => clearTimeout(id); } },
    cardCss: '',
    layout: onScreen(),
    renderCard: renderHoverCard,
  });
  stop = () => ac.abort();
  async function settle() {
    await controller.ready;
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await controller.highlighter()?.idle();
    }
  }
  const painted = () => Object.fromEntries([...registry].filter(([, s]) => s.size).map(([name, s]) => [name, [...s].map(text)]));
  const ask = <T,>(type: string, payload: unknown = null) =>
    new Promise<T>((r) => [...listeners][0]!({ dl: 1, type, payload }, {}, r as (x: unknown) => void));
  return { library, active, mine: saved.codebook, controller, sent, settle, painted, ask, matchVersions, abort: () => ac.abort(), setPageAnswer: (f: typeof pageAnswer) => (pageAnswer = f) };
}

const sheets = () => (document as Document & { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets;
// happy-dom's CSS parser drops ::highlight() rules: the text the sheet was given is read instead.
const given = new WeakMap<CSSStyleSheet, string>();
const replaceSync = CSSStyleSheet.prototype.replaceSync;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, css: string) {
  given.set(this, css);
  return replaceSync.call(this, css);
};
const sheetText = () => sheets().map((s) => given.get(s) ?? '').join('\n');

describe('a page follows the active codebook', () => {
  test('told of a change, an open page repaints with the chosen codebook, in its colours, without reload', async () => {
    const p = await setup();
    await p.settle();
    expect(Object.values(p.painted()).flat()).toEqual(['Soft power']);
    expect(p.sent).not.toContain('codebook.page');

    await p.library.setActive(p.mine.id);
    await p.active.changed();
    await p.settle();
    const painted = p.painted();
    expect(Object.values(painted).flat().sort()).toEqual(['Face masks', 'tariffs', 'vaccine diplomacy']);
    // Painted in the codebook's own groups, one per category and colour; none in a built-in category's name.
    expect(Object.keys(painted)).toEqual(Object.keys(painted).filter((name) => /^diplolens-u[0-9a-z]+-k\d+$/.test(name)));
    expect(Object.keys(painted)).toHaveLength(3);
    expect(sheets()).toHaveLength(1);
    for (const name of Object.keys(painted)) expect(sheetText()).toContain(name);
    // The status the popup reads counts the codebook's concepts, by its own categories.
    const status = await p.ask<{ ok: true; value: { concepts: { conceptId: string; category: string }[] } }>('status.get');
    expect(status.value.concepts.map((c) => [c.conceptId, c.category]).sort()).toEqual([
      ['mask-aid', 'health'],
      ['tariffs', 'trade'],
      ['vaccine-diplomacy', 'health'],
    ]);

    // Back to the built-in codebook: its names again, and the codebook's sheet is gone.
    await p.library.setActive(BUILTIN_ID);
    await p.active.changed();
    await p.settle();
    expect(Object.values(p.painted()).flat()).toEqual(['Soft power']);
    expect(sheets()).toHaveLength(0);
  });

  test('a page on a stale version gets no hits, fetches the new version and paints that', async () => {
    const p = await setup();
    // The codebook was chosen before this page started (or the page missed the broadcast).
    await p.library.setActive(p.mine.id);
    await p.settle();
    expect(p.matchVersions[0]).toBe(LEXICON_VERSION);
    expect(p.sent.filter((t) => t === 'codebook.page')).toHaveLength(1);
    expect(Object.values(p.painted()).flat().sort()).toEqual(['Face masks', 'tariffs', 'vaccine diplomacy']);
    // Never a built-in hit read with the codebook's table (or the other way round).
    expect(Object.values(p.painted()).flat()).not.toContain('Soft power');
  });

  test('the same version told again fetches nothing; a page whose fetch stays unusable stops asking', async () => {
    const p = await setup();
    await p.settle();
    await p.ask('codebook.changed', { version: LEXICON_VERSION });
    expect(p.sent).not.toContain('codebook.page');
    // An older content script under a newer built-in lexicon: the background's version is not its own.
    p.setPageAnswer(async () => ({ version: '2099.1.1', builtIn: true }));
    await p.library.setActive(p.mine.id);
    await p.active.changed();
    await p.settle();
    expect(p.sent.filter((t) => t === 'codebook.page')).toHaveLength(1);
    // Its highlights are what it painted before (it cannot read the new version's hits); new text gets none.
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>More soft power and vaccine diplomacy.</p>');
    await p.settle();
    expect(p.matchVersions.at(-1)).toBe(LEXICON_VERSION);
    expect(Object.values(p.painted()).flat()).toEqual(['Soft power']);
    expect(p.sent.filter((t) => t === 'codebook.page')).toHaveLength(1);
  });

  test("the hover card's words come from the codebook: label, definition, and its category's label", async () => {
    const p = await setup();
    await p.library.setActive(p.mine.id);
    await p.active.changed();
    const lex = createContentLexicon(async () => ({ hits: [], ms: 0 }));
    lex.use(await p.active.page());
    expect(lex.concept('vaccine-diplomacy')).toMatchObject({ label: 'Vaccine diplomacy', definition: 'Vaccines given to win friends.', category: 'health' });
    expect(lex.categoryLabel(lex.paintOf('vaccine-diplomacy'))).toBe('Health diplomacy');
    expect(lex.categoryLabel(lex.paintOf('tariffs'))).toBe('Trade');
    expect(lex.categoryOf('tariffs')).toBe('trade');
    // The card's colour: the concept's own, else its category's.
    expect(lex.colourOf('mask-aid')).toBe('#db2777');
    expect(lex.colourOf('tariffs')).toBe('#c86d06');
    expect(lex.version).toBe(`${p.mine.id}@${p.mine.version}`);
    expect(lex.css()).toContain(`::highlight(diplolens-${lex.paintOf('tariffs')})`);
  });

  test('a page that is not highlighted fetches nothing when told; switched on, it gets the new codebook', async () => {
    const p = await setup();
    await p.settle();
    await p.ask('highlights.set', { on: false });
    await p.library.setActive(p.mine.id);
    await p.active.changed();
    await p.settle();
    expect(p.sent).not.toContain('codebook.page');
    await p.ask('highlights.set', { on: true });
    await p.settle();
    expect(p.sent.filter((t) => t === 'codebook.page')).toHaveLength(1);
    expect(Object.values(p.painted()).flat().sort()).toEqual(['Face masks', 'tariffs', 'vaccine diplomacy']);
  });

  test('stopping the page takes its colour sheet away', async () => {
    const p = await setup();
    await p.library.setActive(p.mine.id);
    await p.settle();
    expect(sheets()).toHaveLength(1);
    p.abort();
    expect(sheets()).toHaveLength(0);
  });
});
