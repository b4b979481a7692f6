import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultLexicon, match } from '../../../utils/lexicon/index.ts';
import { CLASS, C_WORD, tokenise } from '../../../utils/lexicon/normalise.ts';
import { LEXICON } from '../../../seeds/lexicon.ts';
import { LANGS } from '../../../utils/lexicon/types.ts';

const L = defaultLexicon();
const terms = LEXICON.flatMap((c) => LANGS.flatMap((l) => (c.terms[l] ?? []).map((t) => ({ id: c.id, t }))));
const isWordUnit = (s: string, i: number) => i >= 0 && i < s.length && CLASS[s.charCodeAt(i)] === C_WORD;

/** Invariants every result must satisfy. */
function checkHits(text: string): void {
  const hits = match(text, L);
  let prevEnd = 0;
  for (const h of hits) {
    expect(h.start).toBeGreaterThanOrEqual(prevEnd);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    prevEnd = h.end;
    // on word boundaries
    expect(isWordUnit(text, h.start - 1)).toBe(false);
    expect(isWordUnit(text, h.end)).toBe(false);
    // the hit's own text, matched alone, gives the same concept over its whole length
    const surface = text.slice(h.start, h.end);
    const again = match(surface, L);
    expect(again.map((a) => [a.conceptId, a.start, a.end])).toContainEqual([h.conceptId, 0, surface.length]);
    // and its words are those of one of the concept's terms, up to endings
    const concept = L.byId.get(h.conceptId)!;
    const words = tokenise(surface).map((w) => w.folded);
    const ok = LANGS.flatMap((l) => concept.terms[l] ?? []).some((t) => {
      const tw = tokenise(t).map((w) => w.folded);
      return tw.length === words.length && tw.every((w, i) => words[i]!.slice(0, 2) === w.slice(0, 2));
    });
    expect(ok, `${surface} ~ ${h.conceptId}`).toBe(true);
  }
}

describe('property-based', () => {
  test('random Unicode strings: no crash, hits well-formed', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => checkHits(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkHits(s)), { numRuns: 300 });
  });

  test('random text with lexicon terms embedded: every embedded term is found', () => {
    const filler = fc.constantFrom(' ', '. ', ', ', ' and ', ' и ', ' ve ', '\n', ' — ', ' 😀 ', '; ', ' (x) ');
    const term = fc.constantFrom(...terms);
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, term), { minLength: 1, maxLength: 8 }), filler, (parts, tail) => {
        let text = '';
        const spans: { start: number; end: number; id: string }[] = [];
        for (const [f, { id, t }] of parts) {
          text += f;
          // a trailing apostrophe (Uzbek obro') is not part of the word when nothing follows it
          spans.push({ start: text.length, end: text.length + tokenise(t).at(-1)!.end, id });
          text += t;
        }
        text += tail;
        checkHits(text);
        const hits = match(text, L);
        for (const s of spans) {
          // the term is found, or covered by a longer overlapping hit (longest wins)
          const covering = hits.find((h) => h.start <= s.start && h.end >= s.end);
          const exact = hits.find((h) => h.start === s.start && h.end === s.end && h.conceptId === s.id);
          expect(exact ?? covering, `${JSON.stringify(text)} @${s.start}`).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  test('case and script-neutral variants of terms still match', () => {
    fc.assert(
      fc.property(fc.constantFrom(...terms.filter(({ t }) => !/^[A-ZА-Я]+s?$/.test(t))), ({ id, t }) => {
        for (const v of [t.toUpperCase(), t.replace(/ /g, '\u00A0'), t.replace(/-/g, '\u2011'), t.normalize('NFD')]) {
          const hits = match(v, L);
          expect(hits.map((h) => h.conceptId), v).toContain(id);
        }
      }),
      { numRuns: 200 },
    );
  });
});
