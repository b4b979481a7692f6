/**
 * What makes a term usable: checks of one term as written, shared by the codebook's
 * validation (validate.ts), the editor (as the researcher types) and the importers.
 *
 * A term is words, with an optional '*' at the end for "any ending" ('diplomac*').
 * Errors make a term unusable: a wildcard on fewer than three letters (it would match
 * most words of a text), regular-expression or glob syntax, no letters at all. Warnings
 * are terms that work but mark most sentences: a single letter, or one of the most common
 * function words of the language (articles, conjunctions, prepositions, pronouns). Those
 * are kept, because dictionaries such as LIWC's count exactly these words on purpose.
 */
import { normalise } from '../lexicon/normalise';
import { languageName } from './model';

export type TermProblemCode =
  | 'empty' | 'too-long' | 'control' | 'semicolon' | 'pattern' | 'star-position' | 'no-letters' | 'star-alone'
  | 'broad-wildcard' | 'short-wildcard' | 'single-letter' | 'common-word';

export type TermProblem = { level: 'error' | 'warning'; code: TermProblemCode; message: string };

/** Problems that mean the text is a pattern of another syntax (regular expression, glob), not a term. */
export const PATTERN_PROBLEMS: ReadonlySet<TermProblemCode> = new Set(['pattern', 'star-position', 'star-alone']);

/** The longest term, in characters. */
export const MAX_TERM_CHARS = 200;

/**
 * Function words, lower case, that occur in nearly every sentence of their language.
 * Our own short lists (the top of any frequency list of the language); a term that is
 * one of them alone would mark most sentences of a page.
 */
const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'is', 'are',
    'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'we', 'they', 'you', 'i',
    'not', 'no', 'have', 'has', 'had', 'will', 'would', 'can', 'which', 'who', 'all', 'more', 'also', 'their', 'our',
  ],
  ru: [
    'и', 'в', 'во', 'не', 'на', 'я', 'он', 'она', 'они', 'мы', 'вы', 'что', 'с', 'со', 'по', 'а', 'к', 'ко', 'как', 'из',
    'у', 'о', 'об', 'за', 'от', 'для', 'это', 'этот', 'то', 'так', 'же', 'но', 'или', 'бы', 'ли', 'был', 'была', 'быть',
    'все', 'его', 'ее', 'их', 'при', 'до', 'также', 'который', 'которые',
  ],
  tr: [
    've', 'bir', 'bu', 'şu', 'o', 'da', 'de', 'için', 'ile', 'çok', 'ne', 'gibi', 'daha', 'en', 'ki', 'mi', 'ama',
    'veya', 'olan', 'olarak', 'her', 'ise', 'kadar', 'sonra', 'biz', 'siz', 'onlar', 'ben', 'sen', 'var', 'yok',
  ],
  uz: [
    'va', 'bu', 'bilan', 'uchun', 'ham', 'bir', 'u', 'ular', 'biz', 'siz', 'men', 'sen', 'emas', 'edi', 'esa', 'lekin',
    'yoki', 'bo‘yicha', "bo'yicha", 'kabi', 'deb', 'hamda', 'ва', 'бу', 'билан', 'учун', 'ҳам', 'бир', 'эмас', 'эди',
  ],
  kk: [
    'және', 'бұл', 'бір', 'мен', 'үшін', 'да', 'де', 'та', 'те', 'ол', 'олар', 'осы', 'деп', 'біз', 'сіз', 'ал',
    'бірақ', 'немесе', 'екен', 'еді', 'бойынша', 'сияқты', 'тағы',
  ],
};

let commonFolded: Map<string, Set<string>> | undefined;
function commonWords(lang: string): Set<string> {
  if (!commonFolded) {
    commonFolded = new Map();
    const all = new Set<string>();
    for (const [l, words] of Object.entries(COMMON_WORDS)) {
      const set = new Set(words.map(normalise));
      commonFolded.set(l, set);
      for (const w of set) all.add(w);
    }
    commonFolded.set('*', all);
  }
  return commonFolded.get(lang) ?? commonFolded.get('*')!;
}

