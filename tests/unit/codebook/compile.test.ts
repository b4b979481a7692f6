import { describe, expect, test } from 'vitest';
import { compileCodebook } from '../../../utils/codebook/compile';
import { match } from '../../../utils/lexicon/index';
import { userCodebook } from './helpers';

const found = (text: string, cb = CB) => match(text, compileCodebook(cb).lexicon).map((h) => [h.conceptId, text.slice(h.start, h.end)]);

const CB = userCodebook([
  { id: 'diplomacy', terms: { en: [{ text: 'diplomac*' }] } },
  { id: 'visa', terms: { en: [{ text: 'visa application' }, { text: 'e-visa', exact: true }], ru: [{ text: 'визовый центр' }] } },
  { id: 'helpline', terms: { und: [{ text: 'hotline' }, { text: 'SOS', caseSensitive: true }], tr: [{ text: 'çağrı merkezi' }] } },
  { id: 'digital', terms: { en: [{ text: 'digital transform*' }] } },
  { id: 'acronym', terms: { en: [{ text: 'MFA*', caseSensitive: true }] } },
  { id: 'german', terms: { de: [{ text: 'Auswärtiges Amt' }] } },
]);

describe('a user codebook compiled for the matcher', () => {
  test.each([
    ['a prefix wildcard takes any ending', 'Diplomacy, diplomacies and diplomacia; diplomatic too?', [['diplomacy', 'Diplomacy'], ['diplomacy', 'diplomacies'], ['diplomacy', 'diplomacia']]],
    ['the wildcard needs its whole prefix', 'a diploma and a diplomat', []],
    ['the prefix itself is a word too', 'diplomac', [['diplomacy', 'diplomac']]],
    ['a wildcard as the last word of a phrase', 'Digital transformation and digital transforms', [['digital', 'Digital transformation'], ['digital', 'digital transforms']]],
    ['the phrase must be whole', 'transformation alone', []],
    ['English user terms take -s on the head', 'Two visa applications were lost', [['visa', 'visa applications']]],
    ['exact terms are not inflected', 'e-visas and e-visa', [['visa', 'e-visa']]],
    ['Russian user terms decline', 'в визовом центре и визовых центрах', [['visa', 'визовом центре'], ['visa', 'визовых центрах']]],
    ['Turkish user terms take suffixes, typed without Turkish letters too', 'çağrı merkezine, cagri merkezimiz', [['helpline', 'çağrı merkezine'], ['helpline', 'cagri merkezimiz']]],
    ["'und' terms match as written (case folded), without endings", 'Call the Hotline; hotlines are busy', [['helpline', 'Hotline']]],
    ['case-sensitive terms', 'SOS, not sos', [['helpline', 'SOS']]],
    ['a case-sensitive wildcard keeps its letter case', 'MFAs, MFA_press, and mfas', [['acronym', 'MFAs'], ['acronym', 'MFA_press']]],
    ['any other language is matched as written', 'das Auswärtige Amt; Auswärtiges Amt', [['german', 'Auswärtiges Amt']]],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('colours and categories by concept: the concept\'s own, else its category\'s', () => {
    const cb = userCodebook([
      { id: 'own', colour: '#e11d48', category: 'image', terms: { en: [{ text: 'brand' }] } },
      { id: 'inherited', category: 'image', terms: { en: [{ text: 'image' }] } },
    ]);
    const C = compileCodebook(cb);
    expect(C.colourOf('own')).toBe('#e11d48');
    expect(C.colourOf('inherited')).toBe('#c86d06');
    expect(C.categoryOf('inherited')).toBe('image');
    expect(C).toMatchObject({ id: cb.id, version: '3' });
  });

  test('a term two concepts share: one highlight, every concept when asked', () => {
    const cb = userCodebook([
      { id: 'funct', terms: { und: [{ text: 'the' }, { text: 'of' }] } },
      { id: 'article', terms: { und: [{ text: 'the' }] } },
    ]);
    const L = compileCodebook(cb).lexicon;
    expect(match('the end of the road', L).map((h) => h.conceptId)).toEqual(['funct', 'funct', 'funct']);
    expect(match('the end of the road', L, { allConcepts: true }).map((h) => `${h.conceptId}@${h.start}`)).toEqual([
      'funct@0', 'article@0', 'funct@8', 'funct@11', 'article@11',
    ]);
  });

  test('blank terms are left out, the rest compile', () => {
    const cb = userCodebook([{ id: 'x', terms: { en: [{ text: '  ' }, { text: ' consular registration ' }] } }]);
    expect(found('Consular registration opens', cb)).toEqual([['x', 'Consular registration']]);
  });
});
