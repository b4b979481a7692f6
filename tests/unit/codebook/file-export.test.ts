import { describe, expect, test } from 'vitest';
import { codebookFile, codebookFileName, EXPORT_FORMATS } from '../../../utils/codebook/file-export';
import { openCodebookFile } from '../../../utils/codebook/formats/index';
import { userCodebook } from './helpers';

describe('a codebook as a file from the editor', () => {
  test.each([
    ['Consular work', 'yaml', 'Consular work.yml'],
    ['Мягкая сила: RU/UZ', 'dic', 'Мягкая сила RU UZ.dic'],
    ['  ', 'qdc', 'codebook.qdc'],
    ['a\u0000b?c', 'json', 'a b c.json'],
  ] as const)('%j as %s is named %j', (name, format, file) => {
    expect(codebookFileName(name, format)).toBe(file);
  });

  test.each(EXPORT_FORMATS)('%s: what is exported opens again with the same concepts and terms', (format) => {
    const cb = userCodebook([
      { id: 'visa', label: 'Visa', terms: { en: [{ text: 'visa' }, { text: 'consul*' }] } },
      { id: 'evacuation', label: 'Evacuation', category: 'image', terms: { en: [{ text: 'evacuation' }] } },
    ]);
    const f = codebookFile(cb, format, { origin: 'DiploLens test' });
    const back = openCodebookFile(f.name, f.text, { id: 'new', now: 1 });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const words = (c: typeof cb) => c.concepts.map((x) => Object.values(x.terms).flat().map((t) => t.text).sort()).sort();
    expect(words(back.value)).toEqual(words(cb));
  });
});
