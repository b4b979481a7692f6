/** Plurals, numbers, dates and placeholders in each language, as a reader sees them. */
import { describe, expect, test } from 'vitest';
import { pageTranslator, resolveLocale } from '../../../utils/i18n/index';
import { contentTranslator } from '../../../utils/i18n/content/index';
import { intlFormats } from '../../../utils/i18n/translator';

const NBSP = '\u00a0';

describe('Russian plurals: one, few, many, other', () => {
  const ru = pageTranslator('ru');
  test.each([
    [1, 'Удалён 1 пример.'],
    [2, 'Удалено 2 примера.'],
    [4, 'Удалено 4 примера.'],
    [5, 'Удалено 5 примеров.'],
    [11, 'Удалено 11 примеров.'],
    [12, 'Удалено 12 примеров.'],
    [21, 'Удалён 21 пример.'],
    [22, 'Удалено 22 примера.'],
    [25, 'Удалено 25 примеров.'],
    [111, 'Удалено 111 примеров.'],
    [1.5, 'Удалено 1,5 примера.'],
  ])('%s → %s', (count, text) => {
    expect(ru.t('library.deleted', { count })).toBe(text);
  });

  test('after «из» the total is in the genitive: из 1 примера, из 3 примеров, из 1 000 примеров', () => {
    expect(ru.t('filters.count', { shown: 1, count: 1 })).toBe('1 из 1 примера');
    expect(ru.t('filters.count', { shown: 2, count: 3 })).toBe('2 из 3 примеров');
    expect(ru.t('filters.count', { shown: 12, count: 1000 })).toBe(`12 из 1${NBSP}000 примеров`);
  });
});

test.each([
  ['en', 1, 'Deleted 1 example.'],
  ['en', 3, 'Deleted 3 examples.'],
  ['uz', 1, '1 ta misol oʻchirildi.'],
  ['uz', 7, '7 ta misol oʻchirildi.'],
  ['kk', 1, '1 мысал жойылды.'],
  ['kk', 7, '7 мысал жойылды.'],
  ['tr', 1, '1 örnek silindi.'],
  ['tr', 7, '7 örnek silindi.'],
] as const)('%s plural of %s: %s (a numeral takes the singular in Uzbek, Kazakh and Turkish)', (locale, count, text) => {
  expect(pageTranslator(locale).t('library.deleted', { count })).toBe(text);
});

test.each([
  ['en', '1,234,567'],
  ['ru', `1${NBSP}234${NBSP}567`],
  ['uz', `1${NBSP}234${NBSP}567`],
  ['kk', `1${NBSP}234${NBSP}567`],
  ['tr', '1.234.567'],
] as const)('numbers in %s: %s, in messages too', (locale, n) => {
  const t = pageTranslator(locale);
  expect(t.number(1234567)).toBe(n);
  expect(t.t('options.examples', { count: 1234567 })).toContain(n);
});

test.each([
  ['en', /Mar 4, 2025/],
  ['ru', /4 мар\. 2025/],
  ['uz', /4-mar, 2025/],
  ['kk', /2025 ж\. 4 нау\./],
  ['tr', /4 Mar 2025/],
] as const)('dates in %s', (locale, re) => {
  expect(pageTranslator(locale).date(Date.UTC(2025, 2, 4, 12))).toMatch(re);
});

test('country and language names come from Intl in the chosen language', () => {
  expect(pageTranslator('ru').region('UZ')).toBe('Узбекистан');
  expect(pageTranslator('kk').region('UZ')).toBe('Өзбекстан');
  expect(pageTranslator('tr').region('KZ')).toBe('Kazakistan');
  expect(pageTranslator('uz').region('KZ')).toBe('Qozogʻiston');
  expect(pageTranslator('ru').region('EU')).toBe('Европейский союз');
  expect(pageTranslator('en').region('AA')).toBeUndefined();
  expect(contentTranslator('ru').language('kk')).toBe('казахский');
});

test('sizes in the language’s units', () => {
  expect(pageTranslator('en').bytes(12_400_000)).toBe('12 MB');
  expect(pageTranslator('en').bytes(4_200_000)).toBe('4.2 MB');
  expect(pageTranslator('ru').bytes(4_200_000)).toMatch(/^4,2\s?МБ$/u);
  expect(pageTranslator('en').bytes(0)).toBe('0 byte');
});

describe('placeholders are text, never markup', () => {
  const t = pageTranslator('en');
  test('a hostile value is kept as it is, as text', () => {
    expect(t.t('popup.notSaved', { error: '<img src=x onerror=alert(1)>' })).toBe('Not saved: <img src=x onerror=alert(1)>');
  });
  test('parts keep any value (an element) in its place', () => {
    const kbd = { element: 'kbd' };
    const parts = t.parts('form.noteHint', { keys: kbd });
    expect(parts).toEqual(['Enter starts a new line; ', kbd, ' saves.']);
  });
  test('a value that looks like a placeholder is not filled again', () => {
    expect(t.t('popup.notSaved', { error: '{error}' })).toBe('Not saved: {error}');
  });
});

describe('choosing the language', () => {
  test.each([
    ['auto', ['ru-RU', 'en'], 'ru'],
    ['auto', ['de-DE', 'kk-KZ'], 'kk'],
    ['auto', ['uz-Cyrl-UZ'], 'uz'],
    ['auto', ['uz_UZ'], 'uz'],
    ['auto', ['TR'], 'tr'],
    ['auto', ['de', 'fr'], 'en'],
    ['auto', [], 'en'],
    ['tr', ['ru'], 'tr'],
    [undefined, ['kk'], 'kk'],
  ] as const)('%s with %j → %s', (choice, preferred, locale) => {
    expect(resolveLocale(choice, preferred)).toBe(locale);
  });
});

describe('a browser whose Intl lacks a language’s data (Chromium: kk and uz)', () => {
  // As Chromium 156's ICU answers for kk: "supported", yet month names and number symbols are the root's.
  const chromiumLike = {
    NumberFormat: function (tag: string, o?: Intl.NumberFormatOptions) {
      return new Intl.NumberFormat(tag === 'kk' ? 'en' : tag, o);
    } as unknown as typeof Intl.NumberFormat,
    DateTimeFormat: function (tag: string, o?: Intl.DateTimeFormatOptions) {
      if (tag === 'kk' && o?.month === 'short') return { format: () => '2025 M12 24' };
      return new Intl.DateTimeFormat(tag, o);
    } as unknown as typeof Intl.DateTimeFormat,
  };
  const day = Date.UTC(2025, 11, 24, 12);

  test('dates are day.month.year in digits, not "2025 M12 24"; numbers get the language’s separators', () => {
    const f = intlFormats('kk', 'kk', chromiumLike);
    expect(f.dates.format(day)).toBe('24.12.2025');
    expect(f.numberTag).toBe('ru');
    expect(new Intl.NumberFormat(f.numberTag).format(1234567.5)).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(f.unitsWork).toBe(false);
  });

  test('where the data is there (Node’s full ICU, Firefox), the language’s own forms are kept', () => {
    const f = intlFormats('kk', 'kk');
    expect(f.numberTag).toBe('kk');
    expect(f.dates.format(day)).toMatch(/жел/);
    expect(intlFormats('en', 'en', chromiumLike).dates.format(day)).toBe('Dec 24, 2025');
  });
});
