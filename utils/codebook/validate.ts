/**
 * Checks of a whole codebook, as the editor shows them and before anything is saved,
 * imported or compiled: errors stop a save; warnings are shown and allowed.
 *
 * Each issue names where it is (`where`, for the editor to put it beside the field) and
 * says in a sentence what is wrong (`message`, for an import's report and the CLI).
 */
import { isHexColour } from './colour';
import { checkColour, describeColourCheck } from './colour';
import type { Codebook } from './model';
import { languageName } from './model';
import { checkTerm, termKey } from './terms';

export type IssueWhere =
  | { kind: 'codebook'; field: 'name' | 'size' }
  | { kind: 'category'; id: string; index: number; field: 'id' | 'label' | 'colour' | 'parent' }
  | { kind: 'concept'; id: string; index: number; field: 'id' | 'label' | 'category' | 'colour' | 'terms' }
  | { kind: 'term'; conceptId: string; lang: string; index: number }
  | { kind: 'function'; id: string; index: number; field: 'id' | 'label' | 'concepts' };

export interface Issue {
  level: 'error' | 'warning';
  where: IssueWhere;
  message: string;
}

export interface CodebookLimits {
  categories: number;
  concepts: number;
  terms: number;
  textChars: number;
}

/** Far above any real codebook (LIWC-22's dictionary has ~12,000 entries), below what would freeze a page. */
export const CODEBOOK_LIMITS: Readonly<CodebookLimits> = {
  categories: 5_000,
  concepts: 20_000,
  terms: 200_000,
  textChars: 20_000,
};

/** Ids are written into CSV cells joined by '; ' and into file names: no ';', no control characters, no outer spaces. */
export function checkId(id: string): string | undefined {
  if (!id) return 'The id is empty.';
  if (id !== id.trim()) return 'The id begins or ends with a space.';
  if (id.length > 120) return 'The id is too long (at most 120 characters).';
  if (/[;\u0000-\u001f\u007f]/.test(id)) return "The id contains ';' or a control character.";
  return undefined;
}

