/**
 * The extension pages' catalogs and translators (popup, library, settings, and the
 * background's words). The content script uses ./content instead, a much smaller set.
 */
import type { Locale } from './locales';
import { createTranslator, type Translator } from './translator';
import type { Catalog } from './types';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import { tr } from './tr';
import { uz } from './uz';

export type PageSource = typeof en;
export type PageKey = keyof PageSource;
export type PageTranslator = Translator<PageSource>;

export const PAGE_CATALOGS: { readonly [L in Locale]: Catalog<PageSource, L> } = { en, ru, uz, kk, tr };

const made = new Map<Locale, PageTranslator>();

/** The translator of the extension pages' words in one language (made once). */
export function pageTranslator(locale: Locale): PageTranslator {
  let t = made.get(locale);
  if (!t) made.set(locale, (t = createTranslator<PageSource>(locale, PAGE_CATALOGS[locale])));
  return t;
}

export { LOCALES, LOCALE_NAMES, LOCALE_TAGS, PLURAL_CATEGORIES, isLanguageChoice, isLocale, resolveLocale } from './locales';
export type { LanguageChoice, Locale } from './locales';
