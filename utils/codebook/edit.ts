/**
 * The editor's changes to a codebook draft, as pure functions: each returns a new
 * codebook and leaves the one it was given unchanged (the editor keeps the saved version
 * beside the draft, to tell what changed and to discard).
 *
 * Ids: a new concept's or category's id follows its label until the codebook is saved
 * (`renameConcept(..., { followId: true })`), then stays, because examples and exports name
 * concepts by id (model.ts).
 */
import { nextPaletteColour } from './colour';
import type { Codebook, CodebookCategory, CodebookConcept, CodebookTerm } from './model';
import { conceptColour, idFromLabel } from './model';
import { checkTerm } from './terms';

const ids = (list: readonly { id: string }[], except?: string) => new Set(list.filter((x) => x.id !== except).map((x) => x.id));

/** Colours in use, for the next palette colour. */
const usedColours = (cb: Codebook) => [...cb.categories.map((c) => c.colour), ...cb.concepts.flatMap((c) => (c.colour ? [c.colour] : []))];

export function addCategory(cb: Codebook, label: string, parent?: string): { codebook: Codebook; id: string } {
  const id = idFromLabel(label, ids(cb.categories), 'category');
  const cat: CodebookCategory = { id, label, description: '', colour: nextPaletteColour(usedColours(cb)), ...(parent ? { parent } : {}) };
  return { codebook: { ...cb, categories: [...cb.categories, cat] }, id };
}

export function updateCategory(cb: Codebook, id: string, patch: Partial<Omit<CodebookCategory, 'id'>>): Codebook {
  return {
    ...cb,
    categories: cb.categories.map((c) => {
      if (c.id !== id) return c;
      const next = { ...c, ...patch };
      if (patch.parent === undefined && 'parent' in patch) delete next.parent;
      return next;
    }),
  };
}

/**
 * A new category's id from its label; concepts and categories inside it follow.
 * Returns the new id (the same when the label gives no other).
 */
export function relabelCategory(cb: Codebook, id: string, label: string, followId: boolean): { codebook: Codebook; id: string } {
  const renamed = updateCategory(cb, id, { label });
  if (!followId) return { codebook: renamed, id };
  const next = idFromLabel(label, ids(cb.categories, id), 'category');
  if (next === id) return { codebook: renamed, id };
  return {
    codebook: {
      ...renamed,
      categories: renamed.categories.map((c) => ({ ...c, ...(c.id === id ? { id: next } : {}), ...(c.parent === id ? { parent: next } : {}) })),
      concepts: renamed.concepts.map((c) => (c.category === id ? { ...c, category: next } : c)),
    },
    id: next,
  };
}

export type RemoveCategory = { ok: true; codebook: Codebook } | { ok: false; reason: 'has-concepts' | 'has-categories' | 'last' };

/** Removes an empty category; one with concepts or categories inside is kept (the editor says why). */
export function removeCategory(cb: Codebook, id: string): RemoveCategory {
  if (cb.concepts.some((c) => c.category === id)) return { ok: false, reason: 'has-concepts' };
  if (cb.categories.some((c) => c.parent === id)) return { ok: false, reason: 'has-categories' };
  if (cb.categories.length <= 1) return { ok: false, reason: 'last' };
  return { ok: true, codebook: { ...cb, categories: cb.categories.filter((c) => c.id !== id) } };
}

export function addConcept(cb: Codebook, label: string, category: string): { codebook: Codebook; id: string } {
  const id = idFromLabel(label, ids(cb.concepts), 'concept');
  const concept: CodebookConcept = { id, label, definition: '', category, references: [], terms: { en: [] } };
  return { codebook: { ...cb, concepts: [...cb.concepts, concept] }, id };
}

export function updateConcept(cb: Codebook, id: string, patch: Partial<Omit<CodebookConcept, 'id'>>): Codebook {
  return {
    ...cb,
    concepts: cb.concepts.map((c) => {
      if (c.id !== id) return c;
      const next = { ...c, ...patch };
      if ('colour' in patch && patch.colour === undefined) delete next.colour;
      return next;
    }),
    // Functions name concepts: unchanged by a patch (ids are not patched here).
  };
}

/** Relabels a concept; while it is new (`followId`), its id follows the label. Returns its id after. */
export function relabelConcept(cb: Codebook, id: string, label: string, followId: boolean): { codebook: Codebook; id: string } {
  const renamed = updateConcept(cb, id, { label });
  if (!followId) return { codebook: renamed, id };
  const next = idFromLabel(label, ids(cb.concepts, id), 'concept');
  if (next === id) return { codebook: renamed, id };
  return {
    codebook: {
      ...renamed,
      concepts: renamed.concepts.map((c) => (c.id === id ? { ...c, id: next } : c)),
      functions: renamed.functions.map((f) => ({ ...f, concepts: f.concepts.map((x) => (x === id ? next : x)) })),
    },
    id: next,
  };
}

/** Removes a concept, and its mention in the functions' lists. */
export function removeConcept(cb: Codebook, id: string): Codebook {
  return {
    ...cb,
    concepts: cb.concepts.filter((c) => c.id !== id),
    functions: cb.functions.map((f) => (f.concepts.includes(id) ? { ...f, concepts: f.concepts.filter((x) => x !== id) } : f)),
  };
}

