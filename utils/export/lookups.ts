/**
 * Default label lookups for the exports, built from the seeds. Export functions
 * take lookups as parameters (tests pass their own); these are what a caller
 * gets when it passes none. An unknown id stands for itself, so a concept
 * removed from the lexicon still exports readably.
 */
import { LEXICON } from '../../seeds/lexicon';
import { CODEBOOK } from '../../seeds/codebook';

export type Lookup = (id: string) => string;

export interface ExportLookups {
  conceptLabel: Lookup;
  /** Category id of a concept ('' when unknown). */
  conceptCategory: Lookup;
  functionLabel: Lookup;
}

let cached: ExportLookups | undefined;

export function defaultLookups(): ExportLookups {
  if (cached) return cached;
  const concepts = new Map(LEXICON.map((c) => [c.id, c]));
  const functions = new Map(CODEBOOK.map((f) => [f.id, f]));
  cached = {
    conceptLabel: (id) => concepts.get(id)?.label ?? id,
    conceptCategory: (id) => concepts.get(id)?.category ?? '',
    functionLabel: (id) => functions.get(id)?.label ?? id,
  };
  return cached;
}
