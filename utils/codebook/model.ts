/**
 * The codebook: the researcher's coding scheme as data. DiploLens's own lexicon and
 * diplomatic functions are one codebook (builtin.ts, read-only); researchers make their own,
 * or bring one from quanteda (YAML), LIWC (.dic) or a QDA tool (REFI-QDA .qdc).
 *
 *   Codebook ─ categories (a tree: `parent`)        label, description, colour
 *            ─ concepts (each in one category)      the codes that are found in text:
 *                                                   definition, references, colour, terms per language
 *            ─ functions                            what a post does (coded by hand)
 *
 * Stored as written here (one row per codebook version in the database; the JSON file of
 * json.ts): fields are only ever added, never renamed.
 */

/**
 * A term as the researcher writes it. `text` ending in '*' is a prefix wildcard
 * ('diplomac*'): only the last word may end so. Terms of the five languages of
 * utils/lexicon/inflect.ts are matched with their inflected forms unless `exact`.
 */
export interface CodebookTerm {
  text: string;
  /** Matched only as written (no inflected forms). */
  exact?: boolean;
  /** Matched only in this letter case (acronyms: 'AI', 'МИД'); implies exact. */
  caseSensitive?: boolean;
}

export interface CodebookCategory {
  /** Stable within the codebook; concepts name their category by it. */
  id: string;
  label: string;
  description: string;
  /** '#rrggbb': the colour of its concepts that have none of their own. */
  colour: string;
  /** The category this one sits in (nested dictionaries, REFI-QDA code trees). */
  parent?: string;
  /** A REFI-QDA guid this category came with, kept so a round trip names the same code. */
  guid?: string;
}

export interface CodebookConcept {
  /** Stable id: examples and exports name the concept by it ('soft-power'). */
  id: string;
  label: string;
  definition: string;
  /** Id of a category of the same codebook. */
  category: string;
  /** '#rrggbb', overriding the category's colour. */
  colour?: string;
  /** Paper ids of the corpus (seeds/papers.ts) or other sources, cited as written. */
  references: string[];
  /**
   * Terms per language: 'en', 'ru', 'uz', 'kk', 'tr' (inflected), any other BCP 47
   * language code, or 'und' (undetermined: a dictionary that names no language),
   * matched as written.
   */
  terms: Record<string, CodebookTerm[]>;
  /** Extra stems for words of the terms (advanced; the built-in lexicon's irregular forms). */
  stems?: Record<string, string[]>;
  guid?: string;
}

export interface CodebookFunction {
  id: string;
  label: string;
  definition: string;
  references: string[];
  /** Concepts that suggest this function when found in a text. */
  concepts: string[];
  guid?: string;
}

export interface Codebook {
  /** 'diplolens' for the built-in one; a UUID for the user's. */
  id: string;
  name: string;
  description: string;
  /** Changes with every saved change: examples record the version they were coded with. */
  version: string;
  /** The built-in codebook: read-only (copy it to change it). */
  builtIn: boolean;
  categories: CodebookCategory[];
  concepts: CodebookConcept[];
  functions: CodebookFunction[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** The language code for terms of a dictionary that names no language. */
export const UNDETERMINED = 'und';

/** Names of the languages DiploLens knows by name (others are shown by their code). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  ru: 'Russian',
  uz: 'Uzbek',
  kk: 'Kazakh',
  tr: 'Turkish',
  [UNDETERMINED]: 'Any language (as written)',
};

export const languageName = (code: string): string => LANGUAGE_NAMES[code] ?? code;

/** The colour a concept is shown in: its own, else its category's, else its parent categories'. */
export function conceptColour(cb: Pick<Codebook, 'categories'>, concept: Pick<CodebookConcept, 'colour' | 'category'>): string {
  if (concept.colour) return concept.colour;
  const byId = new Map(cb.categories.map((c) => [c.id, c]));
  let cat = byId.get(concept.category);
  const seen = new Set<string>();
  while (cat && !seen.has(cat.id)) {
    if (cat.colour) return cat.colour;
    seen.add(cat.id);
    cat = cat.parent ? byId.get(cat.parent) : undefined;
  }
  return FALLBACK_COLOUR;
}

/** A neutral grey for a concept whose category has no colour. */
export const FALLBACK_COLOUR = '#6b7280';

/** The categories from the root down to `id` (for breadcrumbs and nested exports). */
export function categoryPath(cb: Pick<Codebook, 'categories'>, id: string): CodebookCategory[] {
  const byId = new Map(cb.categories.map((c) => [c.id, c]));
  const out: CodebookCategory[] = [];
  const seen = new Set<string>();
  for (let c = byId.get(id); c && !seen.has(c.id); c = c.parent ? byId.get(c.parent) : undefined) {
    seen.add(c.id);
    out.unshift(c);
  }
  return out;
}

/** Every term of a concept, with its language, in the order the codebook lists them. */
export function termsOf(concept: Pick<CodebookConcept, 'terms'>): { lang: string; term: CodebookTerm; index: number }[] {
  const out: { lang: string; term: CodebookTerm; index: number }[] = [];
  for (const [lang, list] of Object.entries(concept.terms)) list.forEach((term, index) => out.push({ lang, term, index }));
  return out;
}

/**
 * An id from a label, unique among `taken`: lower case, letters and digits of any script
 * kept, other runs turned into '-' ('Soft power' → 'soft-power', 'Мягкая сила' → 'мягкая-сила').
 */
export function idFromLabel(label: string, taken: ReadonlySet<string> | readonly string[], fallback = 'concept'): string {
  const has = (id: string) => (Array.isArray(taken) ? (taken as readonly string[]).includes(id) : (taken as ReadonlySet<string>).has(id));
  const base =
    label
      .normalize('NFC')
      .toLocaleLowerCase('en')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  if (!has(base)) return base;
  for (let i = 2; ; i++) if (!has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A deep copy that shares nothing with the original (editing a copy never changes the stored one). */
export function cloneCodebook(cb: Codebook): Codebook {
  return structuredClone(cb);
}

/** A new, empty codebook of the user's. */
export function emptyCodebook(id: string, name: string, now: number): Codebook {
  return {
    id,
    name,
    description: '',
    version: '1',
    builtIn: false,
    categories: [{ id: 'general', label: 'General', description: '', colour: '#2563eb' }],
    concepts: [],
    functions: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A user's copy of a codebook (the built-in one included): same categories, concepts
 * (same ids, so examples coded with the original keep their meaning) and functions.
 */
export function copyCodebook(cb: Codebook, id: string, name: string, now: number): Codebook {
  const copy = cloneCodebook(cb);
  return { ...copy, id, name, builtIn: false, version: '1', createdAt: now, updatedAt: now };
}

/** The next version after a saved change: user codebooks count 1, 2, 3, … */
export function nextVersion(version: string): string {
  const n = Number.parseInt(version, 10);
  return Number.isFinite(n) && String(n) === version ? String(n + 1) : '1';
}
