/**
 * The lexicon as the content script and the popup use it: matching, concept
 * look-up, category and paper labels. Compiled on first use only.
 */
import { CATEGORIES, LEXICON_VERSION } from '../../seeds/lexicon';
import { PAPERS } from '../../seeds/papers';
import { conceptById, defaultLexicon, defaultLexiconSteps, match } from '../lexicon/index';
import type { CompiledLexicon } from '../lexicon/index';
import { newStats, runSliced, type Scheduler } from '../highlight/scheduler';
import type { ContentLexicon } from './controller';

export function paperLabel(id: string): string {
  const p = PAPERS.find((x) => x.id === id);
  if (!p) return id;
  return `${p.author} (${p.year ?? 'n.d.'}). ${p.title}`;
}

export function categoryLabel(category: string): string {
  return CATEGORIES.find((c) => c.id === category)?.label ?? category;
}

export function createContentLexicon(compiled: CompiledLexicon = defaultLexicon()): ContentLexicon {
  return {
    match: (text) => match(text, compiled),
    concept: (id) => conceptById(id, compiled),
    categoryOf: (id) => conceptById(id, compiled)?.category ?? 'forms',
    categoryLabel,
    paperLabel,
    version: LEXICON_VERSION,
  };
}

/** Compiles the lexicon in idle slices (no long task on the page), once. */
export function prepareContentLexicon(scheduler: Scheduler, signal?: AbortSignal): Promise<ContentLexicon> {
  const stats = newStats();
  const steps = defaultLexiconSteps();
  let compiled: CompiledLexicon | null = null;
  const work = (function* () {
    for (;;) {
      const r = steps.next();
      if (r.done) {
        compiled = r.value;
        return;
      }
      yield;
    }
  })();
  return runSliced(work, scheduler, signal, undefined, stats).done.then((ok) => {
    if (!ok || !compiled) throw new Error('lexicon not compiled');
    return { ...createContentLexicon(compiled), compileStats: stats };
  });
}
