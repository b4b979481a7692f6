/**
 * REFI-QDA codebooks (.qdc: QDA-XML codebook 1.0, REFI-QDA specification 1.5 §5.2; the
 * schema is tests/fixtures/refi-qda/Codebook.xsd), which NVivo, ATLAS.ti, MAXQDA, QDA
 * Miner, Quirkos, Transana and QualCoder read and write.
 *
 * A category is a code that is not codable (isCodable="false") holding its concepts and
 * sub-categories; a concept is a codable code; the diplomatic functions sit under one
 * more code, "Diplomatic functions". QDA-XML has no place for terms, references or ids,
 * so DiploLens writes them as plain lines at the end of a code's Description, where a
 * person reads them in any tool and DiploLens reads them back:
 *
 *   The conduct of diplomacy through the internet …        ← the definition
 *
 *   Terms (en): digital diplomacy; e-diplomacy; AI [case-sensitive]
 *   Reference: turayeva-2023
 *   DiploLens id: digital-diplomacy
 *
 * A codebook from another tool has none of these lines: its codes' names are used as
 * their terms, matched as written.
 * GUIDs: those a codebook came with are kept; others are UUID v5 of the codebook and
 * the id (guid.ts), so exporting twice names the same codes.
 */
import type { Codebook, CodebookCategory, CodebookConcept, CodebookFunction, CodebookTerm } from '../model';
import { conceptColour, idFromLabel, UNDETERMINED } from '../model';
import { normaliseHex, PALETTE } from '../colour';
import { normaliseGuid, stableGuid } from '../guid';
import { checkTerm } from '../terms';
import { TOP_LEVEL_CATEGORY } from './dictionary';
import { type ImportResult, tooLarge } from './result';
import { attrs, childNamed, childrenNamed, escText, parseXml, type XmlElement, XmlReadError } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const FUNCTIONS_CODE_NAME = 'Diplomatic functions';
const FUNCTIONS_MARK = '(diplomatic functions)';

// ---------------------------------------------------------------- writing

const ID_LINE = 'DiploLens id: ';
const termLabel = (t: CodebookTerm) => t.text.trim() + (t.caseSensitive ? ' [case-sensitive]' : t.exact ? ' [exact]' : '');

function describe(body: string, lines: string[]): string {
  const text = body.trim();
  return lines.length ? `${text}${text ? '\n\n' : ''}${lines.join('\n')}` : text;
}

export function conceptDescription(c: CodebookConcept): string {
  const lines: string[] = [];
  for (const [lang, list] of Object.entries(c.terms)) if (list.length) lines.push(`Terms (${lang}): ${list.map(termLabel).join('; ')}`);
  for (const [word, stems] of Object.entries(c.stems ?? {})) lines.push(`Stems (${word}): ${stems.join('; ')}`);
  for (const r of c.references) lines.push(`Reference: ${r.replace(/\s*\n\s*/g, ' ')}`);
  lines.push(ID_LINE + c.id);
  return describe(c.definition, lines);
}

/** The guids of a codebook's codes as an export writes them (kept ones, else stable ones). */
export interface CodeGuids {
  category(c: CodebookCategory): string;
  concept(c: CodebookConcept): string;
  fn(f: CodebookFunction): string;
  functionsRoot: string;
}

export function codeGuids(cb: Codebook): CodeGuids {
  return {
    category: (c) => (c.guid && normaliseGuid(c.guid)) || stableGuid('category', cb.id, c.id),
    concept: (c) => (c.guid && normaliseGuid(c.guid)) || stableGuid('concept', cb.id, c.id),
    fn: (f) => (f.guid && normaliseGuid(f.guid)) || stableGuid('function', cb.id, f.id),
    functionsRoot: stableGuid('functions-root', cb.id),
  };
}

/**
 * The <Code> elements of a codebook (shared by .qdc and a project's <CodeBook>), indented
 * by `indent`. `extra` codes (e.g. concepts examples name that the codebook lacks) go last.
 */
