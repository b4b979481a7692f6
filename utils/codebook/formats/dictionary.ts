/**
 * What the dictionary formats have in common (quanteda YAML, LIWC .dic): categories in a
 * tree, codes with word lists, and no languages, definitions or colours. Helpers that turn
 * such a tree into a codebook, and a codebook's concepts back into word lists.
 */
import type { Codebook, CodebookCategory, CodebookConcept } from '../model';
import { UNDETERMINED } from '../model';
import { PALETTE } from '../colour';
import { checkTerm, PATTERN_PROBLEMS, termKey } from '../terms';
import { CODEBOOK_LIMITS } from '../validate';

/**
 * Concepts of a dictionary that sit at its top level, in no category, are put in this
 * category; exporting writes them at the top level again.
 */
export const TOP_LEVEL_CATEGORY = '_';

export interface DictionaryNode {
  kind: 'category' | 'concept';
  key: string;
  /** 1-based line of the key in the file. */
  line: number;
  children?: DictionaryNode[];
  terms?: { text: string; line: number }[];
}

/** A message for a term that cannot be used as written, or undefined; `refuse` for pattern syntax (the whole file is refused). */
export function termVerdict(text: string): { refuse?: string; drop?: string } {
  const problems = checkTerm(text, UNDETERMINED).filter((p) => p.level === 'error');
  if (!problems.length) return {};
  const pattern = problems.find((p) => PATTERN_PROBLEMS.has(p.code));
  if (pattern) return { refuse: pattern.message };
  return { drop: problems[0]!.message };
}

export interface TreeOptions {
  id: string;
  name: string;
  now: number;
  /** What the format is called in messages ('quanteda dictionary'). */
  source: string;
}

/** A codebook from a dictionary tree: categories and concepts in file order, terms 'as written' (language 'und'). */
export function codebookFromTree(roots: DictionaryNode[], opts: TreeOptions, warnings: string[]): Codebook {
  const categories: CodebookCategory[] = [];
  const concepts: CodebookConcept[] = [];
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    ids.add(id);
    return id;
  };
  let colour = 0;
  const nextColour = () => PALETTE[colour++ % PALETTE.length]!;
  let dropped = 0;

  const visit = (node: DictionaryNode, path: string[], parent: string | undefined) => {
    const id = uniqueId([...path, node.key].join('.'));
    if (node.kind === 'category') {
      categories.push({ id, label: node.key, description: '', colour: nextColour(), ...(parent !== undefined && { parent }) });
      for (const child of node.children ?? []) visit(child, [...path, node.key], id);
      return;
    }
    const seen = new Set<string>();
    const terms: { text: string }[] = [];
    for (const t of node.terms ?? []) {
      const verdict = termVerdict(t.text);
      if (verdict.drop) {
        dropped++;
        if (dropped <= 10) warnings.push(`line ${t.line}: "${t.text}" was left out: ${verdict.drop}`);
        continue;
      }
      const key = termKey(t.text);
      if (seen.has(key)) {
        warnings.push(`line ${t.line}: "${t.text}" is already a term of "${node.key}" (letter case and hyphens aside): kept once.`);
        continue;
      }
      seen.add(key);
      terms.push({ text: t.text.trim() });
    }
    let category = parent;
    if (category === undefined) {
      if (!categories.some((c) => c.id === TOP_LEVEL_CATEGORY)) {
        ids.add(TOP_LEVEL_CATEGORY);
        categories.unshift({ id: TOP_LEVEL_CATEGORY, label: 'Top level', description: `Codes at the top level of the ${opts.source}.`, colour: nextColour() });
      }
      category = TOP_LEVEL_CATEGORY;
    }
    concepts.push({ id, label: node.key, definition: '', category, references: [], terms: terms.length ? { [UNDETERMINED]: terms } : {} });
  };
  for (const r of roots) visit(r, [], undefined);
  if (dropped > 10) warnings.push(`${dropped - 10} more terms were left out for the same reasons.`);
  return {
    id: opts.id,
    name: opts.name,
    description: `Imported from a ${opts.source}.`,
    version: '1',
    builtIn: false,
    categories,
    concepts,
    functions: [],
    createdAt: opts.now,
    updatedAt: opts.now,
  };
}

/** A concept's terms for a format without languages: every language's, as written, each once. */
export function flatTerms(c: CodebookConcept): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const list of Object.values(c.terms))
    for (const t of list) {
      const text = t.text.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  return out;
}

/** How many nodes a walk may visit before the file counts as an alias bomb (aliases make a small file a huge tree). */
export const MAX_DICTIONARY_NODES = CODEBOOK_LIMITS.terms + CODEBOOK_LIMITS.concepts + CODEBOOK_LIMITS.categories;
