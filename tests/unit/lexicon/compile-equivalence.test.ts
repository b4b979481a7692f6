/**
 * The compiler builds its tables from code units (issue 14: a 1,000-concept codebook in
 * ≤100 ms); matching must not change. The built-in lexicon and the benchmark's 1,000-concept
 * codebook (bench/codebook-compile.ts: the built-in concepts, then 15 copies with their words
 * changed, a wildcard and an 'as written' term each) give these matches, in all five languages.
 */
import { describe, expect, test } from 'vitest';
import { bigCodebook } from '../../../bench/codebook-compile.ts';
import { compileCodebook } from '../../../utils/codebook/compile.ts';
import { compileLexicon, defaultLexicon, match } from '../../../utils/lexicon/index.ts';
import type { LexiconEntry } from '../../../utils/lexicon/types.ts';
import { stemsOf, stemsOfUnits, modeOf, STEMS, STEM_CLASSES } from '../../../utils/lexicon/inflect.ts';
import { FW, foldWords, tokenise } from '../../../utils/lexicon/normalise.ts';
import { LANGS } from '../../../utils/lexicon/types.ts';

const big = compileCodebook(bigCodebook()).lexicon;
const spans = (text: string, L: Parameters<typeof match>[1]) => match(text, L).map((h) => [h.conceptId, text.slice(h.start, h.end)]);

// [sentence, built-in lexicon's hits, 1,000-concept codebook's hits] as [concept, matched text]
const ROWS: [string, string[][], string[][]][] = [
  ['The ministry praised its digital diplomacy and soft power abroad.',
    [['digital-diplomacy', 'digital diplomacy'], ['soft-power', 'soft power']],
    [['foreign-ministry-0', 'ministry'], ['digital-diplomacy-0', 'digital diplomacy'], ['soft-power-0', 'soft power']]],
  ['Эксперты обсуждали роль цифровой дипломатии и мягкой силы.',
    [['digital-diplomacy', 'цифровой дипломатии'], ['soft-power', 'мягкой силы']],
    [['digital-diplomacy-0', 'цифровой дипломатии'], ['soft-power-0', 'мягкой силы']]],
  ['Dijital diplomasinin önemi: DİJİTAL DİPLOMASİ ve yumuşak gücün etkisi.',
    [['digital-diplomacy', 'Dijital diplomasinin'], ['digital-diplomacy', 'DİJİTAL DİPLOMASİ'], ['soft-power', 'yumuşak gücün']],
    [['digital-diplomacy-0', 'Dijital diplomasinin'], ['digital-diplomacy-0', 'DİJİTAL DİPLOMASİ'], ['soft-power-0', 'yumuşak gücün']]],
  ['Raqamli diplomatiya va yumshoq kuch O‘zbekiston uchun muhim.',
    [['digital-diplomacy', 'Raqamli diplomatiya'], ['soft-power', 'yumshoq kuch']],
    [['digital-diplomacy-0', 'Raqamli diplomatiya'], ['soft-power-0', 'yumshoq kuch']]],
  ['Цифрлық дипломатия мен жұмсақ күш туралы баяндама.',
    [['digital-diplomacy', 'Цифрлық дипломатия'], ['soft-power', 'жұмсақ күш']],
    [['digital-diplomacy-0', 'Цифрлық дипломатия'], ['soft-power-0', 'жұмсақ күш']]],
  // case-sensitive acronyms: 'UN' and 'MFA' as written only
  ['The UN and the Un-named group met the MFA; un delegates too.',
    [['multilateral-diplomacy', 'UN'], ['foreign-ministry', 'MFA']],
    [['multilateral-diplomacy-0', 'UN'], ['foreign-ministry-0', 'MFA']]],
  // exact 'МИДа', case-sensitive 'МИД': not 'мид'
  ['МИДа и МИД сообщили; мид молчал.',
    [['foreign-ministry', 'МИДа'], ['foreign-ministry', 'МИД']],
    [['foreign-ministry-0', 'МИДа'], ['foreign-ministry-0', 'МИД']]],
  // the codebook's wildcard 'digit*' (made from the label 'Digital diplomacy')
  ['Diplomatic notes and diplomacies of the digit era.', [], [['digital-diplomacy-0', 'digit']]],
  // negatives: 'powerful', 'soft-powered' are not 'soft power'
  ['A powerful nation, not soft-powered; Soft Power again.',
    [['soft-power', 'Soft Power']],
    [['nation-branding-0', 'nation'], ['soft-power-0', 'Soft Power']]],
  // a Turkish term over the article 'bir'
  ['Bakanlık çevrimiçi bir basın toplantısı düzenledi.',
    [['video-conferencing', 'çevrimiçi bir basın toplantısı']],
    [['video-conferencing-0', 'çevrimiçi bir basın toplantısı']]],
];

describe('matches of the compiled tables', () => {
  test.each(ROWS)('%s', (text, builtIn, codebook) => {
    expect(spans(text, defaultLexicon())).toEqual(builtIn);
    expect(spans(text, big)).toEqual(codebook);
  });

  const WILD: LexiconEntry[] = [{ id: 'diplomacy', terms: { en: ['diplomac*', 'digital diplomac*'] } }, { id: 'cs', terms: { en: ['EU*'] }, caseSensitive: ['EU*'] }];
  test.each([
    ['Diplomacy, diplomacies and DIPLOMACIA.', [['diplomacy', 'Diplomacy'], ['diplomacy', 'diplomacies'], ['diplomacy', 'DIPLOMACIA']]],
    ['Digital diplomacy; diplomat (no).', [['diplomacy', 'Digital diplomacy']]],
    ['EUropean, EUR and eu.', [['cs', 'EUropean'], ['cs', 'EUR']]],
  ])('wildcards: %s', (text, expected) => {
    expect(spans(text, compileLexicon(WILD))).toEqual(expected);
  });
});

describe('stemsOfUnits is stemsOf on code units', () => {
  // every word of the 1,000-concept codebook in each language and position, plus edge cases
  const words = new Set<string>(['сила', 'силы', 'управление', 'статья', 'мид', 'embassy', 'embassies', 'news', 'analysis', 'bus', 'güç', 'kitap', 'bank', 'o‘q', 'тілек', 'қазақ', 'кеп', '2.0', 'g‘oya', 'boy', 'kiss', 'cats']);
  for (const c of bigCodebook(300).concepts) for (const l in c.terms) for (const t of c.terms[l]!) for (const w of tokenise(t.text)) words.add(w.folded);
  const list = [...words];
  test.each(LANGS.flatMap((lang) => [true, false].map((final) => [lang, final] as const)))('%s, final %s', (lang, final) => {
    for (const w of list) {
      foldWords(w);
      const expected = stemsOf(tokenise(w).map((t) => t.folded).join(''), lang, final, false).map((s) => `${s.cls}:${s.stem}`);
      foldWords(w);
      const a = FW.word[0]!;
      const n = stemsOfUnits(FW.units, a, FW.word[1]!, modeOf(lang, final, false, false));
      const got: string[] = [];
      for (let k = 0; k < n; k++) got.push(`${STEM_CLASSES[STEMS.cls[k]!]}:${String.fromCharCode(...FW.units.subarray(a, a + STEMS.len[k]!), ...STEMS.tail[k]!)}`);
      expect(got, w).toEqual(expected);
    }
  });
});
