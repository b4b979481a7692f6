/**
 * Opening a dictionary or codebook file: the format is chosen by the file's extension,
 * else by its first characters. Every reader checks the whole file first: a file with
 * an error gives one message (naming the line where there is one) and no codebook.
 */
import type { Codebook } from '../model';
import { errorsOf, summarise, validateCodebook, warningsOf } from '../validate';
import { parseCodebookJson } from './json';
import { parseLiwcDic } from './liwc';
import { parseQdc } from './qdc';
import type { ImportResult } from './result';
import { parseQuantedaYaml } from './yaml';

export type CodebookFormat = 'yaml' | 'dic' | 'qdc' | 'json';

export const FORMAT_NAMES: Readonly<Record<CodebookFormat, string>> = {
  yaml: 'quanteda dictionary (YAML)',
  dic: 'LIWC dictionary (.dic)',
  qdc: 'REFI-QDA codebook (.qdc)',
  json: 'DiploLens codebook (JSON)',
};

/** The extensions the file picker offers. */
export const CODEBOOK_EXTENSIONS = ['.yml', '.yaml', '.dic', '.qdc', '.xml', '.json'] as const;

export function formatOf(fileName: string, text: string): CodebookFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'yml' || ext === 'yaml') return 'yaml';
  if (ext === 'dic') return 'dic';
  if (ext === 'qdc' || ext === 'xml' || ext === 'qde') return 'qdc';
  if (ext === 'json') return 'json';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'qdc';
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('%')) return 'dic';
  if (/^[^\s#].*:/.test(head) || head.startsWith('#')) return 'yaml';
  return undefined;
}

/** A codebook's name from its file name: 'Policy agendas.yml' → 'Policy agendas'. */
export const nameFromFile = (fileName: string): string =>
  fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim() || 'Imported codebook';

export interface OpenOptions {
  /** The id the new codebook gets (a DiploLens JSON file keeps its own unless this is forced). */
  id: string;
  now: number;
  format?: CodebookFormat;
}

/**
 * Reads a file into a codebook and checks it (validate.ts): a codebook with errors is
 * refused, its warnings are returned with the reader's own.
 */
export function openCodebookFile(fileName: string, text: string, opts: OpenOptions): ImportResult<Codebook> & { format?: CodebookFormat } {
  const format = opts.format ?? formatOf(fileName, text);
  if (!format)
    return { ok: false, error: `"${fileName}" is not a format DiploLens reads: open a quanteda dictionary (.yml), a LIWC dictionary (.dic), a REFI-QDA codebook (.qdc) or a DiploLens codebook (.json).` };
  const base = { id: opts.id, name: nameFromFile(fileName), now: opts.now };
  const read =
    format === 'yaml' ? parseQuantedaYaml(text, base) : format === 'dic' ? parseLiwcDic(text, base) : format === 'qdc' ? parseQdc(text, base) : parseCodebookJson(text);
  if (!read.ok) return { ...read, format };
  const cb = read.value;
  if (format === 'json') {
    cb.id = opts.id;
    if (!cb.createdAt) cb.createdAt = opts.now;
    if (!cb.updatedAt) cb.updatedAt = opts.now;
  }
  const issues = validateCodebook(cb);
  const errors = errorsOf(issues);
  if (errors.length) return { ok: false, error: `Nothing was imported: ${summarise(errors)}`, format };
  const warned = warningsOf(issues);
  const warnings = [...read.warnings];
  if (warned.length) warnings.push(`${warned.length} note${warned.length === 1 ? '' : 's'} on the codebook: ${summarise(warned, 3)}`);
  return { ok: true, value: cb, warnings, format };
}
