import { describe, expect, test } from 'vitest';
import { LEXICON } from '../../../seeds/lexicon';
import { decodeHits, encodeHits, termEntries, termTable } from '../../../utils/lexicon/hit-codec';
import { defaultLexicon, match } from '../../../utils/lexicon/index';

/** Real-world sentences in the five languages (from sentences.test.ts), joined as the highlighter joins runs. */
const SENTENCES = [
  "E-diplomacy and cyber diplomacy are reshaping how embassies provide consular assistance to citizens abroad.",
  'Public diplomacy and cultural diplomacy strengthen soft power and nation branding.',
  'Цифровая дипломатия стала важным инструментом публичной дипломатии и мягкой силы.',
  'Дезинформация и кибератаки угрожают информационной безопасности государства.',
  'Raqamli diplomatiya Oʻzbekiston tashqi siyosatining muhim vositasiga aylandi.\u0000Рақамли дипломатия ва юмшоқ куч ҳақида маъруза.',
  'Цифрлық дипломатия Қазақстанның сыртқы саясатында маңызды рөл атқарады.',
  'Dijital diplomasi ve yumuşak güç, Dışişleri Bakanlığı için önemli araçlardır.',
  'The ministry uses Twitter and Facebook to engage foreign audiences; AI and the ИИ.',
];

const table = termTable(LEXICON);

describe('hits on the wire (background → content script)', () => {
  test('every term of every concept has one index, and the table is the same each time it is built', () => {
    const again = termTable(LEXICON);
    expect(again.entries).toEqual(table.entries);
    // The content script's side (entries only) is the same list.
    expect(termEntries(LEXICON)).toEqual(table.entries);
    const count = new Set(LEXICON.flatMap((c) => Object.entries(c.terms).flatMap(([lang, ts]) => (ts ?? []).map((t) => `${c.id}/${lang}/${t}`)))).size;
    expect(table.entries.length).toBe(count);
  });

  test('round trip: decoding what was encoded gives the matcher\'s hits back, over real sentences in five languages', () => {
    let total = 0;
    for (const s of SENTENCES) {
      const hits = match(s, defaultLexicon());
      total += hits.length;
      expect(decodeHits(encodeHits(hits, table), table)).toEqual(hits);
    }
    expect(total).toBeGreaterThan(20); // not vacuous: 27 hits when written
  });

  test('three numbers per hit', () => {
    const hits = match('Soft power and public diplomacy.', defaultLexicon());
    expect(encodeHits(hits, table)).toHaveLength(hits.length * 3);
  });

  test('a hit whose term the table does not know is an error, not a wrong label', () => {
    expect(() => encodeHits([{ conceptId: 'soft-power', term: 'hard power', lang: 'en', start: 0, end: 10 }], table)).toThrow(/not in the lexicon/);
  });

  test('malformed triples are dropped, the rest kept', () => {
    const good = encodeHits(match('digital diplomacy', defaultLexicon()), table);
    const decoded = decodeHits([...good, 5, 2, 0, 1.5, 3, 0, 0, 4, 999_999, 0, 4], table);
    expect(decoded).toHaveLength(1);
    expect(decoded[0]!.conceptId).toBe('digital-diplomacy');
  });
});
