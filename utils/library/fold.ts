/**
 * Folding for search: what a researcher types should find what the page said,
 * whatever the case, diacritics or apostrophe variant. Pure.
 */

const APOSTROPHES = /[ʻʼ‘’`'′‛]/g;
const MARKS = /\p{M}+/gu;

/** Lower case (Turkish İ/ı both to i), no diacritics, one apostrophe. */
export function foldText(s: string): string {
  return s
    .replace(/İ/g, 'i')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(/ё/g, 'е');
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The searchable words of a text, folded. */
export function words(s: string): string[] {
  return foldText(s).match(WORD) ?? [];
}
