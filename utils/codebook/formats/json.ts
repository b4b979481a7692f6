/**
 * DiploLens's own codebook file: lossless (every field of model.ts), for backups, sharing
 * between researchers and the command line.
 *
 *   { "format": "diplolens-codebook", "version": 1, "codebook": { id, name, … } }
 *
 * Reading checks every field's type before the codebook is used; a file with any error
 * gives a message naming the field, and no codebook.
 */
import { syntaxError } from '../../export/json';
import type { Codebook, CodebookCategory, CodebookConcept, CodebookFunction, CodebookTerm } from '../model';
import { normaliseHex } from '../colour';
import type { ImportResult } from './result';

export const CODEBOOK_JSON_FORMAT = 'diplolens-codebook';
export const CODEBOOK_JSON_VERSION = 1;

export function exportCodebookJson(cb: Codebook): string {
  return JSON.stringify({ format: CODEBOOK_JSON_FORMAT, version: CODEBOOK_JSON_VERSION, codebook: cb }, null, 2) + '\n';
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  errors: string[] = [];
  str(o: Record<string, unknown>, key: string, at: string, opts: { optional?: boolean; fallback?: string } = {}): string | undefined {
    const v = o[key];
    if (v === undefined && (opts.optional || opts.fallback !== undefined)) return opts.fallback;
    if (typeof v !== 'string') {
      this.errors.push(`${at}.${key} must be text`);
      return undefined;
    }
    return v;
  }
  strings(o: Record<string, unknown>, key: string, at: string): string[] {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.errors.push(`${at}.${key} must be a list of texts`);
      return [];
    }
    return v as string[];
  }
  list(o: Record<string, unknown>, key: string, at: string): unknown[] {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.errors.push(`${at}.${key} must be a list`);
      return [];
    }
    return v;
  }
  colour(o: Record<string, unknown>, key: string, at: string, optional: boolean): string | undefined {
    const v = this.str(o, key, at, { optional });
    if (v === undefined) return undefined;
    const hex = normaliseHex(v);
    if (!hex) this.errors.push(`${at}.${key} "${v}" is not a colour (#rrggbb)`);
    return hex;
  }
}

function readTerm(r: Reader, v: unknown, at: string): CodebookTerm | undefined {
  if (typeof v === 'string') return { text: v };
  if (!isObj(v)) {
    r.errors.push(`${at} must be a term {"text": …} or a text`);
    return undefined;
  }
  const text = r.str(v, 'text', at);
  for (const flag of ['exact', 'caseSensitive'] as const)
    if (v[flag] !== undefined && typeof v[flag] !== 'boolean') r.errors.push(`${at}.${flag} must be true or false`);
  if (text === undefined) return undefined;
  return { text, ...(v['exact'] === true && { exact: true }), ...(v['caseSensitive'] === true && { caseSensitive: true }) };
}

function readConcept(r: Reader, v: unknown, at: string): CodebookConcept | undefined {
  if (!isObj(v)) {
    r.errors.push(`${at} must be an object`);
    return undefined;
  }
  const id = r.str(v, 'id', at);
  const label = r.str(v, 'label', at);
  const category = r.str(v, 'category', at);
  const definition = r.str(v, 'definition', at, { fallback: '' });
  const colour = r.colour(v, 'colour', at, true);
  const references = r.strings(v, 'references', at);
  const terms: Record<string, CodebookTerm[]> = {};
  const rawTerms = v['terms'];
  if (rawTerms !== undefined && !isObj(rawTerms)) r.errors.push(`${at}.terms must be an object of languages`);
  else if (rawTerms)
    for (const [lang, list] of Object.entries(rawTerms)) {
      if (!Array.isArray(list)) {
        r.errors.push(`${at}.terms.${lang} must be a list`);
        continue;
      }
      terms[lang] = list.map((t, i) => readTerm(r, t, `${at}.terms.${lang}[${i}]`)).filter((t): t is CodebookTerm => t !== undefined);
    }
  let stems: Record<string, string[]> | undefined;
  if (v['stems'] !== undefined) {
    if (!isObj(v['stems']) || Object.values(v['stems']).some((s) => !Array.isArray(s) || s.some((x) => typeof x !== 'string')))
      r.errors.push(`${at}.stems must map words to lists of stems`);
    else stems = v['stems'] as Record<string, string[]>;
  }
  const guid = r.str(v, 'guid', at, { optional: true });
  if (id === undefined || label === undefined || category === undefined || definition === undefined) return undefined;
  return { id, label, definition, category, ...(colour && { colour }), references, terms, ...(stems && { stems }), ...(guid && { guid }) };
}

