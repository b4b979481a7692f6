/**
 * The lexicon and codebook as the extension pages use them: options for
 * selects, labels for ids, concepts found in a quote.
 */
import { CATEGORIES, LEXICON, LEXICON_VERSION } from '../seeds/lexicon';
import { CODEBOOK } from '../seeds/codebook';
import { conceptsIn, defaultLexicon, match } from './lexicon/index';

export { LEXICON_VERSION };

export const conceptOptions = LEXICON.map((c) => ({ id: c.id, label: c.label })).sort((a, b) => a.label.localeCompare(b.label));
export const functionOptions = CODEBOOK.map((f) => ({ id: f.id, label: f.label }));
export const categoryOptions = CATEGORIES.map((c) => ({ id: c.id, label: c.label }));

const conceptMap = new Map(LEXICON.map((c) => [c.id, c]));
const functionMap = new Map(CODEBOOK.map((f) => [f.id, f]));

export const conceptLabel = (id: string): string => conceptMap.get(id)?.label ?? id;
export const conceptCategory = (id: string): string => conceptMap.get(id)?.category ?? '';
export const functionLabel = (id: string): string => functionMap.get(id)?.label ?? id;

/** Concept ids found in a text, in order of first appearance. */
export function conceptsInText(text: string): string[] {
  return conceptsIn(match(text, defaultLexicon()));
}
