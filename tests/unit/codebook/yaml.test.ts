import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { compileCodebook } from '../../../utils/codebook/compile';
import { exportQuantedaYaml, parseQuantedaYaml } from '../../../utils/codebook/formats/yaml';
import { match } from '../../../utils/lexicon/index';

const FIXTURE = readFileSync(resolve(import.meta.dirname, '../../fixtures/codebooks/digital-diplomacy.yml'), 'utf8');
const opts = { id: 'b1d0a5b4-6a3e-4a8e-8f1e-3f7c2d9a0b11', name: 'Digital diplomacy', now: Date.UTC(2026, 0, 5) };
const read = (text: string) => parseQuantedaYaml(text, opts);

describe('quanteda YAML dictionaries', () => {
  test('a real-style dictionary: nested keys are categories, lists are concepts, patterns their terms', () => {
    const r = read(FIXTURE);
    if (!r.ok) throw new Error(r.error);
    const cb = r.value;
    expect(cb.categories.map((c) => [c.id, c.label, c.parent])).toEqual([
      ['_', 'Top level', undefined], ['diplomacy', 'diplomacy', undefined], ['economy', 'economy', undefined], ['traps', 'traps', undefined],
    ]);
    expect(cb.concepts.map((c) => [c.id, c.label, c.category])).toEqual([
      ['diplomacy.digital', 'digital', 'diplomacy'], ['diplomacy.public', 'public', 'diplomacy'], ['consular', 'consular', '_'],
      ['economy.trade', 'trade', 'economy'], ['economy.investment', 'investment', 'economy'], ['traps.norway', 'norway', 'traps'],
    ]);
    expect(cb.concepts[0]!.terms).toEqual({ und: [{ text: 'digital diplomac*' }, { text: 'e-diplomac*' }, { text: 'twiplomacy' }, { text: 'цифровая дипломатия' }] });
  });

  test('the failsafe schema keeps no, yes, on, 1.0 and null as the words they are', () => {
    const r = read(FIXTURE);
    if (!r.ok) throw new Error(r.error);
    const traps = r.value.concepts.find((c) => c.id === 'traps.norway')!;
    expect(traps.terms['und']!.map((t) => t.text)).toEqual(['no', 'yes', 'on', 'off', '1.0', '2026', 'null', 'true']);
    // '~' (null in YAML 1.1) is text too, but no term: it has no letters
    expect(r.warnings.join('\n')).toContain('line 26: "~" was left out: "~" has no letters or digits');
    // "No" is "no" in another letter case: kept once, and said so
    expect(r.warnings).toContain('line 26: "No" is already a term of "norway" (letter case and hyphens aside): kept once.');
  });

  test('what it reads, it finds in text', () => {
    const r = read(FIXTURE);
    if (!r.ok) throw new Error(r.error);
    const hits = match('Digital diplomacy and the consulate: visas, passports; foreign direct investment.', compileCodebook(r.value).lexicon);
    expect(hits.map((h) => h.conceptId)).toEqual(['diplomacy.digital', 'consular', 'consular', 'consular', 'economy.investment']);
  });

  test('round trip: YAML → codebook → YAML says the same dictionary', () => {
    const r = read(FIXTURE);
    if (!r.ok) throw new Error(r.error);
    const out = exportQuantedaYaml(r.value);
    const again = read(out);
    if (!again.ok) throw new Error(again.error);
    const expected = parseYaml(FIXTURE, { schema: 'failsafe' }) as { traps: { norway: string[] } };
    expected.traps.norway = expected.traps.norway.filter((w) => w !== 'No' && w !== '~');
    expect(parseYaml(out, { schema: 'failsafe' })).toEqual(expected);
    expect(exportQuantedaYaml(again.value)).toBe(out);
    // the same concepts and categories (a mapping's order between lists and sub-mappings is not kept)
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.value.concepts)).toEqual(byId(r.value.concepts));
    const shape = (cs: typeof r.value.categories) => byId(cs).map(({ id, label, parent }) => ({ id, label, parent }));
    expect(shape(again.value.categories)).toEqual(shape(r.value.categories));
  });

  test('output is quoted, so a YAML 1.1 reader (R yaml) keeps "no" as text', () => {
    const r = read('traps: [no, "1.0"]\n');
    if (!r.ok) throw new Error(r.error);
    const out = exportQuantedaYaml(r.value);
    expect(out).toContain('"traps":\n  - "no"\n  - "1.0"');
    expect(parseYaml(out, { version: '1.1' })).toEqual({ traps: ['no', '1.0'] });
  });

  test('the built-in codebook exports as nested categories with every language\'s terms', () => {
    const out = exportQuantedaYaml(builtinCodebook());
    const tree = parseYaml(out) as Record<string, Record<string, string[]>>;
    expect(Object.keys(tree)).toContain('Forms of diplomacy');
    expect(tree['Forms of diplomacy']!['Digital diplomacy']).toEqual(expect.arrayContaining(['digital diplomacy', 'цифровая дипломатия', 'raqamli diplomatiya', 'dijital diplomasi']));
  });

  test('terms that would match most words are left out, with the line', () => {
    const r = read('broad:\n  - "a*"\n  - diplomac*\n');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.concepts[0]!.terms['und']).toEqual([{ text: 'diplomac*' }]);
    expect(r.warnings[0]).toMatch(/^line 2: "a\*" was left out: .*would match most words/);
  });

  test.each([
    ['not YAML', 'a: [b, c\nd: e\n', /^The file is not valid YAML at line 2, column 1: /],
    ['a key twice', 'a: [x]\nb: [y]\na: [z]\n', /at line 3, column 1: Map keys must be unique/],
    ['a regular expression', 'econ:\n  - "econom.*"\n', /^Nothing was imported: line 2: "econom\.\*" looks like a regular expression/],
    ['a glob ?', 'x:\n  - y\n  - colo?r\n', /^Nothing was imported: line 3: "colo\?r" looks like a regular expression or a glob pattern/],
    ['a leading wildcard', 'x: ["*ism"]\n', /line 1: Only one \* is allowed, at the end/],
    ['a list at the top', '- a\n- b\n', /not a quanteda dictionary/],
    ['a list inside a list', 'x:\n  - [a, b]\n', /^Nothing was imported: line 2: the patterns of "x" must be words/],
    ['an empty file', '  \n', /^The file is empty\.$/],
    ['an alias to nowhere', 'x: *nothing\n', /not valid YAML|names no anchor/],
  ])('%s is refused, naming the line', (_name, text, message) => {
    const r = read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  test('an alias bomb is refused at once, writing nothing', () => {
    let bomb = 'a: &a {x: ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]}\n';
    let prev = 'a';
    for (const k of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
      bomb += `${k}: &${k} {${Array.from({ length: 10 }, (_, i) => `${k}${i}: *${prev}`).join(', ')}}\n`;
      prev = k;
    }
    expect(bomb.length).toBeLessThan(2000);
    const r = read(bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/refused as an alias bomb/);
  });

  test('a few shared lists (aliases) are fine', () => {
    const r = read('a: &words [diplomacy, embassy]\nb: *words\n');
    expect(r.ok && r.value.concepts.map((c) => c.terms['und']!.length)).toEqual([2, 2]);
  });
});
