/**
 * What DiploLens stores: one `Example` per saved quote. The shape is the user's
 * research data and is exported (CSV, JSON, Web Annotations), so fields are only
 * ever added, never renamed; old shapes are kept in schema.ts for migrations.
 */
import type { Detection } from './source';

/** W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** W3C Web Annotation TextPositionSelector (#text-position-selector): offsets in the page's text content. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface ExampleSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Where the example was found: filled from the page when it is saved. */
export interface ExampleSource {
  url: string;
  canonicalUrl?: string;
  title: string;
  /** Hostname without 'www.' (e.g. 'mfa.uz'). */
  site: string;
  /** A social post's author handle (without @), where the page shows it. */
  author?: string;
  authorName?: string;
  /** The post's time as ISO-8601, where the page shows it. */
  postTime?: string;
  /** Page language (BCP 47, from <html lang>). */
  lang?: string;
}

export interface Example extends ExampleSource {
  /** A random UUID: stable across export/import, merges by it. */
  id: string;
  quote: string;
  /** Up to ~200 characters of text before and after the quote on the page. */
  prefix: string;
  suffix: string;
  selectors: ExampleSelectors;
  /** The judgement of the page or post, its platform included (stored once, here: schema v3). */
  detection: Detection;
  /** Concept ids of the lexicon found in (or tagged on) the quote. */
  concepts: string[];
  /** The user's own tags, in the order given. */
  tags: string[];
  /** Id of a diplomatic function from the codebook, or '' when not coded. */
  functionId: string;
  note: string;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** The lexicon version the concepts were found with. */
  lexiconVersion: string;
  /**
   * The codebook the concepts were found with, and its version ('diplolens' and its
   * version for the built-in one: utils/codebook/builtin.ts). Rows from before codebooks
   * (schema v3) got the built-in id and their lexicon version in the v4 upgrade.
   */
  codebookId?: string;
  codebookVersion?: string;
  /** Set when 'Open' could not find the quote on the page again (ISO time of that check). */
  notFoundAt?: string;
}

/** What a caller gives to save a new example; the repository fills id and times. */
export type ExampleDraft = Omit<Example, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** Everything the user can change on a saved example. */
export type ExamplePatch = Partial<Pick<Example, 'quote' | 'concepts' | 'tags' | 'functionId' | 'note' | 'notFoundAt'>>;

/** Every field of a stored example, in the order backups write them and the importer reads them. */
export const EXAMPLE_FIELDS = [
  'id', 'quote', 'prefix', 'suffix', 'selectors', 'url', 'canonicalUrl', 'title', 'site', 'author',
  'authorName', 'postTime', 'lang', 'detection', 'concepts', 'tags', 'functionId', 'note', 'createdAt', 'updatedAt',
  'lexiconVersion', 'codebookId', 'codebookVersion', 'notFoundAt',
] as const satisfies readonly (keyof Example)[];

/** The optional text fields: absent when the page did not give them, never empty placeholders. */
export const OPTIONAL_TEXT_FIELDS = ['canonicalUrl', 'author', 'authorName', 'postTime', 'lang', 'notFoundAt', 'codebookId', 'codebookVersion'] as const satisfies readonly (keyof Example)[];

/** The fields the repository fills when a draft is added (a draft never carries them). */
export const STORED_ONLY_FIELDS = ['id', 'createdAt', 'updatedAt'] as const satisfies readonly (keyof Example)[];

/** Every field of a draft: an example's, less those the repository fills. */
export const DRAFT_FIELDS = EXAMPLE_FIELDS.filter(
  (f): f is Exclude<(typeof EXAMPLE_FIELDS)[number], (typeof STORED_ONLY_FIELDS)[number]> => !(STORED_ONLY_FIELDS as readonly string[]).includes(f),
);

/**
 * Fields that older versions wrote and this one reads but no longer stores:
 * `platform` stood beside `detection.platform` until schema v3 (the same fact
 * twice); an old backup's value is read as the detection's platform.
 */
export const LEGACY_FIELDS = ['platform'] as const;

// The compiler checks the list against the type: a field added to Example and not to EXAMPLE_FIELDS fails here.
type Unlisted = Exclude<keyof Example, (typeof EXAMPLE_FIELDS)[number]>;
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;

/** Host name without 'www.' ('mfa.uz'), '' for what is no address. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The built-in codebook's id (utils/codebook/builtin.ts names it too): what every example before codebooks was coded with. */
export const BUILTIN_CODEBOOK_ID = 'diplolens';
