/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/), JSON-LD
 * with the context http://www.w3.org/ns/anno.jsonld: one AnnotationCollection
 * (§5.1) with one embedded AnnotationPage (§5.2) holding one Annotation per
 * example. Readable by Hypothesis-style tools and any JSON-LD processor.
 *
 * Bodies carry their own `purpose` (§3.3.5): concepts and tags 'tagging', the
 * diplomatic function 'classifying', the note 'commenting'. A concept with an
 * IRI is a SpecificResource whose `source` is the IRI (§4.1, Example 18: purpose
 * is only allowed on SpecificResource and TextualBody); without an IRI it is a
 * TextualBody whose `value` is the label (§3.2.4).
 *
 * The target is a SpecificResource on the page URL with two selectors for the
 * same text (§4.2: several selectors SHOULD select the same content; they are
 * alternatives, so they are listed, not chained with refinedBy, §4.2.9):
 * TextQuoteSelector (§4.2.4, exact/prefix/suffix as stored, no length limit in
 * the model) and, when known, TextPositionSelector (§4.2.5).
 *
 * Known deviation: §4.2.5 counts positions in Unicode code points; DiploLens
 * stores DOM string offsets (UTF-16 code units, as Hypothesis and browsers do).
 * They differ only when astral characters (emoji, some CJK) precede the quote on
 * the page, and converting needs the full page text, which is not stored. The
 * TextQuoteSelector is exact in either case.
 */
import type { Example } from '../model/example';
import { DEFAULT_LOOKUPS, type Lookup } from '../vocabulary';
import { isoFromMs } from './cells';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type Purpose = 'tagging' | 'classifying' | 'commenting' | 'describing';
export type Motivation = Purpose | 'bookmarking';

export interface TextualBody {
  type: 'TextualBody';
  purpose: Purpose;
  value: string;
  format: 'text/plain';
}

export interface SpecificResourceBody {
  type: 'SpecificResource';
  purpose: Purpose;
  /** The concept (or function) by its IRI, with its label (rdfs:label) for people. */
  source: { id: string; label: string };
}

export type Body = TextualBody | SpecificResourceBody;

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  body?: Body[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: Array<
      | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    >;
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string; homepage?: string };
  first?: {
    id: string;
    type: 'AnnotationPage';
    partOf: string;
    startIndex: 0;
    items: WebAnnotation[];
  };
}

export interface WebAnnotationOptions {
  now: Date;
  conceptLabel?: Lookup;
  /** An IRI per concept id, e.g. id => `urn:diplolens:concept:${id}`; without it concepts are TextualBody labels. */
  conceptIri?: Lookup;
  functionLabel?: Lookup;
  /** An IRI per function id; without it the function is a TextualBody label. */
  functionIri?: Lookup;
  /** Collection id (§5.1: exactly one IRI); defaults to a URN derived from `now`. */
  collectionId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An IRI for an example (§3.1: an Annotation MUST have exactly 1 IRI): urn:uuid for UUIDs (RFC 4122 §3). */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:diplolens:example:${encodeURIComponent(id)}`;
}

function tag(purpose: Purpose, value: string, iri?: string): Body {
  return iri
    ? { type: 'SpecificResource', purpose, source: { id: iri, label: value } }
    : { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

export function toAnnotation(r: Example, opts: WebAnnotationOptions): WebAnnotation {
  const d = DEFAULT_LOOKUPS;
  const conceptLabel = opts.conceptLabel ?? d.conceptLabel;
  const functionLabel = opts.functionLabel ?? d.functionLabel;
  const body: Body[] = [
    ...r.concepts.map((c) => tag('tagging', conceptLabel(c), opts.conceptIri?.(c))),
    ...r.tags.map((t): Body => ({ type: 'TextualBody', purpose: 'tagging', value: t, format: 'text/plain' })),
    ...(r.functionId ? [tag('classifying', functionLabel(r.functionId), opts.functionIri?.(r.functionId))] : []),
    ...(r.note ? [{ type: 'TextualBody', purpose: 'commenting', value: r.note, format: 'text/plain' } as const] : []),
  ];
  const q = r.selectors.quote;
  const quoteSelector = {
    type: 'TextQuoteSelector' as const,
    exact: q.exact || r.quote,
    // §4.2.4: SHOULD have exactly one prefix and suffix; '' (quote at the start/end of the page) is kept.
    prefix: q.prefix ?? r.prefix,
    suffix: q.suffix ?? r.suffix,
  };
  const pos = r.selectors.position;
  return {
    id: annotationIri(r.id),
    type: 'Annotation',
    // §3.3.5: an Annotation SHOULD have exactly one motivation; each body says its own purpose.
    // Saving a quote with nothing attached is a bookmark of that text.
    motivation: body[0]?.purpose ?? 'bookmarking',
    created: isoFromMs(r.createdAt),
    modified: isoFromMs(r.updatedAt),
    ...(body.length > 0 && { body }),
    target: {
      type: 'SpecificResource',
      source: r.url,
      selector: [quoteSelector, ...(pos ? [{ type: 'TextPositionSelector' as const, start: pos.start, end: pos.end }] : [])],
    },
  };
}

/** The whole collection as pretty-printed JSON-LD. */
export function exportWebAnnotations(rows: readonly Example[], opts: WebAnnotationOptions): string {
  return JSON.stringify(buildAnnotationCollection(rows, opts), null, 2);
}

export function buildAnnotationCollection(rows: readonly Example[], opts: WebAnnotationOptions): AnnotationCollection {
  const generated = opts.now.toISOString();
  const id = opts.collectionId ?? `urn:diplolens:export:${generated}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'DiploLens examples',
    total: rows.length,
    generated,
    generator: { type: 'Software', name: 'DiploLens' },
    // §5.1: a Collection with annotations MUST have `first`; §5.2: a Page MUST have 1 or more items,
    // so an empty export has no page at all. The embedded page SHOULD NOT repeat @context (§5.2).
    ...(rows.length > 0 && {
      first: {
        id: `${id}:page:1`,
        type: 'AnnotationPage' as const,
        partOf: id,
        startIndex: 0 as const,
        items: rows.map((r) => toAnnotation(r, opts)),
      },
    }),
  };
}
