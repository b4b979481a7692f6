import { describe, expect, test } from 'vitest';
import { compileLexicon, conceptById, conceptsIn, defaultLexicon, match, normalise } from '../../../utils/lexicon/index.ts';
import type { Concept } from '../../../utils/lexicon/types.ts';

const L = defaultLexicon();
const ids = (text: string) => conceptsIn(match(text, L));
/** [concept, matched text] pairs. */
const found = (text: string) => match(text, L).map((h) => [h.conceptId, text.slice(h.start, h.end)]);

describe.each([
  ['en', [
    ['Digital diplomacy matters', 'digital-diplomacy', 'Digital diplomacy'],
    ['on e-diplomacy today', 'digital-diplomacy', 'e-diplomacy'],
    ['on e diplomacy today', 'digital-diplomacy', 'e diplomacy'],
    ['on e\u2011diplomacy today', 'digital-diplomacy', 'e\u2011diplomacy'],
    ['on eDiplomacy today', 'digital-diplomacy', 'eDiplomacy'],
    ['cyber-diplomacy', 'digital-diplomacy', 'cyber-diplomacy'],
    ['“diplomacy 2.0” (Harris)', 'digital-diplomacy', 'diplomacy 2.0'],
    ['virtual diplomacy', 'digital-diplomacy', 'virtual diplomacy'],
    ["the country's soft power's reach", 'soft-power', "soft power's"],
    ['the embassies of France', 'diplomatic-missions', 'embassies'],
    ['Twiplomacy ranking', 'twiplomacy', 'Twiplomacy'],
    ['social networks', 'social-media', 'social networks'],
    ['a social network', 'social-media', 'social network'],
    ['apply for an e-visa now', 'e-visa', 'e-visa'],
    ['visa services centre', 'consular-services', 'visa services'],
    ['AI tools', 'artificial-intelligence', 'AI'],
    ['Digital Uzbekistan-2030 strategy', 'digital-strategies', 'Digital Uzbekistan-2030'],
    ['Digital Uzbekistan - 2030', 'digital-strategies', 'Digital Uzbekistan - 2030'],
    ['public\ndiplomacy', 'public-diplomacy', 'public\ndiplomacy'],
    ['public\r\ndiplomacy', 'public-diplomacy', 'public\r\ndiplomacy'],
    ['digital\u00A0diplomacy', 'digital-diplomacy', 'digital\u00A0diplomacy'],
    ['digital diplo\u00ADmacy', 'digital-diplomacy', 'digital diplo\u00ADmacy'],
    ['DIGITAL DIPLOMACY', 'digital-diplomacy', 'DIGITAL DIPLOMACY'],
  ]],
  ['ru', [
    ['цифровая дипломатия', 'digital-diplomacy', 'цифровая дипломатия'],
    ['о цифровую дипломатию', 'digital-diplomacy', 'цифровую дипломатию'],
    ['цифровой дипломатии', 'digital-diplomacy', 'цифровой дипломатии'],
    ['цифровыми дипломатиями', 'digital-diplomacy', 'цифровыми дипломатиями'],
    ['Цифровая Дипломатия', 'digital-diplomacy', 'Цифровая Дипломатия'],
    ['мягкой силы', 'soft-power', 'мягкой силы'],
    ['мягкую силу', 'soft-power', 'мягкую силу'],
    ['в социальных сетях', 'social-media', 'социальных сетях'],
    ['публичной дипломатии', 'public-diplomacy', 'публичной дипломатии'],
    ['информационной безопасности', 'information-security', 'информационной безопасности'],
    ['человеческого фактора', 'human-factor', 'человеческого фактора'],
    ['привлечения инвестиций', 'investment-promotion', 'привлечения инвестиций'],
    ['зелёная цифровая дипломатия', 'digital-diplomacy', 'цифровая дипломатия'],
    ['ИИ в дипломатии', 'artificial-intelligence', 'ИИ'],
    ['Министерства иностранных дел', 'foreign-ministry', 'Министерства иностранных дел'],
  ]],
  ['uz', [
    ['raqamli diplomatiya', 'digital-diplomacy', 'raqamli diplomatiya'],
    ['raqamli diplomatiyaning roli', 'digital-diplomacy', 'raqamli diplomatiyaning'],
    ['raqamli diplomatiyani', 'digital-diplomacy', 'raqamli diplomatiyani'],
    ['raqamli diplomatiyasi', 'digital-diplomacy', 'raqamli diplomatiyasi'],
    ['рақамли дипломатиянинг', 'digital-diplomacy', 'рақамли дипломатиянинг'],
    ["Raqamli O'zbekiston", 'digital-strategies', "Raqamli O'zbekiston"],
    ['Raqamli O‘zbekiston', 'digital-strategies', 'Raqamli O‘zbekiston'],
    ['Raqamli Oʻzbekiston', 'digital-strategies', 'Raqamli Oʻzbekiston'],
    ['Raqamli O`zbekiston', 'digital-strategies', 'Raqamli O`zbekiston'],
    ['axborot xavfsizligini', 'information-security', 'axborot xavfsizligini'],
    ['ijtimoiy tarmoqlarda', 'social-media', 'ijtimoiy tarmoqlarda'],
    ['yumshoq kuchi', 'soft-power', 'yumshoq kuchi'],
  ]],
  ['kk', [
    ['цифрлық дипломатия', 'digital-diplomacy', 'цифрлық дипломатия'],
    ['цифрлық дипломатияны', 'digital-diplomacy', 'цифрлық дипломатияны'],
    ['цифрлық дипломатиясының', 'digital-diplomacy', 'цифрлық дипломатиясының'],
    ['жұмсақ күшін', 'soft-power', 'жұмсақ күшін'],
    ['әлеуметтік желілерде', 'social-media', 'әлеуметтік желілерде'],
    ['ақпараттық қауіпсіздікті', 'information-security', 'ақпараттық қауіпсіздікті'],
  ]],
  ['tr', [
    ['dijital diplomasi', 'digital-diplomacy', 'dijital diplomasi'],
    ['dijital diplomasinin etkisi', 'digital-diplomacy', 'dijital diplomasinin'],
    ['dijital diplomasiyi', 'digital-diplomacy', 'dijital diplomasiyi'],
    ['DİJİTAL DİPLOMASİ', 'digital-diplomacy', 'DİJİTAL DİPLOMASİ'],
    ['DIJITAL DIPLOMASI', 'digital-diplomacy', 'DIJITAL DIPLOMASI'],
    ['kamu diplomasisi', 'public-diplomacy', 'kamu diplomasisi'],
    ['kamu diplomasisinde', 'public-diplomacy', 'kamu diplomasisinde'],
    ['yumuşak güç', 'soft-power', 'yumuşak güç'],
    ['yumuşak gücü', 'soft-power', 'yumuşak gücü'],
    ['YUMUŞAK GÜCÜN', 'soft-power', 'YUMUŞAK GÜCÜN'],
    ['dijital okuryazarlığının', 'digital-literacy', 'dijital okuryazarlığının'],
    ['yapay zeka', 'artificial-intelligence', 'yapay zeka'],
    ['bilgi güvenliği', 'information-security', 'bilgi güvenliği'],
    // Typed without Turkish letters, as on social media and in hashtags.
    ['yumusak guc', 'soft-power', 'yumusak guc'],
    ['yumusak gucunu', 'soft-power', 'yumusak gucunu'],
    ['bilgi guvenligi', 'information-security', 'bilgi guvenligi'],
    ['dijital okuryazarligi', 'digital-literacy', 'dijital okuryazarligi'],
    // Suffixes on names and abbreviations follow an apostrophe, straight or curly.
    ["e-Devlet'ten birkaç dakika", 'e-government', "e-Devlet'ten"],
    ['e-Devlet’e giriş', 'e-government', 'e-Devlet’e'],
  ]],
] as [string, [string, string, string][]][])('%s: inflected forms', (_lang, rows) => {
  test.each(rows)('%s → %s', (text: string, concept: string, surface: string) => {
    expect(found(text)).toContainEqual([concept, surface]);
  });
});

