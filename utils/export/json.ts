/**
 * The JSON backup: DiploLens's own lossless format, and its import.
 *
 *   { "format": "diplolens-examples", "version": 1, "exportedAt": ISO-8601,
 *     "lexiconVersion": "…", "count": n, "examples": [Example, …],
 *     "corrections": [Correction, …] }
 *
 * `corrections` (the user's corrections of source judgements, utils/detect/correction.ts)
 * was added later; a backup without it imports as before, and one with a malformed
 * correction is refused whole, like one with a malformed example.
 *
 * `parseImport` validates the whole file before anything is written (the
 * caller passes the result to `importMerge`, one transaction): a file with any
 * error yields `{ ok: false }` and no examples at all. Strings are kept as
 * plain text — markup such as '<img onerror=…>' is data, never rendered as HTML.
 */
import type { Example } from '../model/example';
import { EXAMPLE_LIMITS } from '../model/limits';
import { describe, newNotes } from '../model/read';
import { readExample, rowWarnings } from '../model/read-example';
import { sniffNotJson, type ImportProblem } from './import-problem';
import { pageTranslator } from '../i18n/index';
import { readCorrections, type Correction } from '../detect/correction';

export const JSON_FORMAT = 'diplolens-examples';
export const JSON_VERSION = 1;

export interface FileLimits {
  /** Characters of text (UTF-16 code units; a UTF-8 file never has more characters than bytes). */
  fileChars: number;
  examples: number;
}

/**
 * 400 Mi characters, not the 200 MB first planned: a pretty-printed backup of
 * 100,000 realistic examples (quote plus ~200 characters of context each side,
 * stored twice: fields and TextQuoteSelector) is ~270 M characters (bench/export.ts),
 * and DiploLens must read back its own backups. V8 cannot hold a string longer
 * than ~512 Mi characters anyway, so this is also near the most a page can read.
 */
export const FILE_LIMITS: Readonly<FileLimits> = {
  fileChars: 400 * 1024 * 1024,
  examples: 1_000_000,
};

export interface JsonExportOptions {
  now: Date;
  lexiconVersion: string;
  /** The user's codebooks, every version (utils/codebook/model.ts): written when there are any. */
  codebooks?: readonly unknown[];
  /** The user's corrections, written after the examples when given. */
  corrections?: readonly Correction[];
}

/**
 * Reads one of a backup's codebooks (utils/codebook/formats/json.ts readCodebookValue, passed
 * in so this module stays below the codebook one): its value, or why it cannot be read.
 */
export type ReadCodebook<C> = (value: unknown, at: string) => { ok: true; value: C } | { ok: false; error: string };

export interface JsonBackup {
  format: typeof JSON_FORMAT;
  version: number;
  exportedAt: string;
  lexiconVersion: string;
  count: number;
  examples: BackupRow[];
  /** Every version of every codebook of the user's (added with codebooks; absent when there are none). */
  codebooks?: unknown[];
  corrections?: Correction[];
}

/**
 * A row as a backup writes it: as stored, with the platform written again
 * beside the detection. The database keeps it once (`detection.platform`,
 * schema v3), but backups made before held it on the row, and so older
 * DiploLens versions and the user's own scripts read it there: the backup's
 * fields are only ever added, never taken away. The importer reads it back
 * into the detection (LEGACY_FIELDS).
 */
export type BackupRow = Example & { platform: Example['detection']['platform'] };

function backupRow(e: Example): BackupRow {
  const { id, quote, prefix, suffix, selectors, url, canonicalUrl, title, site, ...rest } = e;
  // The old place in the field order, after `site`, so a backup reads as it always did.
  return { id, quote, prefix, suffix, selectors, url, canonicalUrl, title, site, platform: e.detection.platform, ...rest };
}

/**
 * A refusal carries the problem as data (`problem`, which the library says in its language,
 * import-problem.ts) and in English words (`error`, for the command line and logs). Neither
 * begins with "Nothing was imported": the caller says that, once, with the file's name.
 */
export type ImportResult<C = never> =
  | { ok: true; examples: Example[]; warnings: string[]; /** There when the caller gave a reader for them (parseImport's `readCodebook`). */ codebooks?: C[]; corrections?: Correction[] }
  | { ok: false; error: string; problem: ImportProblem };

