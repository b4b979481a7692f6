/**
 * The concept lexicon's public API: compile once per lexicon version, then `match` texts.
 *
 *   const L = defaultLexicon();            // seeds/lexicon.ts, compiled and cached
 *   const hits = match(pageText, L);       // Hit[] sorted by start, non-overlapping (other concepts of the same words in hit.also)
 *   conceptsIn(hits)                       // ['digital-diplomacy', 'soft-power', …]
 */
import type { Concept, Hit } from './types.ts';
import { type CompiledLexicon, compileLexicon } from './compile.ts';
import { LEXICON, LEXICON_VERSION } from '../../seeds/lexicon.ts';

export type { CompiledLexicon, TermRef } from './compile.ts';
export { compileLexicon, compileLexiconSteps, isWildcard } from './compile.ts';
export { match, type MatchOptions } from './match.ts';
export { normalise, tokenise } from './normalise.ts';

let cached: { version: string; compiled: CompiledLexicon } | undefined;

/** The project's lexicon (seeds/lexicon.ts), compiled once per LEXICON_VERSION. */
export function defaultLexicon(): CompiledLexicon {
  if (cached?.version !== LEXICON_VERSION) cached = { version: LEXICON_VERSION, compiled: compileLexicon(LEXICON) };
  return cached.compiled;
}

/** The concept with this id, in the given compiled lexicon (default: the project's). */
export function conceptById(id: string, compiled: CompiledLexicon = defaultLexicon()): Concept | undefined {
  return compiled.byId.get(id);
}

/** Unique concept ids of hits and of their other readings (`also`), in order of first appearance. */
export function conceptsIn(hits: readonly Hit[]): string[] {
  const seen = new Set<string>();
  for (const h of hits) {
    seen.add(h.conceptId);
    if (h.also) for (const r of h.also) seen.add(r.conceptId);
  }
  return [...seen];
}
