/**
 * Why an import was refused, as data, and the words the library says about it.
 *
 * `parseImport` (json.ts) names the problem with a code and its numbers; the library turns it
 * into a sentence in the interface language here, so the message says "Nothing was imported"
 * once (the file's name, then the reason), formats every number and size the same way (Intl in
 * that language), and never shows a parser's own text ("Unexpected token 'q', "quote,url"…")
 * for a file chosen by mistake. The row-by-row details of a damaged backup ('examples[12].tags
 * must be a list of strings') stay as validate-example words them: they point into the file.
 */
import type { PageTranslator } from '../i18n/index';

export type ImportProblem =
  /** `size` and `max` in bytes (a character of text is at least one byte of the file). */
  | { code: 'tooLarge'; size: number; max: number }
  | { code: 'unreadable' }
  | { code: 'empty' }
  | { code: 'truncated' }
  /** A JSON syntax error; line and column when the parser said where. */
  | { code: 'notJson'; line?: number; column?: number }
  /** A table (CSV or TSV, DiploLens's own CSV export, say) chosen instead of the backup. */
  | { code: 'csv' }
  /** Some other file: another JSON, XML, a zip (.xlsx, .qdpx), a PDF, plain text. */
  | { code: 'notBackup' }
  | { code: 'webAnnotation' }
  | { code: 'badVersion' }
  | { code: 'newer'; version: number; reads: number }
  | { code: 'tooMany'; count: number; max: number }
  | { code: 'countMismatch'; expected: number; actual: number }
  | { code: 'badList' }
  /** `problems` lists the first few of `count`. */
  | { code: 'badRows'; count: number; problems: string[] };

/** What was refused or written, for the one message the library shows after an import. */
export type ImportOutcome =
  | { ok: true; added: number; updated: number; unchanged: number; warnings: readonly string[] }
  | { ok: false; problem: ImportProblem }
  /** Refused for another reason already in words (storage full, say). */
  | { ok: false; reason: string };

/** At most this many warnings are quoted in the message (the count says how many there were). */
const WARNINGS_QUOTED = 3;

/** The reason, in the interface language, starting in lower case (it follows 'Nothing was imported from x:'). */
export function describeImportProblem(p: ImportProblem, t: PageTranslator): string {
  switch (p.code) {
    case 'tooLarge':
      return t.t('import.tooLarge', { size: t.bytes(p.size), max: t.bytes(p.max) });
    case 'unreadable':
      return t.t('import.unreadable');
    case 'empty':
      return t.t('import.empty');
    case 'truncated':
      return t.t('import.truncated');
    case 'notJson':
      return p.line !== undefined && p.column !== undefined
        ? t.t('import.notJson', { line: p.line, column: p.column })
        : t.t('import.notJsonAnywhere');
    case 'csv':
      return t.t('import.csv');
    case 'notBackup':
      return t.t('import.notBackup');
    case 'webAnnotation':
      return t.t('import.webAnnotation');
    case 'badVersion':
      return t.t('import.badVersion');
    case 'newer':
      return t.t('import.newer', { version: p.version, reads: p.reads });
    case 'tooMany':
      return t.t('import.tooMany', { count: p.count, max: p.max });
    case 'countMismatch':
      return t.t('import.countMismatch', { expected: p.expected, actual: p.actual });
    case 'badList':
      return t.t('import.badList');
    case 'badRows':
      return t.t('import.badRows', { count: p.count, problems: `${p.problems.join('; ')}${p.count > p.problems.length ? '; …' : ''}.` });
  }
}

/** The library's one message after importing `file`: what was written, or why nothing was. */
export function importMessage(file: string, outcome: ImportOutcome, t: PageTranslator): string {
  if (!outcome.ok) {
    const reason = 'problem' in outcome ? describeImportProblem(outcome.problem, t) : outcome.reason;
    return t.t('import.failed', { file, reason });
  }
  const done = t.t('import.done', { file, added: outcome.added, updated: outcome.updated, unchanged: outcome.unchanged });
  if (!outcome.warnings.length) return done;
  const list = outcome.warnings.slice(0, WARNINGS_QUOTED).join(' ');
  return `${done} ${t.t('import.warnings', { count: outcome.warnings.length, list })}`;
}

/** Thrown by the library's import service so the view can say the problem in its language. */
export class ImportRefused extends Error {
  constructor(readonly problem: ImportProblem, english: string) {
    super(english);
    this.name = 'ImportRefused';
  }
}

/**
 * What a file that is not JSON at all is, from its first characters: a table, or something
 * else. null when it begins as JSON does ('{' or '['), so its syntax error is worth reporting.
 */
export function sniffNotJson(text: string): 'csv' | 'other' | null {
  const start = text.trimStart();
  if (/^[{[]/.test(start)) return null;
  // Zip (.xlsx, .qdpx, .docx), PDF, XML/HTML, and binary files: not tables.
  if (/^(PK\u0003\u0004|%PDF|<)/.test(start) || /[\u0000-\u0008\u000e-\u001f]/.test(start.slice(0, 512))) return 'other';
  const lines = start.split(/\r\n|\n|\r/, 6).filter((l) => l.trim());
  const first = lines[0] ?? '';
  // A header line with a separator, and the next line (if any) with the same one: a CSV or TSV.
  for (const sep of [',', ';', '\t']) {
    if (!first.includes(sep)) continue;
    if (lines.length < 2 || lines[1]!.includes(sep)) return 'csv';
  }
  return 'other';
}
