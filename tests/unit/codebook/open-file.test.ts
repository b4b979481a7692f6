import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { exportCodebookJson, parseCodebookJson } from '../../../utils/codebook/formats/json';
import { formatOf, nameFromFile, openCodebookFile } from '../../../utils/codebook/formats/index';
import { userCodebook } from './helpers';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/codebooks', name), 'utf8');
const opts = { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', now: Date.UTC(2026, 0, 9) };

describe('opening a codebook file', () => {
  test.each([
    ['dictionary.yml', 'x: [a]', 'yaml'],
    ['Dictionary.YAML', '', 'yaml'],
    ['liwc.dic', '', 'dic'],
    ['codes.qdc', '', 'qdc'],
    ['backup.json', '', 'json'],
    ['no-extension', '%\n1\tx\n%\n', 'dic'],
    ['no-extension', '<?xml version="1.0"?><CodeBook/>', 'qdc'],
    ['no-extension', '{"format":"diplolens-codebook"}', 'json'],
    ['no-extension', 'economy:\n  - trade\n', 'yaml'],
    ['notes.txt', 'just some words', undefined],
  ])('%s → %s', (name, text, format) => {
    expect(formatOf(name, text)).toBe(format);
  });

  test('the name comes from the file name', () => {
    expect(nameFromFile('C:\\Users\\me\\Policy agendas.yml')).toBe('Policy agendas');
    expect(nameFromFile('/tmp/.yml')).toBe('Imported codebook');
  });

  test.each([['digital-diplomacy.yml', 6], ['diplomacy.dic', 4], ['nvivo-style.qdc', 5]])('%s opens with %i concepts and the new id', (name, n) => {
    const r = openCodebookFile(name, fixture(name), opts);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.concepts).toHaveLength(n);
    expect(r.value).toMatchObject({ id: opts.id, builtIn: false, version: '1', createdAt: opts.now });
  });

  test('a DiploLens JSON codebook round-trips whole, and opens as the user\'s own', () => {
    const cb = builtinCodebook();
    const text = exportCodebookJson(cb);
    const back = parseCodebookJson(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.value).toEqual({ ...cb, builtIn: false });
    const opened = openCodebookFile('diplolens.json', text, opts);
    expect(opened.ok && opened.value).toMatchObject({ id: opts.id, builtIn: false, name: cb.name });
  });

  test('a JSON codebook with wrong types is refused, naming the fields', () => {
    const cb = userCodebook([{ id: 'x', terms: { en: [{ text: 'visa' }] } }]);
    const raw = JSON.parse(exportCodebookJson(cb));
    raw.codebook.concepts[0].terms.en[0].exact = 'yes';
    raw.codebook.categories[0].colour = 'blue';
    const r = parseCodebookJson(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('codebook.concepts[0].terms.en[0].exact must be true or false');
      expect(r.error).toContain('codebook.categories[0].colour "blue" is not a colour');
    }
  });

  test.each([
    ['truncated', '{"format": "diplolens-codebook", "version": 1, "codebook": {', /truncated/],
    ['a backup of examples', '{"format": "diplolens-examples", "version": 1}', /backup of examples, not a codebook/],
    ['newer', '{"format": "diplolens-codebook", "version": 9, "codebook": {}}', /newer DiploLens/],
  ])('JSON: %s', (_n, text, message) => {
    const r = parseCodebookJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  test('a file whose codebook has errors is refused as a whole', () => {
    const cb = userCodebook([{ id: 'x', category: 'missing', terms: { en: [{ text: 'visa' }] } }]);
    const r = openCodebookFile('mine.json', exportCodebookJson(cb), opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('Nothing was imported: Concept "Concept 1" is in a category that does not exist ("missing").');
  });

  test('an unknown format says which formats are read', () => {
    const r = openCodebookFile('notes.txt', 'words', opts);
    expect(!r.ok && r.error).toMatch(/quanteda dictionary \(\.yml\), a LIWC dictionary \(\.dic\), a REFI-QDA codebook \(\.qdc\)/);
  });
});