export function validateCodebook(cb: Codebook, limits: CodebookLimits = CODEBOOK_LIMITS): Issue[] {
  const issues: Issue[] = [];
  const error = (where: IssueWhere, message: string) => issues.push({ level: 'error', where, message });
  const warn = (where: IssueWhere, message: string) => issues.push({ level: 'warning', where, message });

  if (!cb.name.trim()) error({ kind: 'codebook', field: 'name' }, 'The codebook has no name.');
  if (cb.categories.length > limits.categories)
    error({ kind: 'codebook', field: 'size' }, `The codebook has too many categories (${cb.categories.length}; at most ${limits.categories}).`);
  if (cb.concepts.length > limits.concepts)
    error({ kind: 'codebook', field: 'size' }, `The codebook has too many concepts (${cb.concepts.length}; at most ${limits.concepts}).`);
  let termCount = 0;
  for (const c of cb.concepts) for (const list of Object.values(c.terms)) termCount += list.length;
  if (termCount > limits.terms) error({ kind: 'codebook', field: 'size' }, `The codebook has too many terms (${termCount}; at most ${limits.terms}).`);

  // ---- categories
  const catIndex = new Map<string, number>();
  cb.categories.forEach((cat, index) => {
    const at = { kind: 'category', id: cat.id, index } as const;
    const name = cat.label || cat.id || `#${index + 1}`;
    const bad = checkId(cat.id);
    if (bad) error({ ...at, field: 'id' }, `Category "${name}": ${bad}`);
    else if (catIndex.has(cat.id)) error({ ...at, field: 'id' }, `Category id "${cat.id}" is used twice.`);
    else catIndex.set(cat.id, index);
    if (!cat.label.trim()) error({ ...at, field: 'label' }, `Category "${cat.id}" has no label.`);
    if (cat.label.length > limits.textChars || cat.description.length > limits.textChars)
      error({ ...at, field: 'label' }, `Category "${name}": its text is too long (at most ${limits.textChars} characters).`);
    colourIssues(cat.colour, `Category "${name}"`, { ...at, field: 'colour' }, error, warn, true);
  });
  cb.categories.forEach((cat, index) => {
    if (cat.parent === undefined) return;
    const at = { kind: 'category', id: cat.id, index, field: 'parent' } as const;
    if (!catIndex.has(cat.parent)) return error(at, `Category "${cat.label || cat.id}" sits in a category that does not exist ("${cat.parent}").`);
    // a cycle: following parents comes back here
    const seen = new Set<string>([cat.id]);
    for (let p: string | undefined = cat.parent; p !== undefined; p = cb.categories[catIndex.get(p)!]?.parent) {
      if (seen.has(p)) return error(at, `Category "${cat.label || cat.id}" sits inside itself (its parents form a loop).`);
      seen.add(p);
      if (!catIndex.has(p)) break;
    }
  });

  // ---- concepts and terms
  const conceptIndex = new Map<string, number>();
  /** folded term → the first concept and language that has it */
  const termOwner = new Map<string, { conceptId: string; label: string; lang: string }>();
  cb.concepts.forEach((c, index) => {
    const at = { kind: 'concept', id: c.id, index } as const;
    const name = c.label || c.id || `#${index + 1}`;
    const bad = checkId(c.id);
    if (bad) error({ ...at, field: 'id' }, `Concept "${name}": ${bad}`);
    else if (conceptIndex.has(c.id)) error({ ...at, field: 'id' }, `Concept id "${c.id}" is used twice (also "${cb.concepts[conceptIndex.get(c.id)!]!.label}").`);
    else conceptIndex.set(c.id, index);
    if (!c.label.trim()) error({ ...at, field: 'label' }, `Concept "${c.id}" has no label.`);
    if (c.label.length > limits.textChars || c.definition.length > limits.textChars)
      error({ ...at, field: 'label' }, `Concept "${name}": its text is too long (at most ${limits.textChars} characters).`);
    if (!catIndex.has(c.category)) error({ ...at, field: 'category' }, `Concept "${name}" is in a category that does not exist ("${c.category}").`);
    if (c.colour !== undefined) colourIssues(c.colour, `Concept "${name}"`, { ...at, field: 'colour' }, error, warn, false);

    let count = 0;
    for (const [lang, list] of Object.entries(c.terms)) {
      const seenHere = new Map<string, number>();
      list.forEach((term, ti) => {
        count++;
        const tw = { kind: 'term', conceptId: c.id, lang, index: ti } as const;
        const label = `Concept "${name}", ${languageName(lang)} term "${term.text.trim()}"`;
        for (const p of checkTerm(term.text, lang, term)) (p.level === 'error' ? error : warn)(tw, `${label}: ${p.message}`);
        const key = termKey(term.text);
        if (!key.replace('*', '')) return;
        const dup = seenHere.get(key);
        if (dup !== undefined) return error(tw, `${label} is there twice (also as term ${dup + 1}).`);
        seenHere.set(key, ti);
        const owner = termOwner.get(key);
        if (!owner) termOwner.set(key, { conceptId: c.id, label: name, lang });
        else if (owner.conceptId !== c.id)
          warn(
            tw,
            `${label} is also a term of "${owner.label}". Where it matches, the page highlights "${owner.label}" (the first in the codebook); exports and the command line count both.`,
          );
      });
    }
    if (count === 0) warn({ ...at, field: 'terms' }, `Concept "${name}" has no terms: it can be coded by hand but is never found in text.`);
  });

  // ---- functions
  const fnIds = new Set<string>();
  cb.functions.forEach((f, index) => {
    const at = { kind: 'function', id: f.id, index } as const;
    const name = f.label || f.id || `#${index + 1}`;
    const bad = checkId(f.id);
    if (bad) error({ ...at, field: 'id' }, `Function "${name}": ${bad}`);
    else if (fnIds.has(f.id)) error({ ...at, field: 'id' }, `Function id "${f.id}" is used twice.`);
    fnIds.add(f.id);
    if (!f.label.trim()) error({ ...at, field: 'label' }, `Function "${f.id}" has no label.`);
    const unknown = f.concepts.filter((id) => !conceptIndex.has(id));
    if (unknown.length) warn({ ...at, field: 'concepts' }, `Function "${name}" names concepts the codebook does not have: ${unknown.join(', ')}.`);
  });
  return issues;
}

function colourIssues(
  colour: string,
  label: string,
  where: IssueWhere,
  error: (w: IssueWhere, m: string) => void,
  warn: (w: IssueWhere, m: string) => void,
  required: boolean,
): void {
  if (!colour && !required) return;
  if (!isHexColour(colour)) return error(where, `${label}: "${colour}" is not a colour (#rrggbb).`);
  const problem = describeColourCheck(checkColour(colour));
  if (problem) warn(where, `${label}: ${problem}`);
}

export const errorsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.level === 'error');
export const warningsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.level === 'warning');

/** At most `max` messages, then how many more: for an import's one-line report. */
export function summarise(issues: readonly Issue[], max = 5): string {
  const listed = issues.slice(0, max).map((i) => i.message.replace(/\.$/, ''));
  const more = issues.length - listed.length;
  return listed.join('; ') + (more > 0 ? ` (and ${more} more)` : '') + '.';
}
