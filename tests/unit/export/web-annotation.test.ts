import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT,
  annotationIri,
  exportWebAnnotations,
  type AnnotationCollection,
  type WebAnnotation,
} from '../../../utils/export/web-annotation';
import type { Example } from '../../../utils/model/example';
import { makeExample } from '../helpers/examples';

const now = new Date('2025-06-01T12:00:00.000Z');
const labels = { conceptLabel: (id: string) => ({ 'soft-power': 'Soft power' })[id] ?? id, functionLabel: (id: string) => `F:${id}` };
const iri = (id: string) => `urn:diplolens:concept:${id}`;

function collection(rows: Example[], withIri = true): AnnotationCollection {
  return JSON.parse(exportWebAnnotations(rows, { now, ...labels, ...(withIri && { conceptIri: iri }) }));
}

/** The Annotation Model's motivations (§3.3.5), the only allowed `purpose` values. */
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const XSD_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const isNonNegInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/** Checks the MUSTs (and the SHOULDs we follow) of the W3C Web Annotation Data Model. */
function specProblems(c: AnnotationCollection): string[] {
  const p: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || p.push(what));
  // §5.1 Annotation Collection
  need(c['@context'] === ANNO_CONTEXT, 'collection @context');
  need(typeof c.id === 'string' && IRI.test(c.id), 'collection id IRI');
  need(c.type === 'AnnotationCollection', 'collection type');
  need(typeof c.label === 'string', 'collection label is a string');
  need(isNonNegInt(c.total), 'total nonNegativeInteger');
  if (c.total > 0) need(!!c.first, 'first page when total > 0');
  if (!c.first) return p;
  // §5.2 Annotation Page (embedded: no @context)
  const page = c.first;
  need(!('@context' in page), 'embedded page has no @context');
  need(typeof page.id === 'string' && IRI.test(page.id), 'page id IRI');
  need(page.type === 'AnnotationPage', 'page type');
  need(page.partOf === c.id, 'page partOf the collection');
  need(page.startIndex === 0, 'startIndex 0');
  need(Array.isArray(page.items) && page.items.length >= 1, 'page items: 1 or more');
  need(page.items.length === c.total, 'total equals the number of items');
  page.items.forEach((a: WebAnnotation, i) => {
    const at = `items[${i}]`;
    // §3.1 Annotation
    need(typeof a.id === 'string' && IRI.test(a.id), `${at}.id IRI`);
    need(a.type === 'Annotation', `${at}.type`);
    need(!!a.target, `${at}.target`);
    need(typeof a.motivation === 'string' && MOTIVATIONS.includes(a.motivation), `${at}.motivation single, from the list`);
    // §3.3.1 created/modified: xsd:dateTime in UTC with "Z"
    need(XSD_UTC.test(a.created), `${at}.created`);
    need(XSD_UTC.test(a.modified), `${at}.modified`);
    // §3.2.4 / §4.1 bodies
    for (const b of a.body ?? []) {
      need(MOTIVATIONS.includes(b.purpose), `${at} body purpose`);
      if (b.type === 'TextualBody') need(typeof b.value === 'string' && b.format === 'text/plain', `${at} TextualBody value`);
      else need(b.type === 'SpecificResource' && typeof b.source?.id === 'string' && IRI.test(b.source.id), `${at} SpecificResource source`);
    }
    if (a.body) need(a.body.length > 0, `${at} body omitted when empty (§3.2.6)`);
    // §4 Specific Resource target with selectors
    need(a.target.type === 'SpecificResource' && typeof a.target.source === 'string', `${at}.target source`);
    for (const s of a.target.selector) {
      if (s.type === 'TextQuoteSelector') {
        need(typeof s.exact === 'string', `${at} TextQuoteSelector exact`);
        need(s.prefix === undefined || typeof s.prefix === 'string', `${at} prefix`);
        need(s.suffix === undefined || typeof s.suffix === 'string', `${at} suffix`);
      } else if (s.type === 'TextPositionSelector') {
        need(isNonNegInt(s.start) && isNonNegInt(s.end) && s.start <= s.end, `${at} TextPositionSelector start/end`);
      } else p.push(`${at} unknown selector`);
    }
  });
  return p;
}

