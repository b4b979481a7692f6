import { describe, expect, test } from 'vitest';
import {
  addCategory,
  addConcept,
  addLanguage,
  addTerm,
  categoryTree,
  changed,
  relabelCategory,
  relabelConcept,
  removeCategory,
  removeConcept,
  removeTerm,
  setWildcard,
  tidy,
  updateConcept,
  updateTerm,
  usableTerms,
} from '../../../utils/codebook/edit';
import { PALETTE } from '../../../utils/codebook/colour';
import { validateCodebook } from '../../../utils/codebook/validate';
import { userCodebook } from './helpers';

describe('editing a codebook draft', () => {
  test('a new concept gets an id from its label, which follows the label until saved, then stays', () => {
    const cb = userCodebook([{ id: 'visa', label: 'Visa' }]);
    const before = structuredClone(cb);
    const a = addConcept(cb, 'New concept', 'services');
    expect(a.id).toBe('new-concept');
    expect(cb).toEqual(before); // the draft given is never changed
    const b = relabelConcept(a.codebook, a.id, 'Консульская помощь', true);
    expect(b.id).toBe('консульская-помощь');
    expect(b.codebook.concepts.map((c) => c.id)).toEqual(['visa', 'консульская-помощь']);
    // Taking another concept's id is avoided.
    expect(relabelConcept(b.codebook, b.id, 'Visa', true).id).toBe('visa-2');
    // Once saved (followId false) only the label changes.
    const c = relabelConcept(b.codebook, 'visa', 'Visas and permits', false);
    expect(c.id).toBe('visa');
    expect(c.codebook.concepts[0]).toMatchObject({ id: 'visa', label: 'Visas and permits' });
  });

  test('a concept whose id follows its label is renamed in the functions that name it too', () => {
    const cb = userCodebook([{ id: 'new-concept', label: 'New concept' }], {
      functions: [{ id: 'f', label: 'F', definition: '', references: [], concepts: ['new-concept'] }],
    });
    const r = relabelConcept(cb, 'new-concept', 'Evacuation', true);
    expect(r.codebook.functions[0]!.concepts).toEqual(['evacuation']);
    expect(removeConcept(r.codebook, 'evacuation').functions[0]!.concepts).toEqual([]);
  });

  test('categories: a new one takes an unused palette colour; renaming a new one carries its concepts and subcategories', () => {
    const cb = userCodebook([{ id: 'x', category: 'services' }]);
    const a = addCategory(cb, 'New category');
    const cat = a.codebook.categories.find((c) => c.id === a.id)!;
    expect(PALETTE).toContain(cat.colour);
    expect(['#0284c7', '#c86d06']).not.toContain(cat.colour);
    const r = relabelCategory(cb, 'services', 'Consular services', true);
    expect(r.id).toBe('consular-services');
    expect(r.codebook.concepts[0]!.category).toBe('consular-services');
    expect(r.codebook.categories.find((c) => c.id === 'image')!.parent).toBe('consular-services');
    expect(validateCodebook(r.codebook).filter((i) => i.level === 'error')).toEqual([]);
  });

  test('a category with concepts or subcategories, or the last one, is not removed, and says why', () => {
    const cb = userCodebook([{ id: 'x', category: 'image' }]);
    expect(removeCategory(cb, 'image')).toEqual({ ok: false, reason: 'has-concepts' });
    expect(removeCategory(cb, 'services')).toEqual({ ok: false, reason: 'has-categories' });
    const empty = userCodebook([]);
    const r = removeCategory(empty, 'image');
    expect(r.ok && r.codebook.categories.map((c) => c.id)).toEqual(['services']);
    expect(r.ok && removeCategory(r.codebook, 'services')).toEqual({ ok: false, reason: 'last' });
  });

  test('terms: add, type, wildcard on and off, exact, case-sensitive (which implies exact), remove, languages', () => {
    let cb = userCodebook([{ id: 'c', terms: { en: [] } }]);
    cb = addTerm(cb, 'c', 'en', 'diplomacy');
    cb = setWildcard(cb, 'c', 'en', 0, true);
    expect(cb.concepts[0]!.terms['en']).toEqual([{ text: 'diplomacy*' }]);
    cb = setWildcard(cb, 'c', 'en', 0, false);
    expect(cb.concepts[0]!.terms['en']).toEqual([{ text: 'diplomacy' }]);
    cb = updateTerm(cb, 'c', 'en', 0, { exact: true });
    expect(cb.concepts[0]!.terms['en']).toEqual([{ text: 'diplomacy', exact: true }]);
    cb = updateTerm(cb, 'c', 'en', 0, { exact: false });
    expect(cb.concepts[0]!.terms['en']).toEqual([{ text: 'diplomacy' }]);
    cb = addLanguage(cb, 'c', 'ru');
    cb = updateTerm(cb, 'c', 'ru', 0, { text: 'МИД', caseSensitive: true });
    expect(cb.concepts[0]!.terms['ru']).toEqual([{ text: 'МИД', caseSensitive: true }]);
    cb = removeTerm(cb, 'c', 'en', 0);
    expect(cb.concepts[0]!.terms['en']).toEqual([]);
    // An emptied language is left out when saving.
    expect(tidy(cb).concepts[0]!.terms).toEqual({ ru: [{ text: 'МИД', caseSensitive: true }] });
  });

  test('the Try it box compiles only the terms that could be saved', () => {
    const cb = userCodebook([{ id: 'c', terms: { en: [{ text: 'embassy' }, { text: 'em*' }, { text: 'colo?r' }, { text: '' }] } }]);
    expect(usableTerms(cb).concepts[0]!.terms['en']).toEqual([{ text: 'embassy' }]);
  });

  test('the tree: categories nested by parent with their concepts; a loop of parents is shown, not lost', () => {
    const cb = userCodebook([{ id: 'a', category: 'services' }, { id: 'b', category: 'image' }]);
    const tree = categoryTree(cb);
    expect(tree.map((n) => n.category.id)).toEqual(['services']);
    expect(tree[0]!.children.map((n) => n.category.id)).toEqual(['image']);
    expect(tree[0]!.concepts.map((c) => c.id)).toEqual(['a']);
    expect(tree[0]!.children[0]!.concepts.map((c) => c.id)).toEqual(['b']);
    const loop = { ...cb, categories: cb.categories.map((c) => (c.id === 'services' ? { ...c, parent: 'image' } : c)) };
    const shown = categoryTree(loop).map((n) => n.category.id).sort();
    expect(shown).toEqual(['image', 'services']);
  });

  test('changed: what a save would store, not the version or times', () => {
    const cb = userCodebook([{ id: 'a' }]);
    expect(changed(cb, { ...cb, version: '9', updatedAt: 5 })).toBe(false);
    expect(changed(cb, updateConcept(cb, 'a', { definition: 'New.' }))).toBe(true);
    expect(changed(cb, { ...cb, name: 'Other' })).toBe(true);
  });
});