export function codeElements(cb: Codebook, indent: string, guids: CodeGuids = codeGuids(cb), extra = ''): string {
  const out: string[] = [];
  const code = (pad: string, guid: string, name: string, codable: boolean, colour: string | undefined, description: string, inner: () => void) => {
    const head = `${pad}<Code${attrs([['guid', guid], ['name', name], ['isCodable', String(codable)], ['color', colour]])}`;
    const before = out.length;
    if (description) out.push(`${pad}  <Description>${escText(description)}</Description>`);
    inner();
    if (out.length === before) out.push(`${head}/>`);
    else {
      out.splice(before, 0, `${head}>`);
      out.push(`${pad}</Code>`);
    }
  };
  const conceptCode = (pad: string, c: CodebookConcept) =>
    code(pad, guids.concept(c), c.label, true, conceptColour(cb, c), conceptDescription(c), () => {});
  const children = new Map<string | undefined, CodebookCategory[]>();
  for (const cat of cb.categories) {
    if (cat.id === TOP_LEVEL_CATEGORY) continue;
    const p = cat.parent !== undefined && cb.categories.some((x) => x.id === cat.parent) ? cat.parent : undefined;
    children.set(p, [...(children.get(p) ?? []), cat]);
  }
  const category = (pad: string, cat: CodebookCategory, seen: Set<string>) => {
    if (seen.has(cat.id)) return;
    seen.add(cat.id);
    code(pad, guids.category(cat), cat.label, false, normaliseHex(cat.colour), describe(cat.description, [ID_LINE + cat.id]), () => {
      for (const sub of children.get(cat.id) ?? []) category(`${pad}  `, sub, seen);
      for (const c of cb.concepts) if (c.category === cat.id) conceptCode(`${pad}  `, c);
    });
  };
  const seen = new Set<string>();
  for (const cat of children.get(undefined) ?? []) category(indent, cat, seen);
  for (const c of cb.concepts) if (c.category === TOP_LEVEL_CATEGORY || !cb.categories.some((x) => x.id === c.category)) conceptCode(indent, c);
  if (cb.functions.length)
    code(indent, guids.functionsRoot, FUNCTIONS_CODE_NAME, false, undefined, describe('What a post or page does, coded by hand.', [ID_LINE + FUNCTIONS_MARK]), () => {
      for (const f of cb.functions)
        code(`${indent}  `, guids.fn(f), f.label, true, undefined, describe(f.definition, [
          ...f.concepts.map((id) => `Suggested by concept: ${id}`),
          ...f.references.map((r) => `Reference: ${r.replace(/\s*\n\s*/g, ' ')}`),
          ID_LINE + f.id,
        ]), () => {});
    });
  if (extra) out.push(extra);
  return out.join('\n');
}