/** Pretty-printed (2 spaces) so a backup can be read and diffed; rows are written as stored (backupRow). */
export function exportJson(rows: readonly Example[], opts: JsonExportOptions): string {
  const backup: JsonBackup = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt: opts.now.toISOString(),
    lexiconVersion: opts.lexiconVersion,
    count: rows.length,
    examples: rows.map(backupRow),
    ...(opts.codebooks?.length ? { codebooks: [...opts.codebooks] } : {}),
    ...(opts.corrections && { corrections: [...opts.corrections] }),
  };
  return JSON.stringify(backup, null, 2);
}

/** At most this many problems are listed in one error message. */
const MAX_LISTED = 5;

/** Validates a whole backup; `limits` is for tests (the defaults are FILE_LIMITS). */
export function parseImport<C = never>(input: string, limits: FileLimits = FILE_LIMITS, readCodebook?: ReadCodebook<C>): ImportResult<C> {
  const fail = (problem: ImportProblem, error: string): ImportResult<C> => ({ ok: false, error, problem });
  if (typeof input !== 'string') return fail({ code: 'unreadable' }, 'The file could not be read as text.');
  if (input.length > limits.fileChars) {
    const problem = { code: 'tooLarge', size: input.length, max: limits.fileChars } as const;
    return fail(problem, `The file is too large (${en.bytes(problem.size)} of text; at most ${en.bytes(problem.max)}).`);
  }
  // A byte-order mark is not JSON (RFC 8259 §8.1 lets parsers ignore it).
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.trim()) return fail({ code: 'empty' }, 'The file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // A file chosen by mistake (the CSV export, a spreadsheet, a codebook) is named as such, not by the parser's words.
    const kind = sniffNotJson(text);
    if (kind === 'csv')
      return fail({ code: 'csv' }, 'This is a CSV table, not a DiploLens backup. DiploLens imports only its own JSON backup (Export → Export JSON (backup)).');
    if (kind === 'other') return fail({ code: 'notBackup' }, NOT_BACKUP);
    const { problem, error } = syntaxProblem(text, e);
    return fail(problem, error);
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail({ code: 'notBackup' }, NOT_BACKUP);
  const top = data as Record<string, unknown>;
  if (top['format'] !== JSON_FORMAT) {
    return looksLikeWebAnnotation(top)
      ? fail(
          { code: 'webAnnotation' },
          'This is a W3C Web Annotation file. DiploLens exports that format but imports only its own JSON backup (format "diplolens-examples").',
        )
      : fail(
          { code: 'notBackup' },
          `This is not a DiploLens backup (its "format" is ${describe(top['format'])}, not "${JSON_FORMAT}"). DiploLens imports only its own JSON export.`,
        );
  }
  const version = top['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ code: 'badVersion' }, `The backup's "version" must be a whole number from 1, not ${describe(version)}.`);
  if (version > JSON_VERSION)
    return fail(
      { code: 'newer', version, reads: JSON_VERSION },
      `This backup was made by a newer DiploLens (format version ${n(version)}; this one reads version ${n(JSON_VERSION)}). Update DiploLens, then import it again.`,
    );

  const examples = top['examples'];
  if (!Array.isArray(examples)) return fail({ code: 'badList' }, `The backup's "examples" must be a list, not ${describe(examples)}.`);
  if (examples.length > limits.examples)
    return fail(
      { code: 'tooMany', count: examples.length, max: limits.examples },
      `The backup holds too many examples (${n(examples.length)}; at most ${n(limits.examples)}).`,
    );
  const count = top['count'];
  if (count !== undefined && typeof count !== 'number')
    return fail({ code: 'badList' }, `The backup's "count" must be a number, not ${describe(count)}.`);
  if (count !== undefined && count !== examples.length)
    return fail(
      { code: 'countMismatch', expected: count, actual: examples.length },
      `The backup says it holds ${n(count)} examples but has ${n(examples.length)}: the file may be truncated or edited.`,
    );

  const notes = newNotes();
  const out: Example[] = [];
  const firstIndex = new Map<string, number>();
  examples.forEach((value, i) => {
    const at = `examples[${i}]`;
    const example = readExample(value, at, notes);
    if (!example) return;
    const seen = firstIndex.get(example.id);
    if (seen !== undefined) notes.errors.push(`${at}.id "${example.id}" repeats the id of examples[${seen}]`);
    else firstIndex.set(example.id, i);
    out.push(example);
  });

  // Checked whole, like the examples: one malformed correction and nothing is imported.
  // Present in the result when the backup has the field (backups made before corrections existed have not).
  let corrections: Correction[] | undefined;
  if (top['corrections'] !== undefined) {
    const read = readCorrections(top['corrections'], 'corrections', Date.now());
    if (read.ok) corrections = read.corrections;
    else notes.errors.push(...read.errors);
  }

  for (const key of Object.keys(top))
    if (!['format', 'version', 'exportedAt', 'lexiconVersion', 'count', 'examples', ...(readCodebook ? ['codebooks'] : []), 'corrections'].includes(key)) notes.dropped.push(key);

  // Codebooks are read with the examples, and an error in one refuses the whole file like a bad example.
  const codebooks: C[] = [];
  const rawBooks = top['codebooks'];
  if (rawBooks !== undefined && readCodebook) {
    if (!Array.isArray(rawBooks)) notes.errors.push(`"codebooks" must be a list, not ${describe(rawBooks)}`);
    else
      rawBooks.forEach((v, i) => {
        const r = readCodebook(v, `codebooks[${i}]`);
        if (r.ok) codebooks.push(r.value);
        else notes.errors.push(r.error.replace(/\.$/, ''));
      });
  }

  if (notes.errors.length) {
    const problems = notes.errors.slice(0, MAX_LISTED);
    const more = notes.errors.length - MAX_LISTED;
    return fail(
      { code: 'badRows', count: notes.errors.length, problems },
      `${n(notes.errors.length)} problem${notes.errors.length === 1 ? '' : 's'} in the backup's examples: ${problems.join('; ')}${more > 0 ? ` (and ${n(more)} more)` : ''}.`,
    );
  }
  return { ok: true, examples: out, ...(readCodebook ? { codebooks } : {}), warnings: warnings(notes), ...(corrections && { corrections }) };
}

const NOT_BACKUP = 'This is not a DiploLens backup: DiploLens imports only its own JSON export (a file starting with {"format": "diplolens-examples", …}).';

/** Numbers and sizes in the English words as the library formats them in English (one way everywhere). */
const en = pageTranslator('en');
const n = (x: number) => en.number(x);

function warnings(notes: ReturnType<typeof newNotes>): string[] {
  const w: string[] = [];
  if (notes.dropped.length) {
    // 'examples[3].foo' and 'examples[9].foo' are one unknown field 'foo'.
    const byField = new Map<string, number>();
    for (const path of notes.dropped) {
      const field = path.replace(/^examples\[\d+\]\.?/, '') || path;
      byField.set(field, (byField.get(field) ?? 0) + 1);
    }
    const list = [...byField].map(([f, n]) => `"${f}"${n > 1 ? ` (${n}×)` : ''}`).join(', ');
    w.push(`Unknown fields were left out: ${list}.`);
  }
  w.push(...rowWarnings(notes));
  return w;
}

function looksLikeWebAnnotation(top: Record<string, unknown>): boolean {
  const ctx = JSON.stringify(top['@context'] ?? '');
  const type = JSON.stringify(top['type'] ?? '');
  return ctx.includes('anno.jsonld') || /Annotation(Collection|Page)?"/.test(type);
}

/**
 * "line 3, column 7" for a JSON syntax error. V8 (Chrome, Node) says "at
 * position N" (newer versions add "(line L column C)"); Firefox says "at line L
 * column C". The position is turned into a line and column here, so the message
 * does not depend on the browser; an error at the very end means a cut file.
 */
export function syntaxError(text: string, e: unknown): string {
  return syntaxProblem(text, e).error;
}

/** The same as data: a cut file, or a syntax error with its line and column when the parser gave a place. */
export function syntaxProblem(text: string, e: unknown): { problem: ImportProblem; error: string } {
  const message = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(message);
  const lineCol = /line (\d+),? column (\d+)/.exec(message);
  const endOfInput = /end of (JSON input|data)/i.test(message);
  const atEnd = pos ? Number(pos[1]) >= text.trimEnd().length : endOfInput;
  if (atEnd) return { problem: { code: 'truncated' }, error: 'The file ends too early: it looks truncated (was the download or copy interrupted?).' };
  let at: { line: number; column: number } | undefined;
  if (pos) at = lineColumn(text, Number(pos[1]));
  else if (lineCol) at = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const where = at ? ` at line ${at.line}, column ${at.column}` : '';
  return {
    problem: { code: 'notJson', ...at },
    error: `The file is not valid JSON${where}: ${message.replace(/ in JSON at position.*$/, '')}.`,
  };
}

/** 1-based line and column (in UTF-16 code units) of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The importer's caps: the one table of utils/model/limits.ts, under the name the import's tests use. */
export const IMPORT_LIMITS = EXAMPLE_LIMITS;
