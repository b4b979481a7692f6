/**
 * CSV exports for Excel, R, pandas and QDA tools (NVivo, MAXQDA, Taguette):
 *  - examples: one row per saved example, fixed documented columns;
 *  - coded segments: one row per example × concept (tidy, "long" data);
 *  - codebook: the concepts and the diplomatic functions with definitions.
 *
 * Format (RFC 4180): comma-separated, fields quoted with '"' only where needed
 * (a comma, quote, CR or LF inside, or leading/trailing space), '"' doubled
 * inside quoted fields (§2.5–2.7), records separated by CRLF (§2.1) with no
 * line break after the last record (§2.2 allows either), a header record first
 * (§2.3). Line breaks inside a value stay as they were, inside the quoted field.
 * Encoding UTF-8; `bom: true` prepends U+FEFF so Excel on Windows opens the
 * file as UTF-8 instead of the ANSI code page.
 *
 * Every cell is passed through `neutraliseFormula` (see cells.ts) before
 * unparse; removing one leading "'" from each cell that has one gives the
 * stored text back (`unneutraliseFormula`, the rule the README gives).
 * Several values in one cell are joined with '; ' — a tag that itself contains
 * '; ' cannot be told apart; the JSON export is the lossless one.
 */
import Papa from 'papaparse';
import type { Example } from '../model/example';
import type { Concept, Lang, PaperRef } from '../lexicon/types';
import type { Category } from '../../seeds/lexicon';
import type { CodebookEntry } from '../../seeds/codebook';
import { LANGS } from '../lexicon/types';
import { isoFromMs, isoFromText, joinList, neutraliseFormula, unique } from './cells';
import { DEFAULT_LOOKUPS, type Lookup } from '../vocabulary';

export interface CsvColumn {
  name: string;
  description: string;
}

export interface CsvOptions {
  /** Prepend a UTF-8 byte-order mark (for Excel). Default false. */
  bom?: boolean;
  /** Accepted for symmetry with the other exports; the CSV carries no export time (the file name does). */
  now?: Date;
  conceptLabel?: Lookup;
  /** Category id of a concept; defaults to the seed lexicon. */
  conceptCategory?: Lookup;
  functionLabel?: Lookup;
}

export interface ChunkedCsvOptions extends CsvOptions {
  /** Rows per chunk; default 2,000. */
  chunkSize?: number;
  /** Awaited between chunks so the page can paint and handle input. */
  yieldTo?: () => Promise<void>;
}

const BOM = '\uFEFF';
/** RFC 4180 §2.1: records end with CRLF. */
const NEWLINE = '\r\n';
const DEFAULT_CHUNK = 2000;

/** The columns of the examples CSV, in order. Used by the README and the codebook. */
export const EXAMPLE_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', description: 'Unique id of the example (UUID); stable across export and import.' },
  { name: 'created_utc', description: 'When the example was saved, ISO-8601 in UTC.' },
  { name: 'updated_utc', description: 'When the example was last edited, ISO-8601 in UTC.' },
  { name: 'quote', description: 'The saved text, as selected on the page.' },
  { name: 'prefix', description: 'Up to ~200 characters of page text just before the quote.' },
  { name: 'suffix', description: 'Up to ~200 characters of page text just after the quote.' },
  { name: 'url', description: 'Address of the page the quote was saved from.' },
  { name: 'canonical_url', description: "The page's canonical address (<link rel=canonical>), when it names one." },
  { name: 'title', description: 'Title of the page.' },
  { name: 'site', description: "Host name without 'www.' (e.g. mfa.uz)." },
  { name: 'platform', description: 'web, x, facebook, telegram, youtube or instagram.' },
  { name: 'author', description: "A social post's author handle (without @), where the page shows it." },
  { name: 'post_time_utc', description: "The post's time in UTC, where the page shows it (kept as shown when not a date)." },
  { name: 'page_lang', description: 'Language of the page (BCP 47, from <html lang>).' },
  { name: 'source_kind', description: 'Detected kind of source: mfa, government or none.' },
  { name: 'source_subkind', description: 'Finer kind: ministry, embassy, consulate, mission, minister, head-of-state, government, parliament, igo or none.' },
  { name: 'country', description: 'ISO 3166-1 alpha-2 code of the source (EU for EU institutions); empty when none.' },
  { name: 'confidence', description: 'Confidence of the source detection, 0 to 1.' },
  { name: 'detection_reasons', description: "Why the source was classified so, sentences joined with '; '." },
  { name: 'concepts', description: "Concept ids of the lexicon in the quote, joined with '; '." },
  { name: 'concept_labels', description: "Labels of those concepts, same order, joined with '; '." },
  { name: 'categories', description: "Lexicon categories of those concepts, without repeats, joined with '; '." },
  { name: 'tags', description: "The researcher's own tags, joined with '; '." },
  { name: 'function_id', description: 'Id of the diplomatic function coded (codebook); empty when not coded.' },
  { name: 'function_label', description: 'Label of that diplomatic function.' },
  { name: 'note', description: "The researcher's note." },
  { name: 'lexicon_version', description: 'Version of the lexicon the concepts were found with.' },
  { name: 'not_found_at', description: "When 'Open' last failed to find the quote on its page (UTC); empty otherwise." },
];

