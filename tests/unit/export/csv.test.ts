import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  CODEBOOK_CSV_COLUMNS,
  EXAMPLE_CSV_COLUMNS,
  SEGMENT_CSV_COLUMNS,
  exportCodebookCsv,
  exportCodedSegmentsCsv,
  exportExamplesCsv,
  exportExamplesCsvChunked,
  formatPaperRef,
} from '../../../utils/export/csv';
import { neutraliseFormula } from '../../../utils/export/cells';
import type { Example } from '../../../utils/model/example';
import { CATEGORIES, LEXICON } from '../../../seeds/lexicon';
import { PAPERS } from '../../../seeds/papers';
import { CODEBOOK } from '../../../seeds/codebook';
import { makeExample } from '../helpers/examples';
import { parseRfc4180 } from './rfc4180';

const BOM = '\uFEFF';
const labels = {
  conceptLabel: (id: string) => ({ 'soft-power': 'Soft power', 'nation-branding': 'Nation branding' })[id] ?? id,
  conceptCategory: (id: string) => ({ 'soft-power': 'goals', 'nation-branding': 'goals', 'digital-diplomacy': 'forms' })[id] ?? '',
  functionLabel: (id: string) => (id === 'nation-branding' ? 'Nation branding and country promotion' : id),
};

/** Both readers must agree, record for record. */
function readBoth(csv: string): string[][] {
  const body = csv.startsWith(BOM) ? csv.slice(1) : csv;
  const ours = parseRfc4180(body);
  const papa = Papa.parse<string[]>(body, { delimiter: ',', newline: '\r\n', quoteChar: '"', header: false, skipEmptyLines: false });
  expect(papa.errors).toEqual([]);
  expect(papa.data).toEqual(ours);
  return ours;
}