const full = makeExample({
  id: 'AB12CD34-0000-4000-8000-000000000001',
  quote: 'Soft power <b>matters</b> 🇺🇿',
  prefix: 'He said: ',
  suffix: ' and left.',
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'Soft power <b>matters</b> 🇺🇿', prefix: 'He said: ', suffix: ' and left.' },
    position: { type: 'TextPositionSelector', start: 9, end: 37 },
  },
  url: 'https://mfa.uz/en/news/1',
  concepts: ['soft-power', 'digital-diplomacy'],
  tags: ['forum', 'İzmir'],
  functionId: 'nation-branding',
  note: 'A note with <script>x</script>',
  createdAt: Date.UTC(2025, 2, 14, 10),
  updatedAt: Date.UTC(2025, 2, 15, 11),
});

describe('exportWebAnnotations', () => {
  it('is an AnnotationCollection with one embedded page and one annotation per example, valid per the spec', () => {
    const rows = [full, makeExample(), makeExample({ concepts: [], tags: [], functionId: '', note: '' })];
    const c = collection(rows);
    expect(specProblems(c)).toEqual([]);
    expect(c.total).toBe(3);
    expect(c.first!.items).toHaveLength(3);
    expect(new Set(c.first!.items.map((a) => a.id)).size).toBe(3);
    expect(c).toMatchObject({ generated: '2025-06-01T12:00:00.000Z', label: 'DiploLens examples' });
    expect(specProblems(collection(rows, false))).toEqual([]);
  });

  it('writes the bodies: concepts and tags tagging, function classifying, note commenting', () => {
    const a = collection([full]).first!.items[0]!;
    expect(a).toMatchObject({
      id: 'urn:uuid:ab12cd34-0000-4000-8000-000000000001',
      type: 'Annotation',
      motivation: 'tagging',
      created: '2025-03-14T10:00:00.000Z',
      modified: '2025-03-15T11:00:00.000Z',
    });
    expect(a.body).toEqual([
      { type: 'SpecificResource', purpose: 'tagging', source: { id: 'urn:diplolens:concept:soft-power', label: 'Soft power' } },
      { type: 'SpecificResource', purpose: 'tagging', source: { id: 'urn:diplolens:concept:digital-diplomacy', label: 'digital-diplomacy' } },
      { type: 'TextualBody', purpose: 'tagging', value: 'forum', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'İzmir', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'classifying', value: 'F:nation-branding', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'commenting', value: 'A note with <script>x</script>', format: 'text/plain' },
    ]);
  });

  it('writes concepts as TextualBody labels when no IRI is given, and functions by IRI when one is', () => {
    const a = collection([full], false).first!.items[0]!;
    expect(a.body![0]).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Soft power', format: 'text/plain' });
    const withFn: AnnotationCollection = JSON.parse(
      exportWebAnnotations([full], { now, ...labels, functionIri: (id) => `urn:diplolens:function:${id}` }),
    );
    expect(withFn.first!.items[0]!.body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'classifying',
      source: { id: 'urn:diplolens:function:nation-branding', label: 'F:nation-branding' },
    });
  });

  it('targets the page with a TextQuoteSelector and a TextPositionSelector, as stored', () => {
    const a = collection([full]).first!.items[0]!;
    expect(a.target).toEqual({
      type: 'SpecificResource',
      source: 'https://mfa.uz/en/news/1',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Soft power <b>matters</b> 🇺🇿', prefix: 'He said: ', suffix: ' and left.' },
        { type: 'TextPositionSelector', start: 9, end: 37 },
      ],
    });
    const long = 'x'.repeat(200);
    const noPos = makeExample({ prefix: long, selectors: { quote: { type: 'TextQuoteSelector', exact: 'Q', prefix: long, suffix: '' } } });
    expect(collection([noPos]).first!.items[0]!.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'Q', prefix: long, suffix: '' }]);
  });

  it('has no body and motivation bookmarking for an example with nothing attached', () => {
    const a = collection([makeExample({ concepts: [], tags: [], functionId: '', note: '' })]).first!.items[0]!;
    expect(a).not.toHaveProperty('body');
    expect(a.motivation).toBe('bookmarking');
  });

  it('gives a non-UUID id a DiploLens URN', () => {
    expect(annotationIri('imported id/1')).toBe('urn:diplolens:example:imported%20id%2F1');
    expect(annotationIri('3F2C1A9E-0000-4000-8000-000000000001')).toBe('urn:uuid:3f2c1a9e-0000-4000-8000-000000000001');
  });

  it('is a valid empty collection for no examples (no page: a page needs 1 or more items)', () => {
    const c = collection([]);
    expect(specProblems(c)).toEqual([]);
    expect(c.total).toBe(0);
    expect(c).not.toHaveProperty('first');
  });
});
