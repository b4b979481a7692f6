import { describe, expect, test } from 'vitest';
import { builtinCodebook, BUILTIN_COLOURS } from '../../../utils/codebook/builtin';
import { compileCodebook } from '../../../utils/codebook/compile';
import { highlightStyle } from '../../../utils/codebook/highlight-style';
import { userCodebook } from './helpers';

describe('colours by code on the page', () => {
  test('one Highlight group per colour, each concept in its own colour', () => {
    const cb = userCodebook([
      { id: 'own', colour: '#E11D48', terms: { en: [{ text: 'brand' }] } },
      { id: 'same', colour: '#e11d48', terms: { en: [{ text: 'image' }] } },
      { id: 'inherited', terms: { en: [{ text: 'visa' }] } },
    ]);
    const s = highlightStyle(compileCodebook(cb));
    expect([s.groupOf('own'), s.groupOf('same'), s.groupOf('inherited')]).toEqual(['k0', 'k0', 'k1']);
    expect([...s.colours]).toEqual([['k0', '#e11d48'], ['k1', '#0284c7']]);
    expect(s.css).toContain('::highlight(diplolens-k0) { background-color: rgb(225 29 72 / 0.32); }');
    expect(s.css).toContain('@media (forced-colors: active) { ::highlight(diplolens-k0), ::highlight(diplolens-k1) { background-color: Mark; color: MarkText; } }');
    expect(s.groupOf('unknown')).toBe('k0');
  });

  test('the built-in codebook: seven groups, the categories\' colours', () => {
    const s = highlightStyle(compileCodebook(builtinCodebook()));
    expect(new Set(s.colours.values())).toEqual(new Set(Object.values(BUILTIN_COLOURS)));
  });

  test('no markup can get into the style sheet: colours are parsed, not copied', () => {
    const cb = userCodebook([{ id: 'x', colour: 'red;} body{display:none', terms: { en: [{ text: 'visa' }] } }]);
    const s = highlightStyle(compileCodebook(cb));
    expect(s.css).not.toContain('display');
    expect(s.css).toContain('rgb(107 114 128');
  });
});