/** Characters of regular expressions and globs that DiploLens terms do not have. */
const PATTERN_CHARS = /[\\^$|()[\]{}?]|\.[*+]/;
const LETTER = /[\p{L}\p{N}]/u;

/** Whether a term ends in the prefix wildcard. */
export const isWildcardTerm = (text: string): boolean => text.trimEnd().endsWith('*');

/** The folded form two terms are compared by ('E‑Diplomacy' and 'e diplomacy' are one), '*' kept. */
export function termKey(text: string): string {
  return normalise(text) + (isWildcardTerm(text) ? '*' : '');
}

/**
 * Problems of one term as written, most serious first; an empty list when it is fine.
 * `lang` is the language it is filed under (its common words are refused).
 */
export function checkTerm(text: string, lang: string, opts: { caseSensitive?: boolean } = {}): TermProblem[] {
  const out: TermProblem[] = [];
  const t = text.trim();
  if (!t) return [{ level: 'error', code: 'empty', message: 'The term is empty.' }];
  if (t.length > MAX_TERM_CHARS) out.push({ level: 'error', code: 'too-long', message: `The term is too long (${t.length} characters; at most ${MAX_TERM_CHARS}).` });
  if (/[\u0000-\u001f\u007f]/.test(text)) out.push({ level: 'error', code: 'control', message: 'The term contains a line break or a control character.' });
  if (t.includes(';')) out.push({ level: 'error', code: 'semicolon', message: "A term cannot contain ';' (exports join terms with '; ')." });
  if (PATTERN_CHARS.test(t))
    out.push({
      level: 'error',
      code: 'pattern',
      message: `"${t}" looks like a regular expression or a glob pattern. A term is words, with * at the end for any ending ('diplomac*'); ? [ ] ( ) | ^ $ \\ are not supported.`,
    });
  if (out.some((p) => p.code === 'pattern')) return out;
  const star = t.indexOf('*');
  if (star >= 0 && star !== t.length - 1)
    out.push({ level: 'error', code: 'star-position', message: `Only one * is allowed, at the end of the term ('diplomac*'), not in "${t}".` });
  if (!LETTER.test(t)) {
    out.push({ level: 'error', code: 'no-letters', message: `"${t}" has no letters or digits: it would never be found.` });
    return out;
  }
  const wildcard = isWildcardTerm(t);
  if (wildcard && !/[\p{L}\p{N}]\*$/u.test(t))
    out.push({ level: 'error', code: 'star-alone', message: `The * must follow letters ('diplomac*'), not stand as a word of its own in "${t}".` });
  if (out.some((p) => p.level === 'error')) return out;

  const words = normalise(t).split(' ');
  const last = words.at(-1) ?? '';
  const letters = [...last].length;
  if (wildcard && words.length === 1) {
    if (letters < 3) out.push({ level: 'error', code: 'broad-wildcard', message: `"${t}" would match most words: a wildcard needs at least three letters before the * (at least four is safer).` });
    else if (letters === 3) out.push({ level: 'warning', code: 'short-wildcard', message: `"${t}" matches many words that begin with "${last}": check it in the 'Try it' box.` });
  } else if (words.length === 1 && !wildcard) {
    if (!opts.caseSensitive && commonWords(lang).has(last))
      out.push({
        level: 'warning',
        code: 'common-word',
        message: `"${t}" is one of the most common words${lang === 'und' ? '' : ` of ${languageName(lang)}`}: it will be marked in most sentences.`,
      });
    else if (letters === 1 && !opts.caseSensitive)
      out.push({ level: 'warning', code: 'single-letter', message: `"${t}" is a single letter: it will be marked in most sentences. Mark it case-sensitive if it is an acronym.` });
  }
  return out;
}
