/**
 * The built-in DiploLens codebook: the lexicon (seeds/lexicon.ts) and the diplomatic
 * functions (seeds/codebook.ts) as one read-only codebook. Concept and function ids are the
 * seeds' own, so every example saved before codebooks existed keeps its concepts
 * (tests/unit/codebook/builtin.test.ts). Researchers copy it to change it.
 */
import { CATEGORIES, LEXICON, LEXICON_VERSION } from '../../seeds/lexicon';
import { CODEBOOK, CODEBOOK_VERSION, type CodebookEntry } from '../../seeds/codebook';
import type { Concept } from '../lexicon/types';
import { LANGS } from '../lexicon/types';
import type { Codebook, CodebookConcept, CodebookFunction, CodebookTerm } from './model';
import { BUILTIN_CODEBOOK_ID } from '../model/example';

export const BUILTIN_ID = BUILTIN_CODEBOOK_ID;

/** Lexicon and functions versions together: either changing makes a new built-in version. */
export const BUILTIN_VERSION = `${LEXICON_VERSION}+${CODEBOOK_VERSION}`;

/**
 * Category colours: the hues of public/highlights.css, moved in lightness where one kind
 * of page needed it (colour.ts: readable on light and dark pages).
 */
export const BUILTIN_COLOURS: Readonly<Record<string, string>> = {
  forms: '#874aee',
  goals: '#c86d06',
  channels: '#0284c7',
  functions: '#059669',
  risks: '#dc2626',
  capacity: '#5b920c',
  engagement: '#db2777',
};

function conceptOf(c: Concept): CodebookConcept {
  const exact = new Set(c.exact ?? []);
  const caseSensitive = new Set(c.caseSensitive ?? []);
  const terms: Record<string, CodebookTerm[]> = {};
  for (const lang of LANGS) {
    const list = c.terms[lang];
    if (!list?.length) continue;
    terms[lang] = list.map((text) => ({
      text,
      ...(caseSensitive.has(text) ? { caseSensitive: true } : exact.has(text) ? { exact: true } : {}),
    }));
  }
  return {
    id: c.id,
    label: c.label,
    definition: c.definition,
    category: c.category,
    references: [...c.refs, ...(c.added ? [c.added.source] : [])],
    terms,
    ...(c.stems ? { stems: structuredClone(c.stems) } : {}),
  };
}

function functionOf(f: CodebookEntry): CodebookFunction {
  return {
    id: f.id,
    label: f.label,
    definition: f.definition,
    references: [
      ...f.refs.papers,
      ...(f.refs.vcdr ? [`Vienna Convention on Diplomatic Relations (1961), ${f.refs.vcdr}`] : []),
      ...(f.refs.other ? [f.refs.other] : []),
    ],
    concepts: [...f.concepts],
  };
}

let cached: Codebook | undefined;

/** The built-in codebook (a fresh deep copy each call: callers may not change the shared one). */
export function builtinCodebook(): Codebook {
  cached ??= {
    id: BUILTIN_ID,
    name: 'DiploLens: concepts of digital diplomacy',
    description:
      'The concepts of digital diplomacy drawn from the five papers of the research corpus, with terms in English, Russian, Uzbek, Kazakh and Turkish, and the diplomatic functions for coding what a post does.',
    version: BUILTIN_VERSION,
    builtIn: true,
    categories: CATEGORIES.map((c) => ({ id: c.id, label: c.label, description: c.description, colour: BUILTIN_COLOURS[c.id] ?? '#6b7280' })),
    concepts: LEXICON.map(conceptOf),
    functions: CODEBOOK.map(functionOf),
    createdAt: 0,
    updatedAt: 0,
  };
  return structuredClone(cached);
}
