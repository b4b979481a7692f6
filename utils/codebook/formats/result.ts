/** What every importer returns: the value and what the reader should know, or one message and nothing. */
export type ImportResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

/** The largest dictionary file read, in characters (far above LIWC-22's dictionary, ~200 KB). */
export const MAX_DICTIONARY_CHARS = 20 * 1024 * 1024;

export function tooLarge(chars: number): string | undefined {
  return chars > MAX_DICTIONARY_CHARS
    ? `The file is too large (${(chars / 1024 / 1024).toFixed(1)} MB of text; a dictionary may have at most ${MAX_DICTIONARY_CHARS / 1024 / 1024} MB).`
    : undefined;
}