const withTerms = (cb: Codebook, conceptId: string, f: (terms: Record<string, CodebookTerm[]>) => Record<string, CodebookTerm[]>) => {
  const c = cb.concepts.find((x) => x.id === conceptId);
  return c ? updateConcept(cb, conceptId, { terms: f(c.terms) }) : cb;
};

export function addTerm(cb: Codebook, conceptId: string, lang: string, text = ''): Codebook {
  return withTerms(cb, conceptId, (t) => ({ ...t, [lang]: [...(t[lang] ?? []), { text }] }));
}

/** Sets a term's text or options; `caseSensitive` implies exact (model.ts), so setting it sets both. */
export function updateTerm(cb: Codebook, conceptId: string, lang: string, index: number, patch: Partial<CodebookTerm>): Codebook {
  return withTerms(cb, conceptId, (t) => ({
    ...t,
    [lang]: (t[lang] ?? []).map((term, i) => {
      if (i !== index) return term;
      const next: CodebookTerm = { ...term, ...patch };
      if (!next.exact) delete next.exact;
      if (!next.caseSensitive) delete next.caseSensitive;
      return next;
    }),
  }));
}

/** Turns the prefix wildcard on or off ('diplomac' ↔ 'diplomac*'). */
export function setWildcard(cb: Codebook, conceptId: string, lang: string, index: number, on: boolean): Codebook {
  const term = cb.concepts.find((c) => c.id === conceptId)?.terms[lang]?.[index];
  if (!term) return cb;
  const bare = term.text.trimEnd().replace(/\*+$/, '');
  return updateTerm(cb, conceptId, lang, index, { text: on ? `${bare}*` : bare });
}

export function removeTerm(cb: Codebook, conceptId: string, lang: string, index: number): Codebook {
  return withTerms(cb, conceptId, (t) => {
    const list = (t[lang] ?? []).filter((_, i) => i !== index);
    return { ...t, [lang]: list };
  });
}

/** Adds an (empty) language to a concept's terms. */
export function addLanguage(cb: Codebook, conceptId: string, lang: string): Codebook {
  return withTerms(cb, conceptId, (t) => (t[lang] ? t : { ...t, [lang]: [{ text: '' }] }));
}

/** A concept's languages, those with no terms left out when saving (`tidy`). */
export function tidy(cb: Codebook): Codebook {
  return {
    ...cb,
    concepts: cb.concepts.map((c) => {
      const terms = Object.fromEntries(Object.entries(c.terms).filter(([, list]) => list.length > 0));
      return Object.keys(terms).length === Object.keys(c.terms).length ? c : { ...c, terms };
    }),
  };
}

/** The colour a concept is shown in, and whether it is its own or its category's. */
export function colourOfConcept(cb: Codebook, id: string): { colour: string; own: boolean } {
  const c = cb.concepts.find((x) => x.id === id);
  if (!c) return { colour: '#6b7280', own: false };
  return { colour: conceptColour(cb, c), own: Boolean(c.colour) };
}

/** Categories as a tree, in codebook order, each with its concepts; a category whose parent is missing is a root. */
export interface CategoryNode {
  category: CodebookCategory;
  concepts: CodebookConcept[];
  children: CategoryNode[];
}

export function categoryTree(cb: Pick<Codebook, 'categories' | 'concepts'>): CategoryNode[] {
  const known = new Set(cb.categories.map((c) => c.id));
  const nodes = new Map<string, CategoryNode>(cb.categories.map((c) => [c.id, { category: c, concepts: [], children: [] }]));
  for (const c of cb.concepts) nodes.get(c.category)?.concepts.push(c);
  const roots: CategoryNode[] = [];
  for (const cat of cb.categories) {
    const node = nodes.get(cat.id)!;
    // A loop of parents (validate.ts reports it) would hide its categories: they are shown as roots.
    const parent = cat.parent && known.has(cat.parent) && !inLoop(cb.categories, cat.id) ? nodes.get(cat.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

function inLoop(categories: readonly CodebookCategory[], id: string): boolean {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (let c = byId.get(id); c?.parent; c = byId.get(c.parent)) {
    if (c.parent === id || seen.has(c.parent)) return true;
    seen.add(c.parent);
  }
  return false;
}

/** Concepts whose category is not in the codebook (an import gone wrong; validate.ts reports them). */
export const orphanConcepts = (cb: Pick<Codebook, 'categories' | 'concepts'>): CodebookConcept[] => {
  const known = new Set(cb.categories.map((c) => c.id));
  return cb.concepts.filter((c) => !known.has(c.category));
};

/** Whether two codebooks differ in what a save would store (names, categories, concepts, functions). */
export function changed(a: Codebook, b: Codebook): boolean {
  const strip = (c: Codebook) => JSON.stringify([c.name, c.description, c.categories, c.concepts, c.functions]);
  return strip(a) !== strip(b);
}

/**
 * The codebook with only the terms that can be used: those with an error (empty, over-broad,
 * a pattern) left out, as the editor's 'Try it' box compiles a draft that cannot be saved yet.
 */
export function usableTerms(cb: Codebook): Codebook {
  return {
    ...cb,
    concepts: cb.concepts.map((c) => ({
      ...c,
      terms: Object.fromEntries(
        Object.entries(c.terms).map(([lang, list]) => [lang, list.filter((t) => !checkTerm(t.text, lang, t).some((p) => p.level === 'error'))]),
      ),
    })),
  };
}
