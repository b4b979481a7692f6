/**
 * Tag suggestions: fuzzy (fuse.js) over the user's existing tags and the
 * lexicon's concept labels, folded for case and diacritics so 'dış' finds
 * 'Dışişleri' and 'o'zbek' finds 'Oʻzbekiston'.
 */
import Fuse from 'fuse.js';

/** 0.35: tolerant of one typo in a short tag, strict enough that unrelated tags do not show. */
const THRESHOLD = 0.35;

/** Uzbek apostrophe variants (ʻ ʼ ‘ ’ ` ') are one letter to the user. */
const fold = (s: string) => s.normalize('NFC').replace(/[ʻʼ‘’`'′]/g, "'");

export function createTagSuggester(tags: readonly string[], conceptLabels: readonly string[] = [], limit = 6) {
  const seen = new Set<string>();
  const items: { value: string; own: boolean }[] = [];
  for (const [list, own] of [
    [tags, true],
    [conceptLabels, false],
  ] as const) {
    for (const raw of list) {
      const value = raw.normalize('NFC');
      const key = value.toLocaleLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        items.push({ value, own });
      }
    }
  }
  const fuse = new Fuse(items, {
    keys: [{ name: 'value', getFn: (item) => fold(item.value) }],
    threshold: THRESHOLD,
    ignoreDiacritics: true,
    ignoreLocation: true,
  });
  return (query: string): string[] => {
    const q = fold(query).trim();
    if (!q) return [];
    // The user's own tags first at equal score: they are what they use.
    return fuse
      .search(q)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || Number(b.item.own) - Number(a.item.own))
      .slice(0, limit)
      .map((r) => r.item.value);
  };
}
