import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { exportQdc, parseQdc, readDescription } from '../../../utils/codebook/formats/qdc';
import { checkRefi } from '../../../utils/codebook/refi/check';
import { errorsOf, validateCodebook } from '../../../utils/codebook/validate';
import { schemaErrors } from './xsd';
import { userCodebook } from './helpers';

const FOREIGN = readFileSync(resolve(import.meta.dirname, '../../fixtures/codebooks/nvivo-style.qdc'), 'utf8');
const opts = { id: '7e3f0b1a-2c4d-4e5f-8a9b-0c1d2e3f4a5b', name: 'Interviews', now: Date.UTC(2026, 0, 5) };
const ORIGIN = 'DiploLens 0.1.0';

describe('REFI-QDA codebooks (.qdc)', () => {
  test('the built-in codebook exports valid against Codebook.xsd, with unique guids', () => {
    const xml = exportQdc(builtinCodebook(), { origin: ORIGIN });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"')).toBe(true);
    expect(xml.charCodeAt(0)).not.toBe(0xfeff);
    expect(schemaErrors('Codebook.xsd', xml)).toEqual([]);
    expect(checkRefi(xml)).toEqual([]);
    expect(xml).toContain('name="Forms of diplomacy" isCodable="false" color="#874aee"');
    expect(xml).toContain('Terms (ru): цифровая дипломатия; электронная дипломатия');
  });

  test('emoji, Cyrillic, markup characters and control characters stay valid', () => {
    const cb = userCodebook([
      { id: 'emoji', label: 'Мягкая сила 🌍 <b>&"\'', definition: 'Line one\nline two\u0007 with a bell', terms: { ru: [{ text: 'мягкая сила' }], und: [{ text: '🌍 diplomacy' }] } },
    ]);
    const xml = exportQdc(cb, { origin: ORIGIN });
    expect(schemaErrors('Codebook.xsd', xml)).toEqual([]);
    expect(checkRefi(xml)).toEqual([]);
    const back = parseQdc(xml, opts);
    if (!back.ok) throw new Error(back.error);
    expect(back.value.concepts[0]).toMatchObject({ id: 'emoji', label: 'Мягкая сила 🌍 <b>&"\'', definition: 'Line one\nline two\ufffd with a bell' });
  });

  test('round trip: codebook → .qdc → codebook keeps ids, labels, definitions, colours, terms with options, references, functions and guids', () => {
    const cb = builtinCodebook();
    const xml = exportQdc(cb, { origin: ORIGIN });
    const r = parseQdc(xml, opts);
    if (!r.ok) throw new Error(r.error);
    const back = r.value;
    const strip = <T extends { guid?: string }>(xs: T[]) => xs.map(({ guid: _g, ...rest }) => rest);
    // codes come back grouped by category, as the tree lists them
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(strip(back.concepts))).toEqual(byId(cb.concepts));
    expect(strip(back.categories)).toEqual(cb.categories);
    expect(strip(back.functions)).toEqual(cb.functions);
    expect(back.concepts.every((c) => c.guid)).toBe(true);
    // the kept guids name the same codes again: the second export is the first
    expect(exportQdc({ ...back, id: cb.id, name: cb.name }, { origin: ORIGIN })).toBe(xml);
    expect(r.warnings).toEqual([]);
  });

  test('a codebook from another tool: braces round guids, short colours, codes with sub-codes, names as terms', () => {
    const r = parseQdc(FOREIGN, opts);
    if (!r.ok) throw new Error(r.error);
    const cb = r.value;
    expect(cb.categories.map((c) => [c.label, c.colour, c.parent])).toEqual([
      ['Top level', expect.stringMatching(/^#[0-9a-f]{6}$/), undefined],
      ['Themes', '#3366cc', undefined],
      ['Engagement', '#3366cc', 'themes'],
    ]);
    expect(cb.concepts.map((c) => [c.label, c.category, c.colour, c.terms])).toEqual([
      ['soft power', 'themes', '#e11d48', { und: [{ text: 'soft power' }] }],
      ['Мягкая сила 🌍', 'themes', undefined, { und: [{ text: 'Мягкая сила 🌍' }] }],
      ['Engagement', 'engagement', undefined, { und: [{ text: 'Engagement' }] }],
      ['followers', 'engagement', undefined, { und: [{ text: 'followers' }] }],
      ['negotiations', '_', undefined, { und: [{ text: 'negotiations' }] }],
    ]);
    expect(cb.concepts[0]!.guid).toBe('a1b2c3d4-0000-4000-8000-000000000002');
    expect(cb.concepts[0]!.definition).toBe('Attraction rather than coercion.');
    expect(r.warnings.join(' ')).toContain('5 codes have no terms: their names are used as terms');
    expect(errorsOf(validateCodebook(cb))).toEqual([]);
    const again = exportQdc(cb, { origin: ORIGIN });
    expect(schemaErrors('Codebook.xsd', again)).toEqual([]);
    expect(again).toContain('guid="a1b2c3d4-0000-4000-8000-000000000002"');
  });

  test('a Description that is only text stays text', () => {
    expect(readDescription('Attraction.\n\nSee Nye (2004).')).toMatchObject({ body: 'Attraction.\n\nSee Nye (2004).', terms: {}, references: [] });
  });

  test.each([
    ['not XML', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code guid="a"></Codes></CodeBook>', /^The file is not well-formed XML: line 2, column \d+: /],
    ['another root', '<Project xmlns="urn:other"/>', /not a REFI-QDA codebook: its root element is <Project> in namespace urn:other/],
    ['a DOCTYPE (entity expansion)', '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a1b2c3d4-0000-4000-8000-000000000001" name="&lol2;" isCodable="true"/></Codes></CodeBook>', /DOCTYPE declaration is not allowed/],
    ['a code without guid', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n\n<Code name="x" isCodable="true"/></Codes></CodeBook>', /^Nothing was imported: line 3: a <Code> has no guid="…"\.$/],
    ['a bad guid', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="123" name="x" isCodable="true"/></Codes></CodeBook>', /guid="123" is not a GUID/],
    ['a guid twice', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a1b2c3d4-0000-4000-8000-000000000001" name="x" isCodable="true"/>\n<Code guid="{A1B2C3D4-0000-4000-8000-000000000001}" name="y" isCodable="true"/></Codes></CodeBook>', /line 2: the guid .* is used by two codes/],
    ['a bad colour', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a1b2c3d4-0000-4000-8000-000000000001" name="x" isCodable="true" color="red"/></Codes></CodeBook>', /color="red" is not a colour/],
    ['no Codes', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', /the codebook has no <Codes>/],
  ])('%s is refused, naming the line', (_name, text, message) => {
    const r = parseQdc(text, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
