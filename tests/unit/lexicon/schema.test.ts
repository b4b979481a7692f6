import { describe, expect, test } from 'vitest';
import { CATEGORIES, LEXICON, LEXICON_VERSION } from '../../../seeds/lexicon.ts';
import { CODEBOOK, CODEBOOK_VERSION } from '../../../seeds/codebook.ts';
import { PAPERS, PAPER_IDS } from '../../../seeds/papers.ts';
import { LANGS } from '../../../utils/lexicon/types.ts';
import { normalise } from '../../../utils/lexicon/normalise.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Sentences: split after . ! ? followed by a space and a capital, or at the end. */
const sentences = (s: string) => s.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}"«“])/u).filter((x) => x.trim() !== '');

describe('papers', () => {
  test('ids unique, files of the corpus', () => {
    expect(new Set(PAPER_IDS).size).toBe(PAPERS.length);
    expect(PAPERS).toHaveLength(5);
    for (const p of PAPERS) expect(p.file).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
  });
});

describe('lexicon schema', () => {
  test('version and size', () => {
    expect(LEXICON_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(LEXICON.length).toBeGreaterThanOrEqual(40);
  });

  test('ids kebab-case and unique', () => {
    for (const c of LEXICON) expect(c.id).toMatch(KEBAB);
    expect(new Set(LEXICON.map((c) => c.id)).size).toBe(LEXICON.length);
  });

  test('required concepts are present', () => {
    const ids = new Set(LEXICON.map((c) => c.id));
    for (const id of [
      'digital-diplomacy', 'twiplomacy', 'public-diplomacy', 'traditional-diplomacy', 'economic-diplomacy',
      'soft-power', 'nation-branding', 'investment-promotion', 'social-media', 'video-conferencing',
      'e-government', 'mobile-applications', 'consular-services', 'citizens-abroad', 'crisis-communication',
      'transparency', 'public-engagement', 'disinformation', 'information-security', 'human-factor',
      'digital-literacy', 'digital-transformation', 'internet-governance', 'audience-engagement',
    ]) expect(ids.has(id), id).toBe(true);
  });

  test('every category is used and described', () => {
    const used = new Set(LEXICON.map((c) => c.category));
    expect(CATEGORIES.map((c) => c.id).sort()).toEqual([...used].sort());
    expect(used.size).toBe(7);
    for (const c of CATEGORIES) expect(c.description.length).toBeGreaterThan(10);
  });

  test.each(LEXICON.map((c) => [c.id, c] as const))('%s: definition of 1–2 sentences', (_id, c) => {
    const n = sentences(c.definition).length;
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(2);
    expect(c.definition).toMatch(/[.!?]$/);
    expect(c.label.length).toBeGreaterThan(1);
  });

  test('refs resolve to papers, or `added` names a source', () => {
    for (const c of LEXICON) {
      for (const r of c.refs) expect(PAPER_IDS, `${c.id} → ${r}`).toContain(r);
      if (c.refs.length === 0) expect(c.added?.source, c.id).toBeTruthy();
      if (c.added) expect(c.added.source.length).toBeGreaterThan(5);
    }
  });

  test('en and ru terms for every concept', () => {
    for (const c of LEXICON) {
      expect(c.terms.en?.length, c.id).toBeGreaterThan(0);
      expect(c.terms.ru?.length, c.id).toBeGreaterThan(0);
    }
  });

  test('at least 25 concepts have terms in two or more of uz/kk/tr', () => {
    const rich = LEXICON.filter((c) => (['uz', 'kk', 'tr'] as const).filter((l) => (c.terms[l]?.length ?? 0) > 0).length >= 2);
    expect(rich.length).toBeGreaterThanOrEqual(25);
  });

  test('Uzbek is given in both Latin and Cyrillic script somewhere', () => {
    const uz = LEXICON.flatMap((c) => c.terms.uz ?? []);
    expect(uz.some((t) => /\p{Script=Latin}/u.test(t))).toBe(true);
    expect(uz.some((t) => /\p{Script=Cyrillic}/u.test(t))).toBe(true);
  });

  test('no term (normalised) maps to two concepts', () => {
    const owner = new Map<string, string>();
    for (const c of LEXICON) {
      for (const lang of LANGS) {
        for (const t of c.terms[lang] ?? []) {
          const key = normalise(t);
          expect(key, `${c.id}: '${t}' normalises to nothing`).not.toBe('');
          const prev = owner.get(key);
          if (prev !== undefined && prev !== c.id) throw new Error(`'${t}' in ${c.id} and ${prev}`);
          owner.set(key, c.id);
        }
      }
    }
  });

  test('exact / caseSensitive / stems refer to the concept’s own terms and words', () => {
    for (const c of LEXICON) {
      const all = LANGS.flatMap((l) => c.terms[l] ?? []);
      for (const t of [...(c.exact ?? []), ...(c.caseSensitive ?? [])]) expect(all, c.id).toContain(t);
      const words = new Set(all.flatMap((t) => t.split(/[\s-]+/)));
      for (const w of Object.keys(c.stems ?? {})) expect(words.has(w), `${c.id}: stems for '${w}'`).toBe(true);
    }
  });
});

describe('codebook schema', () => {
  test('version, ids, definitions, refs', () => {
    expect(CODEBOOK_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(new Set(CODEBOOK.map((e) => e.id)).size).toBe(CODEBOOK.length);
    const conceptIds = new Set(LEXICON.map((c) => c.id));
    for (const e of CODEBOOK) {
      expect(e.id).toMatch(KEBAB);
      const n = sentences(e.definition).length;
      expect(n, e.id).toBeGreaterThanOrEqual(1);
      expect(n, e.id).toBeLessThanOrEqual(2);
      expect(e.refs.papers.length + (e.refs.vcdr ? 1 : 0), e.id).toBeGreaterThan(0);
      for (const p of e.refs.papers) expect(PAPER_IDS).toContain(p);
      if (e.refs.vcdr) expect(e.refs.vcdr).toMatch(/^Art\. 3\(1\)\([a-e]\)$/);
      for (const c of e.concepts) expect(conceptIds.has(c), `${e.id} → ${c}`).toBe(true);
    }
  });

  test('covers the required functions', () => {
    const ids = CODEBOOK.map((e) => e.id);
    for (const id of ['official-positions', 'meetings-negotiations', 'nation-branding', 'economic-promotion', 'consular-citizens', 'crisis-communication', 'public-engagement', 'countering-disinformation']) {
      expect(ids).toContain(id);
    }
  });
});
