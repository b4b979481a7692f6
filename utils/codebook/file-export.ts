/**
 * A codebook as a file in each format the editor offers: the text, a file name from the
 * codebook's name, and its media type. The format modules do the writing; this only picks.
 */
import type { Codebook } from './model';
import { exportCodebookJson } from './formats/json';
import { exportLiwcDic } from './formats/liwc';
import { exportQdc } from './formats/qdc';
import { exportQuantedaYaml } from './formats/yaml';
import type { CodebookFormat } from './formats/index';

export const EXPORT_FORMATS: readonly CodebookFormat[] = ['yaml', 'dic', 'qdc', 'json'];

const EXTENSION: Readonly<Record<CodebookFormat, string>> = { yaml: 'yml', dic: 'dic', qdc: 'qdc', json: 'json' };
const TYPE: Readonly<Record<CodebookFormat, string>> = {
  yaml: 'application/yaml',
  dic: 'text/plain',
  qdc: 'application/xml',
  json: 'application/json',
};

/** A file name from the codebook's name: letters of any script kept, what file systems refuse taken out. */
export function codebookFileName(name: string, format: CodebookFormat): string {
  const base =
    name
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'codebook';
  return `${base}.${EXTENSION[format]}`;
}

export function codebookFile(cb: Codebook, format: CodebookFormat, opts: { origin: string }): { name: string; text: string; type: string } {
  const text =
    format === 'yaml' ? exportQuantedaYaml(cb) : format === 'dic' ? exportLiwcDic(cb) : format === 'qdc' ? exportQdc(cb, { origin: opts.origin }) : exportCodebookJson(cb);
  return { name: codebookFileName(cb.name, format), text, type: `${TYPE[format]};charset=utf-8` };
}