export function exportQdc(cb: Codebook, opts: { origin: string }): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook${attrs([['xmlns', QDC_NAMESPACE], ['origin', opts.origin]])}>`,
    '  <Codes>',
    codeElements(cb, '    '),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- reading

interface Described {
  body: string;
  id?: string;
  terms: Record<string, CodebookTerm[]>;
  stems: Record<string, string[]>;
  references: string[];
  suggested: string[];
}

/** Splits a Description into the text and the lines DiploLens wrote after it. */
export function readDescription(text: string): Described {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: Described = { body: '', terms: {}, stems: {}, references: [], suggested: [] };
  let end = lines.length;
  // the metadata lines are the last block: read from the end while they match
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!.trim();
    let m: RegExpExecArray | null;
    if (!l && i === lines.length - 1) {
      end = i;
      continue;
    }
    if (l.startsWith(ID_LINE)) out.id = l.slice(ID_LINE.length).trim();
    else if ((m = /^Terms \(([^)]+)\): (.*)$/.exec(l))) {
      out.terms[m[1]!.trim()] = m[2]!
        .split('; ')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((x) => {
          const cs = / \[case-sensitive\]$/.exec(x);
          const ex = / \[exact\]$/.exec(x);
          if (cs) return { text: x.slice(0, cs.index), caseSensitive: true };
          if (ex) return { text: x.slice(0, ex.index), exact: true };
          return { text: x };
        });
    } else if ((m = /^Stems \(([^)]+)\): (.*)$/.exec(l))) out.stems[m[1]!] = m[2]!.split('; ').filter(Boolean);
    else if (l.startsWith('Reference: ')) out.references.unshift(l.slice('Reference: '.length));
    else if (l.startsWith('Suggested by concept: ')) out.suggested.unshift(l.slice('Suggested by concept: '.length));
    else break;
    end = i;
  }
  // Terms lines were read bottom-up: put languages back in file order.
  out.terms = Object.fromEntries(Object.entries(out.terms).reverse());
  out.stems = Object.fromEntries(Object.entries(out.stems).reverse());
  out.body = lines.slice(0, end).join('\n').trim();
  return out;
}

class Refusal extends Error {}

/** Reads a .qdc (or the CodeBook of a project.qde) into a codebook. */
export function parseQdc(text: string, opts: { id: string; name: string; now: number }): ImportResult<Codebook> {
  const big = tooLarge(text.length);
  if (big) return { ok: false, error: big };
  if (!text.trim()) return { ok: false, error: 'The file is empty.' };
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlReadError) return { ok: false, error: `The file is not well-formed XML: ${e.message}` };
    throw e;
  }
  let codesParent: XmlElement | undefined;
  if (root.name === 'CodeBook' && root.ns === QDC_NAMESPACE) codesParent = childNamed(root, 'Codes');
  else if (root.name === 'Project' && root.ns === PROJECT_NAMESPACE) codesParent = childNamed(childNamed(root, 'CodeBook') ?? root, 'Codes');
  else
    return {
      ok: false,
      error: `This is not a REFI-QDA codebook: its root element is <${root.name}>${root.ns ? ` in namespace ${root.ns}` : ''}, not <CodeBook xmlns="${QDC_NAMESPACE}">.`,
    };
  if (!codesParent) return { ok: false, error: `line ${root.line}: the codebook has no <Codes>.` };

  const categories: CodebookCategory[] = [];
  const concepts: CodebookConcept[] = [];
  const functions: CodebookFunction[] = [];
  const warnings: string[] = [];
  // categories, concepts and functions are three id spaces ('nation-branding' is a concept and a function)
  const idSpaces = { category: new Set<string>(), concept: new Set<string>(), function: new Set<string>() };
  const guids = new Set<string>();
  let colour = 0;
  let namedTerms = 0;
  const takeId = (wanted: string | undefined, label: string, fallback: 'category' | 'concept' | 'function') => {
    const ids = idSpaces[fallback];
    if (wanted && !ids.has(wanted) && !wanted.includes(';')) {
      ids.add(wanted);
      return wanted;
    }
    const id = idFromLabel(label, ids, fallback);
    ids.add(id);
    return id;
  };
  const attr = (el: XmlElement, name: string) => {
    const v = el.attrs[name];
    if (v === undefined) throw new Refusal(`line ${el.line}: a <${el.name}> has no ${name}="…".`);
    return v;
  };
  const readCode = (el: XmlElement) => {
    const rawGuid = attr(el, 'guid');
    const guid = normaliseGuid(rawGuid);
    if (!guid) throw new Refusal(`line ${el.line}: guid="${rawGuid}" is not a GUID.`);
    if (guids.has(guid)) throw new Refusal(`line ${el.line}: the guid ${guid} is used by two codes.`);
    guids.add(guid);
    const name = attr(el, 'name').trim();
    const codable = attr(el, 'isCodable').trim();
    if (!['true', 'false', '1', '0'].includes(codable)) throw new Refusal(`line ${el.line}: isCodable="${codable}" must be true or false.`);
    const rawColour = el.attrs['color'];
    const hex = rawColour ? normaliseHex(rawColour) : undefined;
    if (rawColour && !hex) throw new Refusal(`line ${el.line}: color="${rawColour}" is not a colour (#rrggbb).`);
    return { guid, name: name || '(no name)', codable: codable === 'true' || codable === '1', colour: hex, description: readDescription(childNamed(el, 'Description')?.text ?? ''), subcodes: childrenNamed(el, 'Code') };
  };

  const concept = (c: ReturnType<typeof readCode>, category: string, parentColour: string | undefined) => {
    let terms = c.description.terms;
    if (!Object.keys(terms).length && !checkTerm(c.name, UNDETERMINED).some((p) => p.level === 'error')) {
      terms = { [UNDETERMINED]: [{ text: c.name }] };
      namedTerms++;
    }
    concepts.push({
      id: takeId(c.description.id, c.name, 'concept'),
      label: c.name,
      definition: c.description.body,
      category,
      ...(c.colour && c.colour !== parentColour && { colour: c.colour }),
      references: c.description.references,
      terms,
      ...(Object.keys(c.description.stems).length && { stems: c.description.stems }),
      guid: c.guid,
    });
  };
  const walk = (els: XmlElement[], parent: CodebookCategory | undefined) => {
    for (const el of els) {
      const c = readCode(el);
      if (c.description.id === FUNCTIONS_MARK && parent === undefined) {
        for (const fel of c.subcodes) {
          const f = readCode(fel);
          functions.push({ id: takeId(f.description.id, f.name, 'function'), label: f.name, definition: f.description.body, references: f.description.references, concepts: f.description.suggested, guid: f.guid });
        }
        continue;
      }
      if (c.subcodes.length || !c.codable) {
        const cat: CodebookCategory = {
          id: takeId(c.description.id, c.name, 'category'),
          label: c.name,
          description: c.description.body,
          colour: c.colour ?? parent?.colour ?? PALETTE[colour++ % PALETTE.length]!,
          ...(parent && { parent: parent.id }),
          guid: c.guid,
        };
        categories.push(cat);
        // A codable code with sub-codes: the code itself is also a concept of its category.
        if (c.codable) concept({ ...c, guid: normaliseGuid(stableGuid('concept', opts.id, c.guid))! }, cat.id, cat.colour);
        walk(c.subcodes, cat);
      } else {
        let cat = parent;
        if (!cat) {
          cat = categories.find((x) => x.id === TOP_LEVEL_CATEGORY);
          if (!cat) {
            cat = { id: TOP_LEVEL_CATEGORY, label: 'Top level', description: 'Codes at the top level of the codebook.', colour: PALETTE[colour++ % PALETTE.length]! };
            idSpaces.category.add(TOP_LEVEL_CATEGORY);
            categories.unshift(cat);
          }
        }
        concept(c, cat.id, cat.colour);
      }
    }
  };
  try {
    walk(childrenNamed(codesParent, 'Code'), undefined);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: `Nothing was imported: ${e.message}` };
    throw e;
  }
  if (!concepts.length && !categories.length) return { ok: false, error: 'The codebook has no codes.' };
  if (namedTerms) warnings.push(`${namedTerms} code${namedTerms === 1 ? ' has' : 's have'} no terms: ${namedTerms === 1 ? 'its name is' : 'their names are'} used as terms, matched as written. Add terms in the editor.`);
  const origin = root.attrs['origin'];
  return {
    ok: true,
    value: {
      id: opts.id,
      name: opts.name,
      description: origin ? `Imported from a REFI-QDA codebook made by ${origin}.` : 'Imported from a REFI-QDA codebook.',
      version: '1',
      builtIn: false,
      categories,
      concepts,
      functions,
      createdAt: opts.now,
      updatedAt: opts.now,
    },
    warnings,
  };
}