function readCategory(r: Reader, v: unknown, at: string): CodebookCategory | undefined {
  if (!isObj(v)) {
    r.errors.push(`${at} must be an object`);
    return undefined;
  }
  const id = r.str(v, 'id', at);
  const label = r.str(v, 'label', at);
  const description = r.str(v, 'description', at, { fallback: '' });
  const colour = r.colour(v, 'colour', at, false);
  const parent = r.str(v, 'parent', at, { optional: true });
  const guid = r.str(v, 'guid', at, { optional: true });
  if (id === undefined || label === undefined || description === undefined || colour === undefined) return undefined;
  return { id, label, description, colour, ...(parent !== undefined && { parent }), ...(guid && { guid }) };
}

function readFunction(r: Reader, v: unknown, at: string): CodebookFunction | undefined {
  if (!isObj(v)) {
    r.errors.push(`${at} must be an object`);
    return undefined;
  }
  const id = r.str(v, 'id', at);
  const label = r.str(v, 'label', at);
  const definition = r.str(v, 'definition', at, { fallback: '' });
  const guid = r.str(v, 'guid', at, { optional: true });
  if (id === undefined || label === undefined || definition === undefined) return undefined;
  return { id, label, definition, references: r.strings(v, 'references', at), concepts: r.strings(v, 'concepts', at), ...(guid && { guid }) };
}

/** Reads a codebook from its JSON file (or the bare codebook object). */
export function parseCodebookJson(text: string): ImportResult<Codebook> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, error: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: syntaxError(body, e) };
  }
  if (!isObj(data)) return { ok: false, error: 'This is not a DiploLens codebook: the file must hold an object.' };
  let top = data;
  if (data['format'] !== undefined) {
    if (data['format'] !== CODEBOOK_JSON_FORMAT)
      return {
        ok: false,
        error:
          data['format'] === 'diplolens-examples'
            ? 'This is a DiploLens backup of examples, not a codebook.'
            : `This is not a DiploLens codebook (its "format" is ${JSON.stringify(data['format'])}, not "${CODEBOOK_JSON_FORMAT}").`,
      };
    const version = data['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return { ok: false, error: `The codebook file's "version" must be a whole number from 1, not ${JSON.stringify(version)}.` };
    if (version > CODEBOOK_JSON_VERSION)
      return { ok: false, error: `This codebook was made by a newer DiploLens (format version ${version}; this one reads ${CODEBOOK_JSON_VERSION}). Update DiploLens, then open it again.` };
    if (!isObj(data['codebook'])) return { ok: false, error: 'The file\'s "codebook" must be an object.' };
    top = data['codebook'];
  }
  return readCodebookValue(top);
}

/**
 * A codebook object (a file's "codebook", or one of a backup's "codebooks") read field by
 * field; `at` names it in messages ("codebooks[2]").
 */
export function readCodebookValue(top: unknown, at = 'codebook'): ImportResult<Codebook> {
  if (!isObj(top)) return { ok: false, error: `The codebook cannot be read: ${at} must be an object.` };
  const r = new Reader();
  const id = r.str(top, 'id', at, { fallback: '' });
  const name = r.str(top, 'name', at);
  const description = r.str(top, 'description', at, { fallback: '' });
  const version = r.str(top, 'version', at, { fallback: '1' });
  const categories = r.list(top, 'categories', at).map((v, i) => readCategory(r, v, `${at}.categories[${i}]`));
  const concepts = r.list(top, 'concepts', at).map((v, i) => readConcept(r, v, `${at}.concepts[${i}]`));
  const functions = r.list(top, 'functions', at).map((v, i) => readFunction(r, v, `${at}.functions[${i}]`));
  const time = (k: string) => (typeof top[k] === 'number' && Number.isFinite(top[k]) ? (top[k] as number) : 0);
  if (r.errors.length) {
    const listed = r.errors.slice(0, 5).join('; ');
    const more = r.errors.length - 5;
    return { ok: false, error: `The codebook cannot be read: ${listed}${more > 0 ? ` (and ${more} more)` : ''}.` };
  }
  return {
    ok: true,
    value: {
      id: id!,
      name: name!,
      description: description!,
      version: version!,
      // A file never makes a built-in codebook: what is read is the user's.
      builtIn: false,
      categories: categories as CodebookCategory[],
      concepts: concepts as CodebookConcept[],
      functions: functions as CodebookFunction[],
      createdAt: time('createdAt'),
      updatedAt: time('updatedAt'),
    },
    warnings: [],
  };
}
