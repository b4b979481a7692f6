/**
 * The one database module: every version of the schema, together with its
 * migration, lives here (Dexie's rule: keep all versions declared).
 *
 * Opened only by extension pages (popup, library) and the background service
 * worker. Never from a content script: there IndexedDB is the web page's own.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { BUILTIN_CODEBOOK_ID, OPTIONAL_TEXT_FIELDS, siteOf, type Example, type ExampleSelectors } from '../model/example';
import type { Codebook } from '../codebook/model';
import { PLATFORMS, type Detection, type Platform } from '../model/source';
import { fieldReader, isObj, newNotes, readDetection } from '../model/read';
import type { Correction } from '../detect/correction';

export const DB_NAME = 'diplolens';

/**
 * Version 1 (the first release): only `id` and `createdAt` were indexed, and a
 * row was guaranteed to hold just these fields (the vertical slice's save).
 * Kept as a named shape so the upgrade test can seed it.
 */
export interface ExampleV1 {
  id: string;
  quote: string;
  url: string;
  title: string;
  createdAt: number;
  [more: string]: unknown;
}

/**
 * Version 2: indexes for the library's filters (tags and concepts are
 * multi-entry), and every row completed to the full Example shape.
 */
export const STORES_V2 = {
  examples:
    'id, createdAt, updatedAt, *tags, *concepts, site, platform, functionId, detection.kind, detection.country',
};

/** A version-2 row: the platform stood on the row and again in its detection. */
export type ExampleV2 = Example & { platform: Platform };

/**
 * Version 3: the platform is stored once, in the detection (the library's
 * platform filter reads `detection.platform`, and so does the CSV's column).
 */
export const STORES_V3 = {
  examples:
    'id, createdAt, updatedAt, *tags, *concepts, site, detection.platform, functionId, detection.kind, detection.country',
};

/**
 * Version 4: the user's codebooks, one row per version (every saved version is kept, so
 * an example can be read with the codebook it was coded with), keyed [id+version] and
 * found by id (utils/db/codebooks.ts). Examples record the codebook and version their
 * concepts were found with.
 */
export const STORES_V4 = {
  ...STORES_V3,
  codebooks: '[id+version], id',
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? (v as T) : d);
/** A time as stored (ms), or written as ISO-8601 text by hand or another tool. */
const time = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};
/**
 * A version-1 detection as the later code needs it (every export reads its
 * reasons, kind and country): the one reader of a detection, with a damaged
 * field given its safe value (its problems are not the user's to read here).
 */
function upgradeDetection(v: unknown, platform: Platform): Detection {
  // Early builds stored the country as the page gave it ('uz', ' kz '): the code is
  // clear, so it is kept as the code it is rather than dropped as malformed.
  const c = isObj(v) ? v['country'] : undefined;
  const fixed = isObj(v) && typeof c === 'string' && /^\s*[A-Za-z]{2}\s*$/.test(c) ? { ...v, country: c.trim().toUpperCase() } : v;
  return readDetection(fixed, 'detection', fieldReader(newNotes()), platform);
}

/** Selectors that find the quote: kept when well formed, else the quote itself. */
function upgradeSelectors(v: unknown, quote: string): ExampleSelectors {
  const q = isObj(v) && isObj(v['quote']) ? v['quote'] : null;
  if (!q || typeof q['exact'] !== 'string') return { quote: { type: 'TextQuoteSelector', exact: quote } };
  const out: ExampleSelectors = {
    quote: {
      type: 'TextQuoteSelector',
      exact: q['exact'],
      ...(typeof q['prefix'] === 'string' && { prefix: q['prefix'] }),
      ...(typeof q['suffix'] === 'string' && { suffix: q['suffix'] }),
    },
  };
  const p = isObj(v) && isObj(v['position']) ? v['position'] : null;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  if (p && whole(p['start']) && whole(p['end']) && p['start'] <= p['end']) {
    out.position = { type: 'TextPositionSelector', start: p['start'], end: p['end'] };
  }
  return out;
}

/**
 * Completes a version-1 row to the version-2 shape. Fields it already has are
 * kept when they are well formed; a damaged one gets a safe value rather than
 * the row being dropped, so that every row upgraded here exports and its
 * backup imports again.
 */
