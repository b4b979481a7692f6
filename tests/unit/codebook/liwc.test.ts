import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { compileCodebook } from '../../../utils/codebook/compile';
import { exportLiwcDic, parseLiwcDic } from '../../../utils/codebook/formats/liwc';
import { match } from '../../../utils/lexicon/index';

const FIXTURE = readFileSync(resolve(import.meta.dirname, '../../fixtures/codebooks/diplomacy.dic'), 'utf8');
const opts = { id: '0c9d1e77-5d1f-4f3a-b9f8-1a2b3c4d5e6f', name: 'Diplomacy', now: Date.UTC(2026, 0, 5) };
const read = (text: string) => parseLiwcDic(text, opts);

describe('LIWC 2015 dictionaries (.dic)', () => {
  test('categories become concepts, entries their terms; a word in two categories is a term of both', () => {
    const r = read(FIXTURE);
    if (!r.ok) throw new Error(r.error);
    const cb = r.value;
    expect(cb.concepts.map((c) => c.id)).toEqual(['diplomacy', 'consular', 'economy', 'risk']);
    const terms = (id: string) => cb.concepts.find((c) => c.id === id)!.terms['und']!.map((t) => t.text);
    expect(terms('consular')).toEqual(['consulat*', 'embass*', 'passport*', 'visa*']);
    expect(terms('risk')).toEqual(['fake news', 'hack*', 'кибератак*']);
    const L = compileCodebook(cb).lexicon;
    const text = 'The embassy warned of fake news and кибератаки on consulates.';
    expect(match(text, L, { allConcepts: true }).map((h) => h.conceptId)).toEqual(['diplomacy', 'consular', 'risk', 'risk', 'diplomacy', 'consular']);
  });

  test('round trip: .dic → codebook → .dic is the same file (CRLF, sorted entries)', () => {
    const r = read(FIXTURE);
    if (!r.ok) throw new Error(r.error);
    const out = exportLiwcDic(r.value);
    expect(out.replace(/\r\n/g, '\n')).toBe(FIXTURE);
    const again = read(out);
    expect(again.ok && again.value.concepts).toEqual(r.value.concepts);
  });

  test('the built-in codebook exports with one category per concept, phrases kept whole', () => {
    const out = exportLiwcDic(builtinCodebook());
    expect(out.startsWith('%\r\n1\tdigital-diplomacy\r\n')).toBe(true);
    expect(out).toMatch(/\r\nsoft power\t\d+\r\n/);
    const back = read(out);
    expect(back.ok && back.value.concepts.length).toBe(builtinCodebook().concepts.length);
  });

  test('a phrase with digits keeps them when tabs separate the categories', () => {
    const r = read('%\n1\thealth\n%\ncovid 19\t1\n');
    expect(r.ok && r.value.concepts[0]!.terms['und']).toEqual([{ text: 'covid 19' }]);
  });

  test.each([
    ['no header', 'diplomac*\t1\n', /^Nothing was imported: line 1: a LIWC dictionary begins with a line holding only '%'/],
    ['an unclosed header', '%\n1\tposemo\n', /the list of categories has no closing '%' line/],
    ['a bad category line', '%\n1\tposemo\nnegemo\n%\n', /line 3: "negemo" is not a category/],
    ['a number twice', '%\n1\tposemo\n1\tnegemo\n%\n', /line 3: category number 1 is declared twice/],
    ['an undeclared category', '%\n1\tposemo\n%\nhappy\t1\t7\n', /line 4: "happy" names category 7, which the header does not declare/],
    ['no numbers', '%\n1\tposemo\n%\nhappy\n', /line 4: "happy" has no category numbers/],
    ['a conditional entry (LIWC2007)', '%\n1\tposemo\n2\tverb\n%\nlike\t02 <(134)253>/1\n', /line 5: .*conditional entry of LIWC2007/],
    ['a regular expression', '%\n1\tposemo\n%\nhapp.*\t1\n', /line 4: "happ\.\*" looks like a regular expression/],
    ['an empty file', '\n\n', /The file is empty/],
  ])('%s is refused, naming the line', (_name, text, message) => {
    const r = read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
