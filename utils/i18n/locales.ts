/**
 * The interface languages of DiploLens and how the one to use is chosen. Pure.
 *
 * Uzbek is written in the Latin alphabet (the official script since the 1995 law on the
 * alphabet), Kazakh in Cyrillic (the script of most of today's readers; the Latin reform
 * is still in progress), as the researchers DiploLens is for read them.
 */
export const LOCALES = ['en', 'ru', 'uz', 'kk', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

/** What the user chose in the settings: follow the browser, or one language. */
export type LanguageChoice = 'auto' | Locale;

/** Each language's name in itself, for the language menu (one never has to read a foreign script to find one's own). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  ru: 'Русский',
  uz: 'Oʻzbekcha',
  kk: 'Қазақша',
  tr: 'Türkçe',
};

/**
 * The BCP 47 tag given to Intl and to `<html lang>`. Uzbek is marked Latin, so a browser or
 * screen reader never takes it for Cyrillic Uzbek.
 */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = {
  en: 'en',
  ru: 'ru',
  uz: 'uz-Latn',
  kk: 'kk',
  tr: 'tr',
};

/**
 * CLDR plural categories of each language for cardinal numbers
 * (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
 * Russian one/few/many/other; English, Uzbek, Kazakh and Turkish one/other.
 * tests/unit/i18n checks these against Intl.PluralRules.
 */
export const PLURAL_CATEGORIES = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  uz: ['one', 'other'],
  kk: ['one', 'other'],
  tr: ['one', 'other'],
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>;

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

export function isLanguageChoice(x: unknown): x is LanguageChoice {
  return x === 'auto' || isLocale(x);
}

/**
 * The language to show: the user's choice, or with 'auto' the first of the browser's
 * preferred languages (navigator.languages) that DiploLens speaks, by primary subtag
 * ('ru-RU' → ru, 'uz-Cyrl-UZ' → uz, 'kk-KZ' → kk); English when none is.
 */
export function resolveLocale(choice: LanguageChoice | undefined, preferred: readonly string[]): Locale {
  if (choice && choice !== 'auto' && isLocale(choice)) return choice;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}
