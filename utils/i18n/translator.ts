/**
 * Turns a catalog into text in one language: placeholders filled (never as HTML: the
 * result is a string, or parts for the caller to render as text and elements), plurals
 * chosen by Intl.PluralRules, numbers, dates, sizes and country names by Intl in that
 * language. Pure apart from Intl; one translator per language and catalog, made once.
 */
import { LOCALE_TAGS, type Locale } from './locales';
import { isPlural, type ParamArgs, type Source } from './types';

/** Any language's catalog of a source: the same keys, each a text or plural forms. */
export type AnyCatalog<S extends Source> = { readonly [K in keyof S]: string | { readonly [form: string]: string } };

export interface Translator<S extends Source> {
  locale: Locale;
  /** The BCP 47 tag for Intl and `<html lang>` ('uz-Latn' for Uzbek). */
  tag: string;
  /** The message in this language with its placeholders filled; numbers in this language's digits and separators. */
  t<K extends keyof S & string>(key: K, ...args: ParamArgs<S, K>): string;
  /**
   * The message cut at its placeholders, each replaced by its value as given (an element,
   * say): for text with markup in it, rendered by the caller as text and nodes, never as HTML.
   */
  parts<K extends keyof S & string, V>(key: K, ...args: ParamArgs<S, K, V>): Array<string | V>;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** '4 Mar 2025' in this language's order and month names. */
  date(t: number | Date): string;
  /** Date and time, minutes included. */
  dateTime(t: number | Date): string;
  /** The time of day, hours and minutes. */
  time(t: number | Date): string;
  /** '12.4 MB', '830 kB' in this language. */
  bytes(n: number): string;
  /** 'a, b and c' in this language. */
  list(items: readonly string[]): string;
  /** A country's or region's name in this language (ISO 3166 code), or undefined when Intl has none. */
  region(code: string): string | undefined;
  /** A language's name in this language (BCP 47 code). */
  language(code: string): string | undefined;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** CLDR: these languages write 1 234,5 or 1.234,5 (a decimal comma); English writes 1,234.5. */
const DECIMAL_COMMA: ReadonlySet<Locale> = new Set(['ru', 'uz', 'kk', 'tr']);
const SAMPLE_DAY = Date.UTC(2025, 11, 24, 12);
/** SI symbols, for a language whose own unit names the browser lacks. */
const SYMBOLS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * Where the browser's Intl has the language's data, and what stands in where it has not.
 * Chromium's ICU (seen in Chromium 156 on Debian) says it supports kk and uz but has neither
 * their month names nor their number symbols: dates come out '2025 M12 24' and numbers
 * '1,234,567.5'. Then numbers are written with the separators those languages share with
 * Russian (1 234 567,5) and sizes with the international unit symbols (kB, MB), and dates
 * as day.month.year in digits (24.12.2025), the form used in Kazakhstan and Uzbekistan.
 */
export function intlFormats(locale: Locale, tag: string, intl: Pick<typeof Intl, 'NumberFormat' | 'DateTimeFormat'> = Intl) {
  const numbersWork = !DECIMAL_COMMA.has(locale) || !new intl.NumberFormat(tag).format(1.5).includes('.');
  const monthsWork = !/\bM\d{1,2}\b/.test(new intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric' }).format(SAMPLE_DAY));
  const numberTag = numbersWork ? tag : 'ru';
  const day: Intl.DateTimeFormatOptions = monthsWork
    ? { year: 'numeric', month: 'short', day: 'numeric' }
    : { year: 'numeric', month: '2-digit', day: '2-digit' };
  const dateTag = monthsWork ? tag : 'ru';
  return {
    numberTag,
    /** False where the unit names must be the international symbols (the browser lacks the language's). */
    unitsWork: numbersWork,
    dates: new intl.DateTimeFormat(dateTag, day),
    dateTimes: new intl.DateTimeFormat(dateTag, { ...day, hour: '2-digit', minute: '2-digit' }),
  };
}

export function createTranslator<S extends Source>(locale: Locale, catalog: AnyCatalog<S>): Translator<S> {
  const tag = LOCALE_TAGS[locale];
  const plural = new Intl.PluralRules(tag);
  const formats = intlFormats(locale, tag);
  const numbers = new Intl.NumberFormat(formats.numberTag);
  const dates = formats.dates;
  const dateTimes = formats.dateTimes;
  const times = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
  const lists = new Intl.ListFormat(tag, { type: 'conjunction' });
  let regions: Intl.DisplayNames | null = null;
  let languages: Intl.DisplayNames | null = null;
  const table = catalog as Readonly<Record<string, string | Readonly<Record<string, string>>>>;

  const number = (n: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(formats.numberTag, options).format(n) : numbers.format(n);

  /** The template for a key: for a plural, the form Intl.PluralRules picks for `count`. */
  function template(key: string, params: Record<string, unknown> | undefined): string {
    const m = table[key];
    if (m === undefined) return key;
    if (!isPlural(m)) return m;
    const count = typeof params?.['count'] === 'number' ? params['count'] : 0;
    return m[plural.select(count)] ?? m['other'] ?? key;
  }

  function parts(key: string, params?: Record<string, unknown>): unknown[] {
    const text = template(key, params);
    const out: unknown[] = [];
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      const name = m[1]!;
      if (!params || !(name in params)) continue;
      if (m.index > last) out.push(text.slice(last, m.index));
      const v = params[name];
      out.push(typeof v === 'number' ? number(v) : v);
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }

  return {
    locale,
    tag,
    t: ((key: string, params?: Record<string, unknown>) => parts(key, params).map(String).join('')) as Translator<S>['t'],
    parts: parts as Translator<S>['parts'],
    number,
    date: (t) => dates.format(t),
    dateTime: (t) => dateTimes.format(t),
    time: (t) => times.format(t),
    bytes(n) {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
      let i = 0;
      let v = Math.max(0, n);
      while (v >= 1000 && i < units.length - 1) {
        v /= 1000;
        i++;
      }
      // Decimal units (kB = 1000 B), as the browsers' own storage pages show sizes.
      const digits = v < 10 && i > 0 ? 1 : 0;
      if (!formats.unitsWork) return `${number(v, { maximumFractionDigits: digits })}\u00a0${SYMBOLS[i]}`;
      return new Intl.NumberFormat(tag, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: digits }).format(v);
    },
    list: (items) => lists.format(items),
    region(code) {
      try {
        regions ??= new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
        return regions.of(code.toUpperCase());
      } catch {
        return undefined;
      }
    },
    language(code) {
      try {
        languages ??= new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
        return languages.of(code);
      } catch {
        return undefined;
      }
    },
  };
}