describe('traps: nothing, or not that concept', () => {
  test.each([
    ['pay with Visa', 'consular-services'],
    ['VISA card', 'consular-services'],
    ['the soft key, then the power button', 'soft-power'],
    ['soft. Power', 'soft-power'],
    ['diplomatically speaking', 'digital-diplomacy'],
    ['a powerful state', 'soft-power'],
    ['the softpower brand', 'soft-power'],
    ['Ai Weiwei and ai', 'artificial-intelligence'],
    ['main idea', 'artificial-intelligence'],
    ['аИИ и ИИк', 'artificial-intelligence'],
    ['Mfa and mfa', 'foreign-ministry'],
    ['digital (electronic) diplomacy', 'digital-diplomacy'],
    ['digital diplomats', 'digital-diplomacy'],
    ['цифровые дипломаты', 'digital-diplomacy'],
    ['güçlü devlet', 'soft-power'],
    ['mobile', 'mobile-applications'],
    ['digital\u00ADdiplomacy', 'digital-diplomacy'],
    // Handles, addresses and identifiers name accounts, not concepts.
    ['@MFA_Uzbekistan', 'foreign-ministry'],
    ['follow @MFA for updates', 'foreign-ministry'],
    ['write to press@mfa.uz', 'foreign-ministry'],
    ['@SoftPower and @soft power', 'soft-power'],
    ['MFA_KZ', 'foreign-ministry'],
    ['soft_power_index', 'soft-power'],
    ['digital_diplomacy', 'digital-diplomacy'],
  ])('%s', (text, concept) => {
    expect(ids(text)).not.toContain(concept);
  });
});