/** The columns of the coded-segments CSV (one row per example × concept). */
export const SEGMENT_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'example_id', description: 'Id of the example (joins to the id column of the examples CSV).' },
  { name: 'concept_id', description: 'One concept of the example; empty for an example without concepts.' },
  { name: 'concept_label', description: 'Label of the concept.' },
  { name: 'category', description: 'Lexicon category of the concept.' },
  { name: 'function_id', description: 'Diplomatic function coded on the example; empty when not coded.' },
  { name: 'country', description: 'ISO 3166-1 alpha-2 code of the source.' },
  { name: 'source_kind', description: 'mfa, government or none.' },
  { name: 'site', description: "Host name without 'www.'." },
  { name: 'platform', description: 'web, x, facebook, telegram, youtube or instagram.' },
  { name: 'created_utc', description: 'When the example was saved (UTC).' },
  { name: 'quote', description: 'The coded text segment.' },
  { name: 'tags', description: "The example's tags, joined with '; '." },
];

const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Russian', uz: 'Uzbek', kk: 'Kazakh', tr: 'Turkish' };

/** The columns of the codebook CSV: concepts, then diplomatic functions. */
export const CODEBOOK_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'kind', description: "'concept' (lexicon) or 'function' (diplomatic function of the codebook)." },
  { name: 'id', description: 'Stable id, as in the concepts / function_id columns of the data.' },
  { name: 'label', description: 'Name of the concept or function.' },
  { name: 'category', description: 'Category id of a concept; empty for functions.' },
  { name: 'category_label', description: 'Name of that category.' },
  { name: 'definition', description: 'Definition in the project’s own words.' },
  { name: 'references', description: "Sources: 'Author (year). Title' for papers of the corpus, other sources as cited; joined with '; '." },
  { name: 'added_source', description: 'For a concept the papers do not name: where it comes from.' },
  { name: 'related_concepts', description: "For a function: lexicon concepts that suggest it, joined with '; '." },
  ...LANGS.map((lang) => ({
    name: `terms_${lang}`,
    description: `Lexicon terms in ${LANG_NAMES[lang]}, joined with '; ' (concepts only).`,
  })),
];

function withLookups(opts: CsvOptions) {
  const d = DEFAULT_LOOKUPS;
  return {
    conceptLabel: opts.conceptLabel ?? d.conceptLabel,
    conceptCategory: opts.conceptCategory ?? d.conceptCategory,
    functionLabel: opts.functionLabel ?? d.functionLabel,
  };
}

type Lookups = ReturnType<typeof withLookups>;

function exampleCells(r: Example, l: Lookups): string[] {
  const d = r.detection;
  return [
    r.id,
    isoFromMs(r.createdAt),
    isoFromMs(r.updatedAt),
    r.quote,
    r.prefix,
    r.suffix,
    r.url,
    r.canonicalUrl ?? '',
    r.title,
    r.site,
    r.detection.platform,
    r.author ?? '',
    isoFromText(r.postTime),
    r.lang ?? '',
    d.kind,
    d.subkind,
    d.country ?? '',
    String(d.confidence),
    joinList(d.reasons),
    joinList(r.concepts),
    joinList(r.concepts.map(l.conceptLabel)),
    joinList(unique(r.concepts.map(l.conceptCategory))),
    joinList(r.tags),
    r.functionId,
    r.functionId ? l.functionLabel(r.functionId) : '',
    r.note,
    r.lexiconVersion,
    isoFromText(r.notFoundAt),
  ];
}

function segmentRows(r: Example, l: Lookups): string[][] {
  const concepts = r.concepts.length ? r.concepts : [''];
  return concepts.map((c) => [
    r.id,
    c,
    c ? l.conceptLabel(c) : '',
    c ? l.conceptCategory(c) : '',
    r.functionId,
    r.detection.country ?? '',
    r.detection.kind,
    r.site,
    r.detection.platform,
    isoFromMs(r.createdAt),
    r.quote,
    joinList(r.tags),
  ]);
}

const safeRow = (cells: string[]) => cells.map(neutraliseFormula);

