/**
 * The shapes the lexicon and the corpus are written in (seeds/lexicon.ts,
 * seeds/papers.ts), shared by the matcher, the highlighter, the hover card,
 * the exports and the CLI.
 */

/** Languages of the lexicon. Uzbek terms may be Latin or Cyrillic script, both under 'uz'. */
export const LANGS = ['en', 'ru', 'uz', 'kk', 'tr'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORY_IDS = [
  'forms', // forms of diplomacy
  'goals',
  'channels', // channels and tools
  'functions', // functions and services
  'risks',
  'capacity', // capacity and governance
  'engagement', // audience engagement
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** A paper of the research corpus (../shared/seeds), by id such as 'turayeva-2023'. */
export interface PaperRef {
  id: string;
  author: string;
  year: number | null;
  title: string;
  venue?: string;
  /** Corpus file name, e.g. '000_48fd8d94e6955616.txt'. */
  file: string;
}

/**
 * What the compiler needs of a concept. The seeds' `Concept` is one, and so is a user
 * codebook's concept once utils/codebook/compile.ts has turned its terms into these lists.
 */
export interface LexiconEntry {
  id: string;
  /**
   * Terms per language. The five of `Lang` have inflection rules (inflect.ts); a term
   * under any other language code ('de', 'und', …) is matched as written, without
   * inflection. A term ending in '*' is a prefix wildcard: 'diplomac*' matches
   * 'diplomacy', 'diplomacies', 'diplomacia', …; only its last word may end so.
   */
  terms: Readonly<Partial<Record<string, readonly string[]>>>;
  /** Terms (from `terms`) matched only as written, without inflection. */
  exact?: readonly string[];
  /** Terms matched only in this exact letter case (implies `exact`). */
  caseSensitive?: readonly string[];
  /** Extra stems for words of the terms (see Concept.stems). */
  stems?: Readonly<Record<string, readonly string[]>>;
}

/** The languages of an entry's terms in the order the compiler and the term table walk them: LANGS first, then others as listed. */
export function termLangs(entry: Pick<LexiconEntry, 'terms'>): string[] {
  const out: string[] = LANGS.filter((l) => entry.terms[l] !== undefined);
  for (const l of Object.keys(entry.terms)) if (!out.includes(l)) out.push(l);
  return out;
}

export interface Concept {
  /** Stable kebab-case English id: 'soft-power'. */
  id: string;
  label: string;
  category: CategoryId;
  /** One or two sentences, in the project's own words. */
  definition: string;
  /** Ids of PaperRef; empty only when `added` is set. */
  refs: string[];
  /** Set when the papers do not name the concept: where it comes from instead. */
  added?: { source: string };
  terms: Partial<Record<Lang, string[]>>;
  /**
   * Terms (from `terms`) matched only exactly as written, without inflection: short or
   * ambiguous words ('e-visa', 'Twitter').
   */
  exact?: string[];
  /** Terms matched only in this exact letter case (implies `exact`): acronyms such as 'AI', 'ИИ'. */
  caseSensitive?: string[];
  /**
   * Extra stems for words of the terms, where rules cannot derive them (Russian fleeting
   * vowels, Turkish possessive compounds): word as written in a term → stems, each of which
   * takes the endings of the word's language (see utils/lexicon/inflect.ts).
   */
  stems?: Record<string, string[]>;
}
