/**
 * The one database module: every version of the schema, together with its
 * migration, lives here (Dexie's rule: keep all versions declared).
 *
 * Opened only by extension pages (popup, library) and the background service
 * worker. Never from a content script: there IndexedDB is the web page's own.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Example } from './types';
import { NONE_DETECTION } from '../detect/types';
import { siteOf } from '../example-draft';

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

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);

/** Completes a version-1 row to the version-2 shape; fields it already has are kept. */
export function upgradeV1Row(row: ExampleV1): Example {
  const r = row as Partial<Example> & ExampleV1;
  const quote = str(r.quote);
  return {
    ...r,
    id: r.id,
    quote,
    prefix: str(r.prefix),
    suffix: str(r.suffix),
    selectors: r.selectors ?? { quote: { type: 'TextQuoteSelector', exact: quote } },
    url: str(r.url),
    title: str(r.title),
    site: str(r.site) || siteOf(str(r.url)),
    platform: r.platform ?? 'web',
    detection: r.detection ?? { ...NONE_DETECTION },
    concepts: strings(r.concepts),
    tags: strings(r.tags),
    functionId: str(r.functionId),
    note: str(r.note),
    createdAt: typeof r.createdAt === 'number' ? r.createdAt : Date.now(),
    updatedAt: typeof r.updatedAt === 'number' ? r.updatedAt : (r.createdAt ?? Date.now()),
    lexiconVersion: str(r.lexiconVersion),
  };
}

export class DiploLensDB extends Dexie {
  examples!: EntityTable<Example, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({ examples: 'id, createdAt' });
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx: Transaction) =>
        tx
          .table('examples')
          .toCollection()
          .modify((row: ExampleV1, ref: { value: Example }) => {
            ref.value = upgradeV1Row(row);
          }),
      );
  }
}

/** Opens (lazily) the database; tests pass their own name so each gets a fresh one. */
export function openDatabase(name: string = DB_NAME): DiploLensDB {
  return new DiploLensDB(name);
}
