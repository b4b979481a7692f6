/**
 * A codebook as the matcher uses it: its concepts' terms turned into the lists
 * utils/lexicon compiles (terms per language, the exact and case-sensitive ones named,
 * wildcards as written), plus what a highlight and the hover card need per concept.
 *
 *   const C = compileCodebook(codebook);
 *   match(text, C.lexicon)                 // Hit[] with the codebook's concept ids
 *   C.colourOf('soft-power')               // '#874aee'
 */
import { compileLexicon, compileLexiconSteps, type CompiledLexicon } from '../lexicon/compile';
import type { LexiconEntry } from '../lexicon/types';
import type { Codebook, CodebookConcept } from './model';
import { conceptColour } from './model';

/** A concept as the matcher compiles it; `source` is the codebook's own concept. */
export interface CodebookEntry extends LexiconEntry {
  terms: Record<string, string[]>;
  exact: string[];
  caseSensitive: string[];
  source: CodebookConcept;
}

export interface CompiledCodebook {
  id: string;
  version: string;
  lexicon: CompiledLexicon<CodebookEntry>;
  /** The concept's colour ('#rrggbb'): its own or its category's. */
  colourOf(conceptId: string): string;
  categoryOf(conceptId: string): string;
}

/** Terms that are blank are left out (validation reports them); the rest go in as written. */
export function lexiconEntries(cb: Pick<Codebook, 'concepts'>): CodebookEntry[] {
  return cb.concepts.map((c) => {
    const terms: Record<string, string[]> = {};
    const exact: string[] = [];
    const caseSensitive: string[] = [];
    for (const [lang, list] of Object.entries(c.terms)) {
      const texts: string[] = [];
      for (const t of list) {
        const text = t.text.trim().normalize('NFC');
        if (!text) continue;
        texts.push(text);
        if (t.caseSensitive) caseSensitive.push(text);
        else if (t.exact) exact.push(text);
      }
      if (texts.length) terms[lang] = texts;
    }
    return { id: c.id, terms, exact, caseSensitive, ...(c.stems ? { stems: c.stems } : {}), source: c };
  });
}

function wrap(cb: Codebook, lexicon: CompiledLexicon<CodebookEntry>): CompiledCodebook {
  const colours = new Map(cb.concepts.map((c) => [c.id, conceptColour(cb, c)]));
  const categories = new Map(cb.concepts.map((c) => [c.id, c.category]));
  return {
    id: cb.id,
    version: cb.version,
    lexicon,
    colourOf: (id) => colours.get(id) ?? '#6b7280',
    categoryOf: (id) => categories.get(id) ?? '',
  };
}

export function compileCodebook(cb: Codebook): CompiledCodebook {
  return wrap(cb, compileLexicon(lexiconEntries(cb)));
}

/** The same compile in steps (one concept each), for a caller that slices long work. */
export function* compileCodebookSteps(cb: Codebook): Generator<void, CompiledCodebook> {
  const lexicon = yield* compileLexiconSteps(lexiconEntries(cb));
  return wrap(cb, lexicon);
}
