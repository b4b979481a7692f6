/**
 * The catalogs as a reader meets them: every key in every language, not empty, with the
 * same placeholders as English, the plural forms the language's grammar has (CLDR, as
 * Intl.PluralRules knows them), and each language written in its own script.
 */
import { describe, expect, test } from 'vitest';
import { PAGE_CATALOGS } from '../../../utils/i18n/index';
import { CONTENT_CATALOGS } from '../../../utils/i18n/content/index';
import { LOCALES, LOCALE_TAGS, PLURAL_CATEGORIES, type Locale } from '../../../utils/i18n/locales';

type AnyCatalog = Readonly<Record<string, string | Readonly<Record<string, string>>>>;
const SETS: Array<[string, Readonly<Record<Locale, AnyCatalog>>]> = [
  ['pages', PAGE_CATALOGS],
  ['content script', CONTENT_CATALOGS],
];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (m: string | Readonly<Record<string, string>>) => (typeof m === 'string' ? [m] : Object.values(m));

describe.each(SETS)('the %s catalogs', (_name, catalogs) => {
  const source = catalogs.en;
  const keys = Object.keys(source);

  test.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual([...keys].sort());
  });

  test.each(LOCALES)('%s: no message is empty or padded', (locale) => {
    const bad = keys.filter((k) => forms(catalogs[locale][k]!).some((f) => !f.trim() || f !== f.trim()));
    expect(bad).toEqual([]);
  });

  test.each(LOCALES.filter((l) => l !== 'en'))('%s: each message has the placeholders of the English one', (locale) => {
    const wrong: string[] = [];
    for (const k of keys) {
      const en = source[k]!;
      const want = [...new Set(forms(en).flatMap(placeholders))].sort();
      for (const f of forms(catalogs[locale][k]!)) {
        const got = [...new Set(placeholders(f))].sort();
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${k}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test.each(LOCALES)('%s: every plural has the forms of its grammar and no other', (locale) => {
    const want = [...PLURAL_CATEGORIES[locale]].sort();
    for (const k of keys) {
      const m = catalogs[locale][k]!;
      if (typeof source[k] === 'string') expect(typeof m, k).toBe('string');
      else expect(Object.keys(m).sort(), `${locale} ${k}`).toEqual(want);
    }
  });
});

test.each(LOCALES)('PLURAL_CATEGORIES of %s are the ones Intl.PluralRules uses', (locale) => {
  const got = new Intl.PluralRules(LOCALE_TAGS[locale]).resolvedOptions().pluralCategories;
  expect([...got].sort()).toEqual([...PLURAL_CATEGORIES[locale]].sort());
});

describe('each language in its own script', () => {
  const text = (locale: Locale) =>
    [...Object.values(PAGE_CATALOGS[locale]), ...Object.values(CONTENT_CATALOGS[locale])].flatMap(forms).join('\n');
  // A word that mixes Latin and Cyrillic letters is a look-alike typo ('Cистема' with a Latin C).
  const mixed = (s: string) => s.split(/[^\p{L}]+/u).filter((w) => /\p{Script=Latin}/u.test(w) && /\p{Script=Cyrillic}/u.test(w));

  test.each(LOCALES)('%s has no word mixing Latin and Cyrillic letters', (locale) => {
    expect(mixed(text(locale))).toEqual([]);
  });

  test('Uzbek writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC, never a straight quote or ‘', () => {
    const uz = text('uz');
    expect(uz.match(/[oOgG]['‘’`]/g) ?? []).toEqual([]);
    expect(uz).toContain('oʻ');
    expect(uz).toContain('maʼlumot');
  });

  test('Kazakh uses its own letters, Uzbek and Turkish are Latin, Russian has no Kazakh letters', () => {
    expect(text('kk')).toMatch(/[әғқңөұүһі]/);
    expect(text('ru')).not.toMatch(/[әғқңөұүһі]/);
    const latinOnly = (s: string) => !/\p{Script=Cyrillic}/u.test(s);
    expect(latinOnly(text('uz'))).toBe(true);
    expect(latinOnly(text('tr'))).toBe(true);
  });
});

describe('the same words where the interface names another part of itself', () => {
  test.each(LOCALES)('%s: the library names the hover card’s button as the card does', (locale) => {
    expect(PAGE_CATALOGS[locale]['library.saveAs']).toBe(CONTENT_CATALOGS[locale]['card.save']);
  });
  test.each(LOCALES)('%s: the foreign ministry is named the same in the source line and the filter', (locale) => {
    const c = PAGE_CATALOGS[locale];
    if (locale === 'en') return;
    // 'Foreign ministry source' contains the filter's 'Foreign ministry' (in the language's own form).
    const stem = c['filters.kind.mfa'].split(' ')[0]!.slice(0, 5);
    expect(c['source.kind.mfa']).toContain(stem);
  });
  test('the terms of the field: MFA as each language names it', () => {
    expect(PAGE_CATALOGS.ru['filters.kind.mfa']).toBe('МИД');
    expect(PAGE_CATALOGS.uz['filters.kind.mfa']).toBe('Tashqi ishlar vazirligi');
    expect(PAGE_CATALOGS.kk['filters.kind.mfa']).toBe('Сыртқы істер министрлігі');
    expect(PAGE_CATALOGS.tr['filters.kind.mfa']).toBe('Dışişleri Bakanlığı');
  });
});

test.each(LOCALES)('%s: a category has one name, in the pages and in the hover card', (locale) => {
  for (const id of ['forms', 'goals', 'channels', 'functions', 'risks', 'capacity', 'engagement'] as const) {
    expect(CONTENT_CATALOGS[locale][`category.${id}`]).toBe(PAGE_CATALOGS[locale][`category.${id}`]);
  }
});
