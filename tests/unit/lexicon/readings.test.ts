/**
 * Overlapping concepts and Turkish 'bir' (issue 14, item 7). A stretch of words can be two
 * concepts ('trade and investment promotion' is investment promotion and economic diplomacy):
 * the matcher keeps one hit per stretch, which is what a highlight paints, and lists the other
 * concepts of the same words in `hit.also`, which conceptsIn counts. Turkish puts the article
 * 'bir' between a modifier and its noun ('hibrit bir kampanya'); Turkish terms step over it.
 */
import { describe, expect, test } from 'vitest';
import { compileLexicon, conceptsIn, defaultLexicon, match } from '../../../utils/lexicon/index.ts';
import { decodeHits, encodeHits, termTable } from '../../../utils/lexicon/hit-codec.ts';
import type { Concept, Hit } from '../../../utils/lexicon/types.ts';
import { LEXICON } from '../../../seeds/lexicon.ts';

const L = defaultLexicon();
const painted = (text: string, hits: readonly Hit[] = match(text, L)) => hits.map((h) => [h.conceptId, text.slice(h.start, h.end)]);
const alsoOf = (text: string, hits: readonly Hit[] = match(text, L)) =>
  hits.flatMap((h) => (h.also ?? []).map((r) => [r.conceptId, text.slice(r.start, r.end)]));

function nonOverlapping(hits: readonly Hit[]): boolean {
  for (let i = 1; i < hits.length; i++) if (hits[i]!.start < hits[i - 1]!.end) return false;
  return true;
}

