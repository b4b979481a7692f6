/**
 * The one database module: every version of the schema, together with its
 * migration, lives here (Dexie's rule: keep all versions declared).
 *
 * Opened only by extension pages (popup, library) and the background service
 * worker. Never from a content script: there IndexedDB is the web page's own.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Example } from './types';

export const DB_NAME = 'diplolens';

/**
 * Version 1 (first release): the vertical slice stored only the quote and its page.
 * Kept as a named shape so the upgrade test can seed it.
 */
export interface ExampleV1 {
  id: string;
  quote: string;
  url: string;
  title: string;
  createdAt: number;
}

export class DiploLensDB extends Dexie {
  examples!: EntityTable<Example, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      examples: 'id, createdAt',
    });
  }
}

/** Opens (lazily) the database; tests pass their own name so each gets a fresh one. */
export function openDatabase(name: string = DB_NAME): DiploLensDB {
  return new DiploLensDB(name);
}