export function upgradeV1Row(row: ExampleV1): ExampleV2 {
  const r = row as Partial<Example> & ExampleV1;
  const quote = str(r.quote);
  const platform = oneOf(r.platform, PLATFORMS, 'web');
  const createdAt = time(r.createdAt) ?? Date.now();
  const out: ExampleV2 = {
    ...r,
    id: r.id,
    quote,
    prefix: str(r.prefix),
    suffix: str(r.suffix),
    selectors: upgradeSelectors(r.selectors, quote),
    url: str(r.url),
    title: str(r.title),
    site: str(r.site) || siteOf(str(r.url)),
    platform,
    detection: upgradeDetection(r.detection, platform),
    concepts: strings(r.concepts),
    tags: strings(r.tags),
    functionId: str(r.functionId),
    note: str(r.note),
    createdAt,
    updatedAt: time(r.updatedAt) ?? createdAt,
    lexiconVersion: str(r.lexiconVersion),
  };
  // Optional text fields of the later shape: kept when text, left out otherwise.
  for (const key of OPTIONAL_TEXT_FIELDS) {
    if (key in out && typeof out[key] !== 'string') delete out[key];
  }
  return out;
}

/**
 * A version-2 row in the version-3 shape: its `platform` becomes its
 * detection's (the row's is the one the CSV column and the platform filter
 * showed; the two were written alike), and leaves the row.
 */
export function upgradeV2Row(row: ExampleV2): Example {
  const { platform, ...rest } = row;
  const known = (PLATFORMS as readonly unknown[]).includes(platform);
  const detection = isObj(rest.detection) ? rest.detection : upgradeDetection(rest.detection, known ? platform : 'web');
  return { ...rest, detection: { ...detection, platform: known ? platform : detection.platform } };
}

/**
 * A version-3 row in the version-4 shape: before codebooks, every example was coded with
 * the built-in codebook, whose version was then its lexicon's; a row that already names a
 * codebook (an import of a newer backup) keeps it.
 */
export function upgradeV3Row(row: Example): Example {
  return {
    ...row,
    codebookId: typeof row.codebookId === 'string' && row.codebookId ? row.codebookId : BUILTIN_CODEBOOK_ID,
    codebookVersion: typeof row.codebookVersion === 'string' && row.codebookVersion ? row.codebookVersion : str(row.lexiconVersion),
  };
}

/**
 * Version 5: the user's corrections of source judgements (utils/detect/correction.ts), one
 * per site or account, keyed by their target ("web:mfa.gov.uz", "x:@mfa_uzbekistan"). The
 * examples and codebooks are not touched: the version only adds the table.
 */
export const STORES_V5 = {
  ...STORES_V4,
  corrections: 'key, updatedAt',
};

export class DiploLensDB extends Dexie {
  examples!: EntityTable<Example, 'id'>;
  /** Every saved version of the user's codebooks (the built-in one is code, not a row). */
  codebooks!: Dexie.Table<Codebook, [string, string]>;
  corrections!: EntityTable<Correction, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({ examples: 'id, createdAt' });
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx: Transaction) =>
        tx
          .table('examples')
          .toCollection()
          .modify((row: ExampleV1, ref: { value: ExampleV2 }) => {
            ref.value = upgradeV1Row(row);
          }),
      );
    this.version(3)
      .stores(STORES_V3)
      .upgrade((tx: Transaction) =>
        tx
          .table('examples')
          .toCollection()
          .modify((row: ExampleV2, ref: { value: Example }) => {
            ref.value = upgradeV2Row(row);
          }),
      );
    this.version(4)
      .stores(STORES_V4)
      .upgrade((tx: Transaction) =>
        tx
          .table('examples')
          .toCollection()
          .modify((row: Example, ref: { value: Example }) => {
            ref.value = upgradeV3Row(row);
          }),
      );
    // A new table only: nothing to upgrade (the upgrade test checks every example and codebook survives as it was).
    this.version(5).stores(STORES_V5);
  }
}

/** Opens (lazily) the database; tests pass their own name so each gets a fresh one. */
export function openDatabase(name: string = DB_NAME): DiploLensDB {
  return new DiploLensDB(name);
}
