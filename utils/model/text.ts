/**
 * Cutting text by length without breaking a character. Lengths count UTF-16
 * units (String.length, what a textarea's maxLength counts), so a cut made by
 * arithmetic can land between the two halves of a surrogate pair (an emoji, a
 * rare CJK character); the halves left on each side are lone surrogates, which
 * UTF-8 (CSV, fetch) cannot carry and turns into U+FFFD.
 */

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** `i`, or one unit earlier when `i` would split a surrogate pair. */
export function snapBack(text: string, i: number): number {
  return splitsPair(text, i) ? i - 1 : i;
}

/** `i`, or one unit later when `i` would split a surrogate pair. */
export function snapForward(text: string, i: number): number {
  return splitsPair(text, i) ? i + 1 : i;
}
