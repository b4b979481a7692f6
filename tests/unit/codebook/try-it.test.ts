import { describe, expect, test } from 'vitest';
import { compileCodebook } from '../../../utils/codebook/compile';
import { tryIt } from '../../../utils/codebook/try-it';
import { userCodebook } from './helpers';

describe("the editor's 'Try it' box", () => {
  const cb = userCodebook([
    { id: 'visa', label: 'Visas', colour: '#e11d48', terms: { en: [{ text: 'visa*' }] } },
    { id: 'consular', label: 'Consular', terms: { en: [{ text: 'visa application' }], und: [{ text: 'visas' }] } },
  ]);
  const C = compileCodebook(cb);

  test('cuts the text into plain and matched pieces that join back to the text', () => {
    const text = 'Visas 🌍 and a visa application <b>today</b>.';
    const segs = tryIt(C, text);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.matches).map((s) => [s.text, s.matches!.map((m) => m.conceptId)])).toEqual([
      ['Visas', ['visa', 'consular']],
      ['visa application', ['consular']],
    ]);
    expect(segs[0]!.matches![0]).toEqual({ conceptId: 'visa', label: 'Visas', term: 'visa*', lang: 'en', colour: '#e11d48' });
  });

  test('nothing to find: one plain piece', () => {
    expect(tryIt(C, 'Nothing here')).toEqual([{ text: 'Nothing here' }]);
    expect(tryIt(C, '')).toEqual([]);
  });
});