test('a handle beside a mention leaves the mention found', () => {
  const text = 'The MFA (@MFA_Uzbekistan, @MFA) said soft power matters; #SoftPower';
  expect(match(text, L).map((h) => text.slice(h.start, h.end))).toEqual(['MFA', 'soft power']);
});

describe('overlaps', () => {
  test('longest wins: Digital Uzbekistan-2030 over Digital Uzbekistan', () => {
    const hits = match('Digital Uzbekistan-2030 strategy', L);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.term).toBe('Digital Uzbekistan-2030');
  });

  test('hits sorted and non-overlapping in a long mixed text', () => {
    const text = 'Digital diplomacy, soft power and цифровой дипломатии; kamu diplomasisi; e-government portals. '.repeat(20);
    const hits = match(text, L);
    expect(hits.length).toBeGreaterThanOrEqual(100);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
  });

  test('prefer the longest, then the earliest (synthetic lexicon)', () => {
    const mk = (id: string, en: string[]): Concept => ({ id, label: id, category: 'forms', definition: 'x.', refs: [], added: { source: 't' }, terms: { en, ru: [`ру${id}`] } });
    const T = compileLexicon([mk('ab', ['alpha beta']), mk('bc', ['beta gamma']), mk('abc', ['alpha beta gamma delta'])]);
    expect(match('alpha beta gamma', T).map((h) => h.conceptId)).toEqual(['ab']);
    expect(match('alpha beta gamma delta', T).map((h) => h.conceptId)).toEqual(['abc']);
    expect(match('x beta gamma', T).map((h) => h.conceptId)).toEqual(['bc']);
  });
});

describe('offsets map back to the original text', () => {
  test.each([
    ['decomposed й', 'о цифрово\u0438\u0306 дипломатии', 'цифрово\u0438\u0306 дипломатии'],
    ['decomposed İ', 'DI\u0307JI\u0307TAL DI\u0307PLOMASI\u0307', 'DI\u0307JI\u0307TAL DI\u0307PLOMASI\u0307'],
    ['İ (2 code units in lower case)', 'İİİ DİJİTAL DİPLOMASİ!', 'DİJİTAL DİPLOMASİ'],
    ['soft hyphen', 'x e-diplo\u00ADmacy y', 'e-diplo\u00ADmacy'],
    ['zero-width joiner', 'soft\u200D power', 'soft\u200D power'],
    ['emoji nearby', '😀😀 soft power 🇺🇿 мягкая сила 👍', 'soft power'],
    ['CRLF', 'line\r\ndigital\r\ndiplomacy\r\n', 'digital\r\ndiplomacy'],
    ['ё', 'Всё о соцсетях', 'соцсетях'],
  ])('%s', (_name, text, surface) => {
    const hits = match(text, L);
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain(surface);
  });

  test('emoji offsets are UTF-16 code units', () => {
    const text = '😀 soft power';
    const [h] = match(text, L);
    expect(h).toMatchObject({ start: 3, end: 13, conceptId: 'soft-power', term: 'soft power', lang: 'en' });
  });
});

describe('API', () => {
  test('conceptById and conceptsIn', () => {
    expect(conceptById('soft-power')?.label).toBe('Soft power');
    expect(conceptById('nope')).toBeUndefined();
    expect(conceptsIn(match('soft power, digital diplomacy, soft power', L))).toEqual(['soft-power', 'digital-diplomacy']);
  });

  test('reports the canonical term and its language', () => {
    expect(match('Cyber-Diplomacy', L)[0]).toMatchObject({ term: 'cyber diplomacy', lang: 'en' });
    expect(match('цифровой дипломатии', L)[0]).toMatchObject({ term: 'цифровая дипломатия', lang: 'ru' });
  });

  test('normalise folds case, Turkish i, ё, apostrophes, hyphens', () => {
    expect(normalise('DİJİTAL Dıplomasi')).toBe('dijital diplomasi');
    expect(normalise('O‘zbek Oʻzbek')).toBe("o'zbek o'zbek");
    expect(normalise('e\u2011diplomacy')).toBe('e diplomacy');
    expect(normalise('Ёлка')).toBe('елка');
    expect(normalise('YUMUŞAK GÜÇ, Dışişleri Bakanlığı, Öğrenci')).toBe('yumusak guc disisleri bakanligi ogrenci');
  });

  test('empty and separator-only texts', () => {
    expect(match('', L)).toEqual([]);
    expect(match(' \n\t—,.', L)).toEqual([]);
  });
});
