/**
 * LIWC dictionaries (.dic, the LIWC2015 format, which LIWC-22 also reads): a header of
 * numbered categories between two '%' lines, then one entry per line, the word (or
 * phrase) and the numbers of its categories, separated by tabs.
 *
 *   %
 *   1	posemo
 *   2	negemo
 *   %
 *   happ*	1
 *   kind of	1	2
 *
 * A LIWC category is a code: each becomes a concept (in one category, 'Top level'), its
 * words its terms, '*' the same "any ending". A word in several categories is a term of
 * each (the command line and exports count all of them, as LIWC does).
 * Refused, with the line: no header, a category number declared twice or not declared,
 * an entry without categories, LIWC2007's conditional entries ('like' with <…>/(…)).
 */
import type { Codebook } from '../model';
import { codebookFromTree, type DictionaryNode, flatTerms, termVerdict, type TreeOptions } from './dictionary';
import { type ImportResult, tooLarge } from './result';

export function parseLiwcDic(text: string, opts: Omit<TreeOptions, 'source'>): ImportResult<Codebook> {
  const big = tooLarge(text.length);
  if (big) return { ok: false, error: big };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  const fail = (line: number, message: string): ImportResult<Codebook> => ({ ok: false, error: `Nothing was imported: line ${line}: ${message}` });

  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (i >= lines.length) return { ok: false, error: 'The file is empty.' };
  if (lines[i]!.trim() !== '%')
    return fail(i + 1, "a LIWC dictionary begins with a line holding only '%', then its numbered categories, then '%' again.");
  i++;
  const byNumber = new Map<number, DictionaryNode>();
  const order: DictionaryNode[] = [];
  for (; ; i++) {
    if (i >= lines.length) return fail(i, "the list of categories has no closing '%' line.");
    const raw = lines[i]!;
    const t = raw.trim();
    if (!t) continue;
    if (t === '%') break;
    const m = /^(\d+)\s+(\S+)(?:\s+(.*))?$/.exec(t);
    if (!m) return fail(i + 1, `"${t.slice(0, 60)}" is not a category: a number, a tab, and a name ("1\tposemo").`);
    const n = Number(m[1]);
    if (byNumber.has(n)) return fail(i + 1, `category number ${n} is declared twice.`);
    const node: DictionaryNode = { kind: 'concept', key: m[2]!, line: i + 1, terms: [] };
    byNumber.set(n, node);
    order.push(node);
  }
  if (!order.length) return fail(i + 1, 'the dictionary declares no categories.');
  i++;
  let entries = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t) continue;
    if (/[<>()]/.test(t) && /\d/.test(t))
      return fail(i + 1, `"${t.slice(0, 60)}" is a conditional entry of LIWC2007 (<…> or (…) after the word); the LIWC2015 format lists plain category numbers only.`);
    // The word ends at the first tab (a phrase may hold spaces, and digits: 'covid 19');
    // a file written with spaces only: the numbers are the trailing run of numbers.
    let word: string;
    let rest: string[];
    const tab = t.indexOf('\t');
    if (tab >= 0) {
      word = t.slice(0, tab).trim().replace(/\s+/g, ' ');
      rest = t.slice(tab + 1).trim().split(/\s+/).filter(Boolean);
    } else {
      const tokens = t.split(/\s+/);
      let k = tokens.length;
      while (k > 1 && /^\d+$/.test(tokens[k - 1]!)) k--;
      word = tokens.slice(0, k).join(' ');
      rest = tokens.slice(k);
    }
    if (!rest.length) return fail(i + 1, `"${word.slice(0, 60)}" has no category numbers after it.`);
    const bad = rest.find((x) => !/^\d+$/.test(x));
    if (bad !== undefined) return fail(i + 1, `"${bad}" after "${word.slice(0, 60)}" is not a category number.`);
    const numbers = rest.map(Number);
    const verdict = termVerdict(word);
    if (verdict.refuse) return fail(i + 1, verdict.refuse);
    for (const n of numbers) {
      const node = byNumber.get(n);
      if (!node) return fail(i + 1, `"${word}" names category ${n}, which the header does not declare.`);
      node.terms!.push({ text: word, line: i + 1 });
    }
    entries++;
  }
  const warnings: string[] = [];
  if (!entries) warnings.push('The dictionary has categories but no words.');
  return { ok: true, value: codebookFromTree(order, { ...opts, source: 'LIWC dictionary' }, warnings), warnings };
}

/**
 * A codebook as a LIWC dictionary: every concept a category (named by its id, spaces made
 * '_'), every term (all languages, as written) an entry with the numbers of the concepts
 * that have it, entries in alphabetical order as LIWC writes them.
 */
export function exportLiwcDic(cb: Codebook): string {
  const out: string[] = ['%'];
  const used = new Set<string>();
  const byWord = new Map<string, number[]>();
  cb.concepts.forEach((c, i) => {
    let name = c.id.replace(/\s+/g, '_');
    for (let k = 2; used.has(name); k++) name = `${c.id.replace(/\s+/g, '_')}_${k}`;
    used.add(name);
    out.push(`${i + 1}\t${name}`);
    for (const word of flatTerms(c)) {
      const key = word.replace(/\s+/g, ' ');
      const list = byWord.get(key) ?? [];
      if (!list.includes(i + 1)) list.push(i + 1);
      byWord.set(key, list);
    }
  });
  out.push('%');
  for (const word of [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out.push(`${word}\t${byWord.get(word)!.join('\t')}`);
  return out.join('\r\n') + '\r\n';
}
