import { describe, expect, test } from 'vitest';
import { checkTerm } from '../../../utils/codebook/terms';
import { errorsOf, validateCodebook, warningsOf } from '../../../utils/codebook/validate';
import { userCodebook } from './helpers';

describe('a term as written', () => {
  test.each([
    ['', 'en', 'error', 'empty'],
    ['   ', 'en', 'error', 'empty'],
    ['*', 'en', 'error', 'no-letters'],
    ['a*', 'en', 'error', 'broad-wildcard'],
    ['di*', 'en', 'error', 'broad-wildcard'],
    ['ди*', 'ru', 'error', 'broad-wildcard'],
    ['dip*', 'en', 'warning', 'short-wildcard'],
    ['^econ.*', 'und', 'error', 'pattern'],
    ['colou?r', 'und', 'error', 'pattern'],
    ['(soft|hard) power', 'en', 'error', 'pattern'],
    ['*ism', 'en', 'error', 'star-position'],
    ['soft * power', 'en', 'error', 'star-position'],
    ['digital *', 'en', 'error', 'star-alone'],
    ['!!!', 'en', 'error', 'no-letters'],
    ['soft power; hard power', 'en', 'error', 'semicolon'],
    ['soft\npower', 'en', 'error', 'control'],
    ['x'.repeat(201), 'en', 'error', 'too-long'],
    ['the', 'en', 'warning', 'common-word'],
    ['The', 'en', 'warning', 'common-word'],
    ['и', 'ru', 'warning', 'common-word'],
    ['için', 'tr', 'warning', 'common-word'],
    ['va', 'uz', 'warning', 'common-word'],
    ['және', 'kk', 'warning', 'common-word'],
    ['und', 'und', undefined, undefined],
    ['z', 'en', 'warning', 'single-letter'],
  ])('%j (%s) → %s %s', (text, lang, level, code) => {
    const [first] = checkTerm(text, lang);
    expect(first?.level).toBe(level);
    expect(first?.code).toBe(code);
    if (first) expect(first.message.length).toBeGreaterThan(15);
  });

  test.each([['diplomac*'], ['soft power'], ['e-visa'], ['мягкая сила'], ["o'zbek diplomatiyasi"], ['Diplomacy 2.0'], ['AI']])('%j is fine', (text) => {
    expect(checkTerm(text, 'en', { caseSensitive: text === 'AI' })).toEqual([]);
  });

  test('an acronym marked case-sensitive is not a common word or a stray letter', () => {
    expect(checkTerm('IT', 'en', { caseSensitive: true })).toEqual([]);
    expect(checkTerm('I', 'en', { caseSensitive: true })).toEqual([]);
  });
});

describe('a whole codebook', () => {
  const messages = (issues: { message: string }[]) => issues.map((i) => i.message).join('\n');

  test('a sound codebook has no issues', () => {
    const cb = userCodebook([{ id: 'visa', label: 'Visas', terms: { en: [{ text: 'visa application' }, { text: 'consular*' }] } }]);
    expect(validateCodebook(cb)).toEqual([]);
  });

  test('empty names, duplicate ids, unknown categories, bad colours and loops are errors', () => {
    const cb = userCodebook(
      [
        { id: 'a', label: '', terms: { en: [{ text: 'alpha' }] } },
        { id: 'a', label: 'Again', terms: { en: [{ text: 'beta' }] } },
        { id: 'b', label: 'Lost', category: 'nowhere', terms: { en: [{ text: 'gamma' }] } },
        { id: 'c;d', label: 'Semicolon', colour: 'red', terms: { en: [{ text: 'delta' }] } },
      ],
      { name: ' ' },
    );
    cb.categories.push({ id: 'loop1', label: 'L1', description: '', colour: '#0284c7', parent: 'loop2' }, { id: 'loop2', label: 'L2', description: '', colour: '#0284c7', parent: 'loop1' });
    const text = messages(errorsOf(validateCodebook(cb)));
    expect(text).toContain('The codebook has no name.');
    expect(text).toContain('Concept "a" has no label.');
    expect(text).toContain('Concept id "a" is used twice');
    expect(text).toContain('Concept "Lost" is in a category that does not exist ("nowhere")');
    expect(text).toContain("Concept \"Semicolon\": The id contains ';'");
    expect(text).toContain('"red" is not a colour');
    expect(text).toContain('sits inside itself');
  });

  test('duplicate terms in a concept are errors; in two concepts a warning that says what happens', () => {
    const cb = userCodebook([
      { id: 'one', label: 'One', terms: { en: [{ text: 'Soft power' }, { text: 'soft-power' }] } },
      { id: 'two', label: 'Two', terms: { en: [{ text: 'soft power' }] } },
    ]);
    const issues = validateCodebook(cb);
    expect(messages(errorsOf(issues))).toContain('Concept "One", English term "soft-power" is there twice (also as term 1).');
    expect(messages(warningsOf(issues))).toContain('is also a term of "One"');
    expect(errorsOf(issues)[0]!.where).toEqual({ kind: 'term', conceptId: 'one', lang: 'en', index: 1 });
  });

  test('over-broad and pattern terms are errors, naming the concept and the term', () => {
    const cb = userCodebook([{ id: 'x', label: 'Broad', terms: { en: [{ text: 'a*' }, { text: 'econ.*' }] } }]);
    const errs = errorsOf(validateCodebook(cb));
    expect(errs.map((e) => e.where)).toEqual([
      { kind: 'term', conceptId: 'x', lang: 'en', index: 0 },
      { kind: 'term', conceptId: 'x', lang: 'en', index: 1 },
    ]);
    expect(errs[0]!.message).toMatch(/^Concept "Broad", English term "a\*": .*would match most words/);
  });

  test('a concept without terms and a colour hard to see are warnings', () => {
    const cb = userCodebook([{ id: 'x', label: 'Quiet', colour: '#facc15' }]);
    const text = messages(warningsOf(validateCodebook(cb)));
    expect(text).toContain('has no terms');
    expect(text).toContain('hardly stands out from light pages');
    expect(errorsOf(validateCodebook(cb))).toEqual([]);
  });

  test('limits', () => {
    const cb = userCodebook(Array.from({ length: 11 }, (_, i) => ({ id: `k${i}`, terms: { en: [{ text: `term${i}` }] } })));
    expect(messages(validateCodebook(cb, { categories: 10, concepts: 10, terms: 10, textChars: 100 }))).toContain('too many concepts (11; at most 10)');
  });
});