function records(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = readBoth(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const QUOTE =
  'Министр: «Цифровая дипломатия — это инструмент», he said, "quoting" İstanbul and oʻzbek tili 🇺🇿👩🏽‍💻.\r\nSecond line\nthird line';

const rich: Example = makeExample({
  id: '3f2c1a9e-0000-4000-8000-000000000001',
  quote: QUOTE,
  prefix: 'Before, "x"',
  suffix: ' after\n',
  url: 'https://mfa.uz/ru/press/news/2025/3?a=1,b=2',
  canonicalUrl: 'https://mfa.uz/news/3',
  title: 'Заголовок, "в кавычках"',
  site: 'mfa.uz',
  author: 'MFA_Uzbekistan',
  postTime: '2025-03-14T15:00:00+05:00',
  lang: 'ru',
  detection: {
    kind: 'mfa',
    subkind: 'embassy',
    country: 'UZ',
    confidence: 0.87,
    reasons: ['Handle is on the registry.', 'Profile says "Embassy"'],
    platform: 'x',
  },
  concepts: ['soft-power', 'nation-branding', 'digital-diplomacy'],
  tags: ['İzmir', 'oʻzbek', 'emoji 🎉', 'a,b'],
  functionId: 'nation-branding',
  note: '<img src=x onerror=alert(1)>\n=SUM(A1)',
  createdAt: Date.UTC(2025, 2, 14, 10, 0, 0),
  updatedAt: Date.UTC(2025, 2, 15, 11, 30, 5, 123),
  lexiconVersion: '2026.11.1',
  notFoundAt: '2025-04-01T08:00:00.000Z',
});

describe('exportExamplesCsv', () => {
  it('has exactly the documented columns, each described', () => {
    const csv = exportExamplesCsv([], {});
    expect(readBoth(csv)).toEqual([EXAMPLE_CSV_COLUMNS.map((c) => c.name)]);
    expect(EXAMPLE_CSV_COLUMNS.map((c) => c.name)).toEqual([
      'id', 'created_utc', 'updated_utc', 'quote', 'prefix', 'suffix', 'url', 'canonical_url', 'title', 'site', 'platform',
      'author', 'post_time_utc', 'page_lang', 'source_kind', 'source_subkind', 'country', 'confidence', 'detection_reasons',
      'concepts', 'concept_labels', 'categories', 'tags', 'function_id', 'function_label', 'note', 'lexicon_version', 'not_found_at',
    ]);
    for (const c of EXAMPLE_CSV_COLUMNS) expect(c.description.length).toBeGreaterThan(10);
  });

  it('writes every field of an example with Cyrillic, İ, oʻ, emoji, quotes, commas and CRLF/LF inside quotes', () => {
    const [r, ...rest] = records(exportExamplesCsv([rich], labels));
    expect(rest).toEqual([]);
    expect(r).toEqual({
      id: '3f2c1a9e-0000-4000-8000-000000000001',
      created_utc: '2025-03-14T10:00:00.000Z',
      updated_utc: '2025-03-15T11:30:05.123Z',
      quote: QUOTE,
      prefix: 'Before, "x"',
      suffix: ' after\n',
      url: 'https://mfa.uz/ru/press/news/2025/3?a=1,b=2',
      canonical_url: 'https://mfa.uz/news/3',
      title: 'Заголовок, "в кавычках"',
      site: 'mfa.uz',
      platform: 'x',
      author: 'MFA_Uzbekistan',
      post_time_utc: '2025-03-14T10:00:00.000Z',
      page_lang: 'ru',
      source_kind: 'mfa',
      source_subkind: 'embassy',
      country: 'UZ',
      confidence: '0.87',
      detection_reasons: 'Handle is on the registry.; Profile says "Embassy"',
      concepts: 'soft-power; nation-branding; digital-diplomacy',
      concept_labels: 'Soft power; Nation branding; digital-diplomacy',
      categories: 'goals; forms',
      tags: 'İzmir; oʻzbek; emoji 🎉; a,b',
      function_id: 'nation-branding',
      function_label: 'Nation branding and country promotion',
      note: '<img src=x onerror=alert(1)>\n=SUM(A1)',
      lexicon_version: '2026.11.1',
      not_found_at: '2025-04-01T08:00:00.000Z',
    });
  });

  it('separates records with CRLF and keeps line breaks only inside quoted cells', () => {
    const csv = exportExamplesCsv([rich, makeExample()], labels);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(2);
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('\r\n')).toBe(false);
  });

  it('neutralises cells that start like a formula (OWASP): =, +, -, @, tab, CR', () => {
    const quotes = ['=HYPERLINK("http://evil.example","click")', '+7 700 123 45 67', '-1', '@SUM(A1:A2)', '\tx', '\rx', '=1\n=2'];
    const rows = quotes.map((q, i) => makeExample({ quote: q, tags: i === 0 ? ['=cmd|/C calc'] : [], title: '-title' }));
    const out = records(exportExamplesCsv(rows, labels));
    expect(out.map((r) => r['quote'])).toEqual(quotes.map((q) => `'${q}`));
    expect(out[0]!['tags']).toBe("'=cmd|/C calc");
    expect(out.every((r) => r['title'] === "'-title")).toBe(true);
    // Safe starts are untouched, including a formula character later in the cell.
    expect(records(exportExamplesCsv([makeExample({ quote: 'a=b, "+1" -2 @x' })]))[0]!['quote']).toBe('a=b, "+1" -2 @x');
  });

  it("does it itself because papaparse's escapeFormulae misses a formula that continues on a second line", () => {
    expect(Papa.unparse([['=1'], ['=1\n2']], { escapeFormulae: true, newline: '\r\n' })).toBe(`"'=1"\r\n"=1\n2"`);
    expect(neutraliseFormula('=1\n2')).toBe("'=1\n2");
  });

  it('adds the byte-order mark only when asked', () => {
    expect(exportExamplesCsv([rich], { bom: true }).startsWith(`${BOM}id,`)).toBe(true);
    expect(exportExamplesCsv([rich], { bom: false }).startsWith('id,')).toBe(true);
    expect(exportExamplesCsv([rich]).startsWith('id,')).toBe(true);
    expect(records(exportExamplesCsv([rich], { ...labels, bom: true }))).toEqual(records(exportExamplesCsv([rich], labels)));
  });

  it('leaves optional fields empty and defaults labels to the seed lexicon', () => {
    const bare = makeExample({ concepts: ['soft-power'], functionId: '', detection: { ...rich.detection, country: null } });
    const r = records(exportExamplesCsv([bare]))[0]!;
    expect(r['author']).toBe('');
    expect(r['post_time_utc']).toBe('');
    expect(r['not_found_at']).toBe('');
    expect(r['country']).toBe('');
    expect(r['function_id']).toBe('');
    expect(r['function_label']).toBe('');
    expect(r['concept_labels']).toBe(LEXICON.find((c) => c.id === 'soft-power')!.label);
    expect(r['categories']).toBe(LEXICON.find((c) => c.id === 'soft-power')!.category);
  });

  it('keeps a post time that is not a date as the page showed it', () => {
    expect(records(exportExamplesCsv([makeExample({ postTime: 'вчера в 15:00' })]))[0]!['post_time_utc']).toBe('вчера в 15:00');
  });
});

describe('exportExamplesCsvChunked', () => {
  const rows = Array.from({ length: 10 }, (_, i) =>
    makeExample({ quote: i % 3 ? `Quote ${i}, "with" line\nbreak` : `=formula ${i}`, tags: [`t${i}`] }),
  );

  it('gives exactly the text of the sync export, yielding between chunks', async () => {
    for (const chunkSize of [1, 3, 5, 10, 2000]) {
      let yields = 0;
      const out = await exportExamplesCsvChunked(rows, { ...labels, bom: true, chunkSize, yieldTo: async () => void yields++ });
      expect(out).toBe(exportExamplesCsv(rows, { ...labels, bom: true }));
      expect(yields).toBe(Math.ceil(rows.length / chunkSize) - 1);
    }
  });

  it('handles no rows and works without yieldTo', async () => {
    expect(await exportExamplesCsvChunked([], { bom: true })).toBe(exportExamplesCsv([], { bom: true }));
    expect(await exportExamplesCsvChunked(rows)).toBe(exportExamplesCsv(rows));
  });
});

describe('exportCodedSegmentsCsv', () => {
  it('writes one row per example × concept, and one row with an empty concept for an example without', () => {
    const none = makeExample({ id: 'no-concepts', concepts: [], tags: [] });
    const out = records(exportCodedSegmentsCsv([rich, none], labels));
    expect(Object.keys(out[0]!)).toEqual(SEGMENT_CSV_COLUMNS.map((c) => c.name));
    expect(out).toHaveLength(4);
    expect(out.map((r) => [r['example_id'], r['concept_id'], r['concept_label'], r['category']])).toEqual([
      [rich.id, 'soft-power', 'Soft power', 'goals'],
      [rich.id, 'nation-branding', 'Nation branding', 'goals'],
      [rich.id, 'digital-diplomacy', 'digital-diplomacy', 'forms'],
      ['no-concepts', '', '', ''],
    ]);
    expect(out[0]).toMatchObject({
      function_id: 'nation-branding',
      country: 'UZ',
      source_kind: 'mfa',
      site: 'mfa.uz',
      platform: 'x',
      created_utc: '2025-03-14T10:00:00.000Z',
      quote: QUOTE,
      tags: 'İzmir; oʻzbek; emoji 🎉; a,b',
    });
    expect(out[3]!['tags']).toBe('');
  });

  it('neutralises formula starts here too', () => {
    expect(records(exportCodedSegmentsCsv([makeExample({ quote: '@cmd' })]))[0]!['quote']).toBe("'@cmd");
  });
});

describe('exportCodebookCsv', () => {
  const out = records(exportCodebookCsv(LEXICON, CATEGORIES, PAPERS, CODEBOOK));

  it('lists every concept then every diplomatic function, with a kind column', () => {
    expect(Object.keys(out[0]!)).toEqual(CODEBOOK_CSV_COLUMNS.map((c) => c.name));
    expect(out).toHaveLength(LEXICON.length + CODEBOOK.length);
    expect(out.slice(0, LEXICON.length).every((r) => r['kind'] === 'concept')).toBe(true);
    expect(out.slice(LEXICON.length).every((r) => r['kind'] === 'function')).toBe(true);
    expect(out.map((r) => r['id'])).toEqual([...LEXICON.map((c) => c.id), ...CODEBOOK.map((f) => f.id)]);
  });

  it('writes a concept with its category, definition, references and terms per language', () => {
    for (const c of LEXICON) {
      const r = out.find((x) => x['kind'] === 'concept' && x['id'] === c.id)!;
      expect(r['label']).toBe(c.label);
      expect(r['category']).toBe(c.category);
      expect(r['category_label']).toBe(CATEGORIES.find((k) => k.id === c.category)!.label);
      expect(r['definition']).toBe(neutraliseFormula(c.definition));
      expect(r['references']).toBe(c.refs.map((id) => formatPaperRef(PAPERS.find((p) => p.id === id)!)).join('; '));
      expect(r['added_source']).toBe(c.added?.source ?? '');
      for (const lang of ['en', 'ru', 'uz', 'kk', 'tr'] as const) expect(r[`terms_${lang}`]).toBe((c.terms[lang] ?? []).join('; '));
    }
  });

  it('formats references as "Author (year). Title", n.d. without a year', () => {
    expect(formatPaperRef({ id: 'a', author: 'Turayeva G. Y.', year: 2023, title: 'Digital diplomacy', file: 'x' })).toBe(
      'Turayeva G. Y. (2023). Digital diplomacy',
    );
    expect(formatPaperRef({ id: 'b', author: 'Sattorov N. O.', year: null, title: 'The role', file: 'y' })).toBe('Sattorov N. O. (n.d.). The role');
  });

  it('writes a function with its definition, papers, Vienna Convention article and related concepts', () => {
    for (const f of CODEBOOK) {
      const r = out.find((x) => x['kind'] === 'function' && x['id'] === f.id)!;
      expect(r['label']).toBe(f.label);
      expect(r['definition']).toBe(neutraliseFormula(f.definition));
      expect(r['category']).toBe('');
      for (const id of f.refs.papers) expect(r['references']).toContain(formatPaperRef(PAPERS.find((p) => p.id === id)!));
      if (f.refs.vcdr) expect(r['references']).toContain(`Vienna Convention on Diplomatic Relations (1961), ${f.refs.vcdr}`);
      expect(r['related_concepts']).toBe(f.concepts.join('; '));
      expect(r['terms_en']).toBe('');
    }
  });
});

describe('parseRfc4180 (the test reader itself)', () => {
  it('reads quoted fields and rejects what RFC 4180 forbids', () => {
    expect(parseRfc4180('a,"b,""c""\r\nd"\r\n1,2\r\n')).toEqual([['a', 'b,"c"\r\nd'], ['1', '2']]);
    expect(() => parseRfc4180('a,b"c')).toThrow(/quote inside/);
    expect(() => parseRfc4180('"a"b')).toThrow(/after a closing quote/);
    expect(() => parseRfc4180('a\nb')).toThrow(/CRLF/);
    expect(() => parseRfc4180('"a')).toThrow(/unclosed/);
    expect(() => parseRfc4180('a,b\r\nc')).toThrow(/fields/);
  });
});
