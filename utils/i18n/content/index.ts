/** The content script's catalogs: every language, small enough to ship in the script every page loads. */
import type { Locale } from '../locales';
import { createTranslator, type Translator } from '../translator';
import type { Catalog } from '../types';
import { contentEn } from './en';
import { contentKk } from './kk';
import { contentRu } from './ru';
import { contentTr } from './tr';
import { contentUz } from './uz';

export type ContentSource = typeof contentEn;
export type ContentKey = keyof ContentSource;
export type ContentTranslator = Translator<ContentSource>;

export const CONTENT_CATALOGS: { readonly [L in Locale]: Catalog<ContentSource, L> } = {
  en: contentEn,
  ru: contentRu,
  uz: contentUz,
  kk: contentKk,
  tr: contentTr,
};

const made = new Map<Locale, ContentTranslator>();

/** The translator of the content script's words in one language (made once). */
export function contentTranslator(locale: Locale): ContentTranslator {
  let t = made.get(locale);
  if (!t) made.set(locale, (t = createTranslator<ContentSource>(locale, CONTENT_CATALOGS[locale])));
  return t;
}