describe('one stretch, several concepts: painted once, every concept counted', () => {
  test.each([
    // [text, painted [concept, words], other readings [concept, words]]
    ['Trade and investment promotion is a task of every ambassador.', [['investment-promotion', 'Trade and investment promotion']], [['economic-diplomacy', 'Trade and investment']]],
    // crossing: neither term contains the other
    ['She gave an online briefing for journalists.', [['official-statements', 'briefing for journalists']], [['video-conferencing', 'online briefing']]],
    ['The engagement rate of the target audience doubled.', [['audience-engagement', 'engagement rate'], ['audience-engagement', 'target audience']], []],
    ['Report a lost passport abroad to the consulate.', [['citizens-abroad', 'passport abroad'], ['diplomatic-missions', 'consulate']], [['consular-services', 'passport']]],
    ['one of the most active foreign ministers on Twitter', [['twiplomacy', 'ministers on Twitter']], [['social-media', 'Twitter']]],
    // readings longest first
    ['Глава МИД в Твиттере ответил критикам.', [['twiplomacy', 'МИД в Твиттере']], [['social-media', 'Твиттере'], ['foreign-ministry', 'МИД']]],
    ['Официальный представитель МИД провёл онлайн-брифинг.', [['official-statements', 'Официальный представитель МИД'], ['video-conferencing', 'онлайн-брифинг']], [['foreign-ministry', 'МИД'], ['official-statements', 'брифинг']]],
    ['Mehnat migrantlari uchun konsullik yordami kuchaytirildi.', [['citizens-abroad', 'Mehnat migrantlari'], ['consular-services', 'konsullik yordami']], [['diplomatic-missions', 'konsullik']]],
    // as long as each other: the earlier is painted
    ['Prezidentlar ikki tomonlama hamkorlikni muhokama qildi.', [['international-cooperation', 'ikki tomonlama hamkorlikni']], [['negotiations', 'hamkorlikni muhokama qildi']]],
    ['Президенттер екіжақты ынтымақтастықты талқылады.', [['negotiations', 'ынтымақтастықты талқылады']], [['international-cooperation', 'екіжақты ынтымақтастықты']]],
    ['Dışişleri Sözcüsü yazılı bir açıklama yaptı.', [['official-statements', 'Dışişleri Sözcüsü'], ['official-statements', 'yazılı bir açıklama']], [['foreign-ministry', 'Dışişleri']]],
    ['Başvurular e-Devlet Kapısı üzerinden yapılır.', [['official-websites', 'e-Devlet Kapısı']], [['e-government', 'e-Devlet']]],
    ['Bakanlar ikili işbirliğini ele aldı.', [['negotiations', 'işbirliğini ele aldı']], [['international-cooperation', 'ikili işbirliğini']]],
  ] as [string, string[][], string[][]][])('%s', (text, paint, also) => {
    const hits = match(text, L);
    expect(painted(text, hits)).toEqual(paint);
    expect(alsoOf(text, hits)).toEqual(also);
    expect(nonOverlapping(hits)).toBe(true);
    expect(new Set(conceptsIn(hits))).toEqual(new Set([...paint, ...also].map(([id]) => id)));
  });

  test('no reading repeats the concept of its hit, and no concept is listed twice for one hit', () => {
    const text = 'Engagement rates, target audience engagement and audience engagement rate: likes and shares of foreign audiences. '.repeat(5);
    for (const h of match(text, L)) {
      const ids = [h.conceptId, ...(h.also ?? []).map((r) => r.conceptId)];
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test('synthetic lexicon: the longest is painted, the overlapped terms are its readings', () => {
    const mk = (id: string, en: string[]): Concept => ({ id, label: id, category: 'forms', definition: 'x.', refs: [], added: { source: 't' }, terms: { en } });
    const T = compileLexicon([mk('ab', ['alpha beta']), mk('bc', ['beta gamma']), mk('abc', ['alpha beta gamma delta']), mk('b', ['beta'])]);
    const text = 'alpha beta gamma';
    expect(painted(text, match(text, T))).toEqual([['ab', 'alpha beta']]);
    expect(alsoOf(text, match(text, T))).toEqual([['bc', 'beta gamma'], ['b', 'beta']]);
    expect(conceptsIn(match(text, T))).toEqual(['ab', 'bc', 'b']);
    const whole = 'alpha beta gamma delta';
    expect(painted(whole, match(whole, T))).toEqual([['abc', whole]]);
    expect(conceptsIn(match(whole, T))).toEqual(['abc', 'ab', 'bc', 'b']);
    // a term alone has no readings
    expect(match('beta', T)[0]!.also).toBeUndefined();
  });

  test('allConcepts keeps same-span twins as hits, and crossing terms as readings', () => {
    const mk = (id: string, en: string[]): Concept => ({ id, label: id, category: 'forms', definition: 'x.', refs: [], added: { source: 't' }, terms: { en } });
    const T = compileLexicon([mk('x', ['alpha beta']), mk('y', ['alpha beta']), mk('z', ['beta gamma'])]);
    const hits = match('alpha beta gamma', T, { allConcepts: true });
    expect(hits.map((h) => h.conceptId)).toEqual(['x', 'y']);
    expect(hits[0]!.also?.map((r) => r.conceptId)).toEqual(['z']);
    expect(conceptsIn(hits)).toEqual(['x', 'z', 'y']);
  });

  test('what crosses to a content script is one span per stretch: the hit codec carries no readings', () => {
    const table = termTable(LEXICON);
    const text = 'Trade and investment promotion; online briefing for journalists; ministers on Twitter; konsullik yordami.';
    const hits = match(text, L);
    expect(hits.some((h) => h.also?.length)).toBe(true);
    const decoded = decodeHits(encodeHits(hits, table), table);
    expect(decoded).toEqual(hits.map(({ also: _also, ...h }) => h));
    expect(nonOverlapping(decoded)).toBe(true);
  });
});

describe("Turkish 'bir' inside a phrase", () => {
  test.each([
    ['hibrit bir kampanya yürütüldü', 'hybrid-threats', 'hibrit bir kampanya'],
    ['HİBRİT BİR SAVAŞ', 'hybrid-threats', 'HİBRİT BİR SAVAŞ'],
    ['hibrit BIR tehdit', 'hybrid-threats', 'hibrit BIR tehdit'],
    ['Hibrit Bir Kampanya', 'hybrid-threats', 'Hibrit Bir Kampanya'],
    ['çevrimiçi bir basın toplantısı düzenlendi', 'video-conferencing', 'çevrimiçi bir basın toplantısı'],
    ['yabancı bir yatırımcıya', 'investment-promotion', 'yabancı bir yatırımcıya'],
    ['yumuşak bir güç olarak', 'soft-power', 'yumuşak bir güç'],
    ['Bu yumuşak bir gücün örneği', 'soft-power', 'yumuşak bir gücün'],
    ['dijital bir dönüşüm', 'digital-transformation', 'dijital bir dönüşüm'],
    ['yazılı bir açıklamada', 'official-statements', 'yazılı bir açıklamada'],
  ])('%s', (text, concept, surface) => {
    expect(painted(text)).toContainEqual([concept, surface]);
  });

  test.each([
    // not Turkish terms: English and Uzbek phrases do not take 'bir'
    ['soft bir power', 'soft-power'],
    ['yumshoq bir kuch', 'soft-power'],
    ['raqamli bir diplomatiya', 'digital-diplomacy'],
    // one 'bir' per term, never at a term's edge, and only the word itself
    ['hibrit bir bir kampanya', 'hybrid-threats'],
    ['hibrit bir', 'hybrid-threats'],
    ['bir kampanya', 'hybrid-threats'],
    ['hibrit birlik kampanya', 'hybrid-threats'],
    ['hibrit biri kampanya', 'hybrid-threats'],
    ['hibrit, bir kampanya', 'hybrid-threats'],
    ['hibrit bir. Kampanya', 'hybrid-threats'],
    // the company spokesperson's statement stays unmarked (recall-everyday.test.ts)
    ['Şirket sözcüsü basın toplantısında bir açıklama yaptı.', 'official-statements'],
  ])('%s', (text, concept) => {
    expect(conceptsIn(match(text, L))).not.toContain(concept);
  });

  test("a case-sensitive Turkish term does not step over 'bir'", () => {
    const T = compileLexicon([
      { id: 'ab', label: 'AB', category: 'forms', definition: 'x.', refs: [], added: { source: 't' }, terms: { tr: ['AB Komisyonu', 'kamu kurumu'] }, caseSensitive: ['AB Komisyonu'] },
    ]);
    expect(painted('AB Komisyonu', match('AB Komisyonu', T))).toEqual([['ab', 'AB Komisyonu']]);
    expect(match('AB bir Komisyonu', T)).toEqual([]);
    expect(painted('kamu bir kurumu', match('kamu bir kurumu', T))).toEqual([['ab', 'kamu bir kurumu']]);
  });
});