/** Data records only (no header), RFC 4180, CRLF between records. */
function unparseRows(data: string[][]): string {
  return Papa.unparse(data, { newline: NEWLINE, quotes: false, header: false });
}

function unparseTable(columns: readonly CsvColumn[], data: string[][], bom: boolean | undefined): string {
  const header = unparseRows([columns.map((c) => c.name)]);
  const body = data.length ? NEWLINE + unparseRows(data) : '';
  return (bom ? BOM : '') + header + body;
}

/** One row per example, columns EXAMPLE_CSV_COLUMNS. */
export function exportExamplesCsv(rows: readonly Example[], opts: CsvOptions = {}): string {
  const l = withLookups(opts);
  return unparseTable(EXAMPLE_CSV_COLUMNS, rows.map((r) => safeRow(exampleCells(r, l))), opts.bom);
}

/**
 * The same text as `exportExamplesCsv`, built ~2,000 rows at a time with
 * `yieldTo()` awaited between chunks, so a 100,000-row export does not freeze
 * the page. Chunks are joined with the same CRLF papaparse puts between rows.
 */
export async function exportExamplesCsvChunked(rows: readonly Example[], opts: ChunkedCsvOptions = {}): Promise<string> {
  let out = '';
  // `+=` builds a rope in V8/SpiderMonkey (O(1) per chunk); a final join() of
  // ~150 MB would itself block the page for hundreds of milliseconds.
  for await (const part of exportExamplesCsvParts(rows, opts)) out += part;
  return out;
}

/**
 * The same text in parts (~2,000 rows each), `yieldTo()` awaited between them:
 * the library turns each part into a Blob as it comes, so neither building nor
 * encoding a 100,000-row export blocks the page in one long task.
 */
export async function* exportExamplesCsvParts(rows: readonly Example[], opts: ChunkedCsvOptions = {}): AsyncGenerator<string> {
  const l = withLookups(opts);
  const size = Math.max(1, Math.floor(opts.chunkSize ?? DEFAULT_CHUNK));
  yield (opts.bom ? BOM : '') + unparseRows([EXAMPLE_CSV_COLUMNS.map((c) => c.name)]);
  for (let i = 0; i < rows.length; i += size) {
    if (i > 0 && opts.yieldTo) await opts.yieldTo();
    yield NEWLINE + unparseRows(rows.slice(i, i + size).map((r) => safeRow(exampleCells(r, l))));
  }
}

/**
 * Long ("tidy") shape: one row per example × concept; an example without
 * concepts gives one row with an empty concept, so no example is lost.
 */
export function exportCodedSegmentsCsv(rows: readonly Example[], opts: CsvOptions = {}): string {
  const l = withLookups(opts);
  return unparseTable(SEGMENT_CSV_COLUMNS, rows.flatMap((r) => segmentRows(r, l).map(safeRow)), opts.bom);
}

/** 'Author (year). Title'; 'n.d.' (no date) when the paper has no year. */
export function formatPaperRef(p: PaperRef): string {
  return `${p.author} (${p.year ?? 'n.d.'}). ${p.title}`;
}

export interface CodebookCsvOptions {
  bom?: boolean;
}

/** Concepts (kind 'concept') then diplomatic functions (kind 'function'), columns CODEBOOK_CSV_COLUMNS. */
export function exportCodebookCsv(
  concepts: readonly Concept[],
  categories: readonly Category[],
  papers: readonly PaperRef[],
  codebook: readonly CodebookEntry[],
  opts: CodebookCsvOptions = {},
): string {
  const paper = new Map(papers.map((p) => [p.id, p]));
  const category = new Map(categories.map((c) => [c.id, c]));
  const cite = (id: string) => {
    const p = paper.get(id);
    return p ? formatPaperRef(p) : id;
  };
  const conceptRows = concepts.map((c) => [
    'concept',
    c.id,
    c.label,
    c.category,
    category.get(c.category)?.label ?? '',
    c.definition,
    joinList(c.refs.map(cite)),
    c.added?.source ?? '',
    '',
    ...LANGS.map((lang) => joinList(c.terms[lang] ?? [])),
  ]);
  const functionRows = codebook.map((f) => [
    'function',
    f.id,
    f.label,
    '',
    '',
    f.definition,
    joinList([
      ...f.refs.papers.map(cite),
      ...(f.refs.vcdr ? [`Vienna Convention on Diplomatic Relations (1961), ${f.refs.vcdr}`] : []),
      ...(f.refs.other ? [f.refs.other] : []),
    ]),
    '',
    joinList(f.concepts),
    ...LANGS.map(() => ''),
  ]);
  return unparseTable(CODEBOOK_CSV_COLUMNS, [...conceptRows, ...functionRows].map(safeRow), opts.bom);
}
