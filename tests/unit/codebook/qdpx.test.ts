import { describe, expect, test } from 'vitest';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { checkRefi, selectedText, unzipQdpx } from '../../../utils/codebook/refi/check';
import { buildQdpx, codePoints, exportQdpx, sourceText } from '../../../utils/codebook/refi/project';
import { stableGuid } from '../../../utils/codebook/guid';
import { parseXml, type XmlElement } from '../../../utils/codebook/formats/xml';
import { makeExample } from '../helpers/examples';
import { schemaErrors } from './xsd';
import { userCodebook } from './helpers';

const NOW = new Date(Date.UTC(2026, 1, 1, 12));
const opts = { now: NOW, origin: 'DiploLens 0.1.0' };

const examples = [
  makeExample({
    id: '0b6f5a1e-8c2d-4f4a-9e3b-5d7c9a1b2c3d',
    prefix: '🇺🇿 Ташкент, 5 марта 😀 — ',
    quote: 'Цифровая дипломатия и мягкая сила 🌍 стали частью внешней политики.',
    suffix: ' Подробнее на сайте МИД.',
    concepts: ['digital-diplomacy', 'soft-power'],
    tags: ['форум', 'press'],
    functionId: 'official-positions',
    note: 'Compare with the English version <b>&</b>.',
  }),
  makeExample({
    id: '1c7a6b2f-9d3e-4a5b-8f4c-6e8d0b2c3d4e',
    // decomposed й and İ: NFC composes them, positions follow the composed text
    prefix: 'Xalqaro forum: ',
    quote: 'Dİjİtal dıplomasi and цифрово\u0438\u0306 дипломатии',
    suffix: '',
    concepts: ['digital-diplomacy', 'removed-concept'],
    tags: ['press'],
    functionId: '',
    note: '',
  }),
  makeExample({ id: '2d8b7c3a-0e4f-4b6c-9a5d-7f9e1c3d4e5f', prefix: '', quote: 'A bell\u0007 and a lone surrogate \ud800 here.', suffix: ' end', concepts: [], tags: [], functionId: 'made-up-function' }),
];

function all(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (el.name === name) out.push(el);
  for (const c of el.children) all(c, name, out);
  return out;
}

describe('REFI-QDA project export (.qdpx)', () => {
  const zip = exportQdpx(examples, builtinCodebook(), opts);
  const files = unzipQdpx(zip);

  test('project.qde is valid against Project.xsd, with emoji and Cyrillic text', () => {
    expect(files.project).toContain('Цифровая дипломатия');
    expect(schemaErrors('Project.xsd', files.project)).toEqual([]);
  });

  test('passes the checks the schema cannot make: unique guids, references that exist, sources in sources/, NFC, code points', () => {
    expect(checkRefi(files.project, files.sources)).toEqual([]);
    expect(files.sources.size).toBe(3);
    for (const bytes of files.sources.values()) expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(files.project.charCodeAt(0)).toBe(0x3c);
  });

  test('one selection over the quote, positions in code points, one coding per concept', () => {
    const root = parseXml(files.project);
    const sources = all(root, 'TextSource');
    expect(sources).toHaveLength(3);
    examples.forEach((e, i) => {
      const src = sources[i]!;
      const path = src.attrs['plainTextPath']!.replace('internal://', '');
      const text = new TextDecoder().decode(files.sources.get(path)!);
      const [sel] = src.children.filter((c) => c.name === 'PlainTextSelection');
      const start = Number(sel!.attrs['startPosition']);
      const end = Number(sel!.attrs['endPosition']);
      const expectedQuote = e.quote.normalize('NFC').replace(/[\u0007]|\ud800/g, '\ufffd');
      expect(selectedText(text, start, end)).toBe(expectedQuote);
      expect(start).toBe(codePoints(e.prefix.normalize('NFC')));
      expect(all(sel!, 'Coding')).toHaveLength(e.concepts.length);
    });
    // before the first quote: a flag (two code points, four UTF-16 units) and 😀 (one code point, two units)
    expect(Number(all(sources[0]!, 'PlainTextSelection')[0]!.attrs['startPosition'])).toBe(examples[0]!.prefix.length - 3);
  });

  test('concepts and functions the codebook lacks get codes of their own; tags are sets; notes are notes', () => {
    const root = parseXml(files.project);
    const codes = all(root, 'Code');
    expect(codes.find((c) => c.attrs['name'] === 'Codes not in this codebook')).toBeDefined();
    expect(codes.find((c) => c.attrs['name'] === 'removed-concept')).toBeDefined();
    expect(codes.find((c) => c.attrs['name'] === 'made-up-function')).toBeDefined();
    const sets = all(root, 'Set');
    expect(sets.map((s) => [s.attrs['name'], all(s, 'MemberSource').length])).toEqual([['форум', 1], ['press', 2]]);
    const notes = all(root, 'Note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.children[0]!.text).toBe('Compare with the English version <b>&</b>.');
    expect(all(root, 'NoteRef')[0]!.attrs['targetGUID']).toBe(notes[0]!.attrs['guid']);
  });

  test('GUIDs are stable across exports (UUID v5 of the ids), whatever the time', () => {
    const later = buildQdpx(examples, builtinCodebook(), { ...opts, now: new Date(Date.UTC(2027, 5, 5)) });
    const guids = (xml: string) => [...xml.matchAll(/\bguid="([^"]+)"/g)].map((m) => m[1]);
    expect(guids(later.project)).toEqual(guids(files.project));
    expect(guids(files.project)).toContain(stableGuid('source', examples[0]!.id));
    expect(new Set(guids(files.project)).size).toBe(guids(files.project).length);
    expect(guids(files.project).every((g) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(g!))).toBe(true);
  });

  test('a user codebook, an empty collection', () => {
    const empty = buildQdpx([], userCodebook([{ id: 'visa', terms: { en: [{ text: 'visa' }] } }]), opts);
    expect(schemaErrors('Project.xsd', empty.project)).toEqual([]);
    expect(checkRefi(empty.project, new Map())).toEqual([]);
    expect(empty.sources.size).toBe(0);
  });

  test('sourceText counts code points and keeps the quote whole', () => {
    expect(sourceText({ prefix: '😀', quote: 'ab', suffix: '' })).toEqual({ text: '😀ab', start: 1, end: 3 });
    expect(codePoints('👍🏽x')).toBe(3);
    expect(codePoints('\udc00')).toBe(1);
  });

  test('the schema check fails a broken project (the validator is live)', () => {
    const broken = files.project.replace('startPosition="', 'startPosition="x');
    expect(schemaErrors('Project.xsd', broken).length).toBeGreaterThan(0);
    const dangling = files.project.replace(/<CodeRef targetGUID="[^"]+"/, '<CodeRef targetGUID="00000000-0000-4000-8000-000000000000"');
    expect(checkRefi(dangling, files.sources)[0]).toMatch(/<CodeRef> names 00000000-0000-4000-8000-000000000000, which is no element/);
  });
});
