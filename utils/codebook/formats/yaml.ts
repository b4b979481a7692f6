/**
 * quanteda dictionaries in YAML (quanteda::dictionary(file = "x.yml"), as written by
 * as.yaml(dictionary)): nested keys are categories, a key whose value is a list is a code,
 * its items are patterns with '*' as "any ending" (quanteda's glob valuetype).
 *
 *   economy:
 *     - "econom*"
 *     - "trade"
 *   politics:
 *     foreign:
 *       - "diplomac*"
 *
 * Reading uses the `yaml` package with the failsafe schema (YAML 1.2 §10.1), so every
 * scalar is text: `no`, `on`, `1.0` and `null` stay the words they are. A file is refused,
 * with the line, when it is not YAML, not a dictionary, uses regular-expression or `?`
 * patterns (quanteda's regex valuetype has no counterpart here), or expands through
 * aliases into more entries than any codebook may have (an alias bomb).
 *
 * Writing quotes every key and value (double quotes), so readers that still follow YAML 1.1
 * (R's `yaml` package, which quanteda uses) read `no` as text, not FALSE.
 */
import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Codebook } from '../model';
import { categoryPath } from '../model';
import { codebookFromTree, type DictionaryNode, flatTerms, MAX_DICTIONARY_NODES, termVerdict, TOP_LEVEL_CATEGORY, type TreeOptions } from './dictionary';
import { type ImportResult, tooLarge } from './result';

class Refusal extends Error {}

/**
 * Aliases followed while reading, at most. A dictionary rarely shares a list or two; an
 * alias bomb ("billion laughs") nests references so their uses grow tenfold per level.
 */
export const MAX_ALIAS_USES = 1_000;

export function parseQuantedaYaml(text: string, opts: Omit<TreeOptions, 'source'>): ImportResult<Codebook> {
  const big = tooLarge(text.length);
  if (big) return { ok: false, error: big };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!source.trim()) return { ok: false, error: 'The file is empty.' };
  const lines = new LineCounter();
  const doc = parseDocument(source, { schema: 'failsafe', lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const what = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, error: `The file is not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${what}.` };
  }
  const lineOf = (n: YamlNode | null | undefined) => (n?.range ? lines.linePos(n.range[0]).line : 1);
  let visited = 0;
  let aliases = 0;
  const resolve = (n: unknown): unknown => {
    if (++visited > MAX_DICTIONARY_NODES)
      throw new Refusal(`The file expands to more than ${MAX_DICTIONARY_NODES.toLocaleString('en')} entries: more than any codebook may hold.`);
    if (!isAlias(n)) return n;
    if (++aliases > MAX_ALIAS_USES)
      throw new Refusal(
        `line ${lineOf(n)}: the file uses its aliases (*references to &anchors) more than ${MAX_ALIAS_USES.toLocaleString('en')} times as it is read: refused as an alias bomb.`,
      );
    const target = n.resolve(doc);
    if (!target) throw new Refusal(`line ${lineOf(n)}: the alias *${n.source} names no anchor.`);
    return resolve(target);
  };

  const warnings: string[] = [];
  const walk = (map: unknown): DictionaryNode[] => {
    if (!isMap(map)) throw new Refusal('not a map');
    const out: DictionaryNode[] = [];
    for (const pair of map.items) {
      const keyNode = resolve(pair.key);
      if (!isScalar(keyNode)) throw new Refusal(`line ${lineOf(pair.key as YamlNode)}: a key must be a word, not a list or mapping.`);
      const key = String(keyNode.value).trim();
      const line = lineOf(keyNode);
      if (!key) throw new Refusal(`line ${line}: a key is empty.`);
      const value = resolve(pair.value);
      if (isMap(value)) {
        out.push({ kind: 'category', key, line, children: walk(value) });
      } else if (isSeq(value)) {
        const terms: { text: string; line: number }[] = [];
        for (const item of value.items) {
          const v = resolve(item);
          if (!isScalar(v)) throw new Refusal(`line ${lineOf(item as YamlNode)}: the patterns of "${key}" must be words, not lists or mappings.`);
          terms.push({ text: String(v.value), line: lineOf(v) });
        }
        out.push({ kind: 'concept', key, line, terms });
      } else if (isScalar(value) && String(value.value).trim()) {
        // `key: pattern` for a one-pattern code
        out.push({ kind: 'concept', key, line, terms: [{ text: String(value.value), line: lineOf(value) }] });
      } else {
        warnings.push(`line ${line}: "${key}" has no patterns.`);
        out.push({ kind: 'concept', key, line, terms: [] });
      }
    }
    return out;
  };

  let roots: DictionaryNode[];
  try {
    if (!isMap(doc.contents))
      return { ok: false, error: 'This is not a quanteda dictionary: the file must be a mapping of keys (categories) to lists of patterns.' };
    roots = walk(doc.contents);
    // Patterns of another syntax: the whole file is refused, naming the first.
    const check = (nodes: DictionaryNode[]) => {
      for (const n of nodes) {
        for (const t of n.terms ?? []) {
          const v = termVerdict(t.text);
          if (v.refuse) throw new Refusal(`line ${t.line}: ${v.refuse} (quanteda's regular-expression dictionaries cannot be imported.)`);
        }
        check(n.children ?? []);
      }
    };
    check(roots);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: `Nothing was imported: ${e.message}` };
    throw e;
  }
  if (!roots.length) return { ok: false, error: 'The dictionary has no keys.' };
  return { ok: true, value: codebookFromTree(roots, { ...opts, source: 'quanteda dictionary' }, warnings), warnings };
}

/** A codebook as a quanteda dictionary: categories nested, each concept's terms (all languages) as its patterns. */
export function exportQuantedaYaml(cb: Codebook): string {
  type Tree = Map<string, Tree | string[]>;
  const root: Tree = new Map();
  const nodeOf = new Map<string, Tree>();
  const put = (tree: Tree, label: string, value: Tree | string[]) => {
    let key = label.trim() || '(no label)';
    for (let i = 2; tree.has(key); i++) key = `${label} (${i})`;
    tree.set(key, value);
  };
  const treeFor = (categoryId: string): Tree => {
    if (categoryId === TOP_LEVEL_CATEGORY) return root;
    const known = nodeOf.get(categoryId);
    if (known) return known;
    let tree = root;
    for (const cat of categoryPath(cb, categoryId)) {
      let next = nodeOf.get(cat.id);
      if (!next) {
        next = new Map();
        nodeOf.set(cat.id, next);
        put(tree, cat.label, next);
      }
      tree = next;
    }
    return tree;
  };
  // categories first, in codebook order, so empty ones are kept too
  for (const cat of cb.categories) if (cat.id !== TOP_LEVEL_CATEGORY) treeFor(cat.id);
  for (const c of cb.concepts) put(treeFor(c.category), c.label, flatTerms(c));

  const toPlain = (t: Tree): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of t) o[k] = Array.isArray(v) ? v : toPlain(v);
    return o;
  };
  const doc = new Document(toPlain(root));
  doc.commentBefore = ` quanteda dictionary, exported by DiploLens from "${cb.name.replace(/[\r\n]+/g, ' ')}" (version ${cb.version}).\n In R: quanteda::dictionary(file = "this-file.yml"). '*' matches any ending.`;
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE', lineWidth: 0 });
}
