/**
 * The types that make the catalogs complete. English is the source of each catalog
 * (`en.ts` for the extension pages, `content/en.ts` for what the content script shows in
 * pages); every other language must give each of its keys, with the plural forms its own
 * grammar needs (PLURAL_CATEGORIES). A missing, extra or wrongly shaped key is a type error.
 */
import type { Locale, PLURAL_CATEGORIES } from './locales';

/** The plural forms one language needs: Russian one/few/many/other, the others one/other. */
export type PluralForms<L extends Locale> = { readonly [C in (typeof PLURAL_CATEGORIES)[L][number]]: string };

/** A message: text with {placeholders}, or plural forms chosen by {count}. */
export type Message<L extends Locale = Locale> = string | PluralForms<L>;

/** The shape of an English source catalog. */
export type Source = Readonly<Record<string, Message<'en'>>>;

/** What every language implements for a source: the same keys, plural where English is plural. */
export type Catalog<S extends Source, L extends Locale> = {
  readonly [K in keyof S]: S[K] extends string ? string : PluralForms<L>;
};

/** The names in `{name}` placeholders of a template. */
type Placeholders<T> = T extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The placeholders of a key's English text (of a plural, its forms' and always `count`). */
export type ParamNames<S extends Source, K extends keyof S> = S[K] extends string
  ? Placeholders<S[K]>
  : 'count' | Placeholders<S[K][keyof S[K]]>;

/** The values a key takes: one per placeholder, a plural's `count` a number. */
export type Params<S extends Source, K extends keyof S, V = string | number> = {
  [P in ParamNames<S, K>]: P extends 'count' ? number : V;
};

/** `t(key)` for a key without placeholders, `t(key, params)` for one with them. */
export type ParamArgs<S extends Source, K extends keyof S, V = string | number> = [ParamNames<S, K>] extends [never]
  ? []
  : [params: Params<S, K, V>];

export function isPlural(m: unknown): m is Readonly<Record<string, string>> {
  return typeof m === 'object' && m !== null;
}
