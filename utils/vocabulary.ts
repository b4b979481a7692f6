/**
 * The one vocabulary of the extension pages and exports, built from the seeds:
 * labels for concept, category and function ids, the options of the selects,
 * and the concepts found in a quote. Exports take their lookups as parameters
 * (tests pass their own) and fall back to these. An unknown id stands for
 * itself, so a concept removed from the lexicon still shows and exports
 * readably.
 */
import { CATEGORIES, LEXICON, LEXICON_VERSION } from '../seeds/lexicon';
import { CODEBOOK } from '../seeds/codebook';
import { conceptsIn, defaultLexicon, match } from './lexicon/index';

export { LEXICON_VERSION };

/** One choice of a select or a tag field: an id and what the user reads. */
export interface Option {
  id: string;
  label: string;
}

export const conceptOptions: Option[] = LEXICON.map((c) => ({ id: c.id, label: c.label })).sort((a, b) => a.label.localeCompare(b.label));
export const functionOptions: Option[] = CODEBOOK.map((f) => ({ id: f.id, label: f.label }));
export const categoryOptions: Option[] = CATEGORIES.map((c) => ({ id: c.id, label: c.label }));

const conceptMap = new Map(LEXICON.map((c) => [c.id, c]));
const functionMap = new Map(CODEBOOK.map((f) => [f.id, f]));

export type Lookup = (id: string) => string;

export const conceptLabel: Lookup = (id) => conceptMap.get(id)?.label ?? id;
/** Category id of a concept ('' when unknown). */
export const conceptCategory: Lookup = (id) => conceptMap.get(id)?.category ?? '';
export const functionLabel: Lookup = (id) => functionMap.get(id)?.label ?? id;

/** The label lookups an export uses when its caller passes none. */
export interface ExportLookups {
  conceptLabel: Lookup;
  conceptCategory: Lookup;
  functionLabel: Lookup;
}
export const DEFAULT_LOOKUPS: Readonly<ExportLookups> = Object.freeze({ conceptLabel, conceptCategory, functionLabel });

/** Concept ids found in a text, in order of first appearance. */
export function conceptsInText(text: string): string[] {
  return conceptsIn(match(text, defaultLexicon()));
}
