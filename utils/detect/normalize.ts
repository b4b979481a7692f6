/** Text folding shared by cue and country matching: pure, no DOM. */

const APOSTROPHES = /[ʻʼ’‘`´ʹ′]/g;

/** No diacritics, Turkish dotted/dotless i folded, apostrophes unified; case kept. */
export function foldKeepCase(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .replace(/İ/g, 'I')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е');
}

/** Lower case, no diacritics, Turkish dotless i folded, apostrophes unified. */
export function fold(text: string): string {
  return foldKeepCase(text).toLowerCase();
}

/** Word tokens of folded text (dots of abbreviations dropped: "U.S." → "US"). */
export function tokens(folded: string): string[] {
  return folded
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}']+/u)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter((t) => t.length > 0);
}

/** Folded, lower-case, space-joined tokens: the key form of a phrase. */
export function phraseKey(text: string): string {
  return tokens(fold(text)).join(' ');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** True when a short name is an acronym that must appear in capitals ("US", not "us"). */
export function isAcronym(name: string): boolean {
  const bare = name.replace(/\./g, '');
  return bare.length <= 5 && bare === bare.toUpperCase() && bare !== bare.toLowerCase();
}
