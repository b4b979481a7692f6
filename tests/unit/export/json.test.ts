import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportJson, lineColumn, parseImport, JSON_FORMAT } from '../../../utils/export/json';
import { exportWebAnnotations } from '../../../utils/export/web-annotation';
import { IMPORT_LIMITS } from '../../../utils/export/json';
import { openDatabase } from '../../../utils/db/schema';
import { createExampleRepository } from '../../../utils/db/repository';
import type { Example } from '../../../utils/model/example';
import { makeExample } from '../helpers/examples';

const now = new Date('2025-06-01T12:00:00.000Z');
const backup = (rows: Example[]) => exportJson(rows, { now, lexiconVersion: '2026.11.1' });

/** A backup object to edit before serialising (JSON round trip drops undefined). */
function raw(rows: Example[] = [makeExample()]): { [k: string]: unknown; examples: Array<Record<string, unknown>> } {
  return JSON.parse(backup(rows));
}

function errorOf(text: string): string {
  const r = parseImport(text);
  if (r.ok) throw new Error('expected the import to fail');
  return r.error;
}

const rich = (): Example[] => [
  makeExample({
    quote: 'Министр: «İstanbul, oʻzbek» 🇺🇿 <img src=x onerror=alert(1)> "quoted"\r\nline',
    note: '<script>alert("x")</script> & &amp; \\ / \u2028',
    tags: ['İzmir', 'oʻzbek', '🎉'],
    concepts: ['soft-power', 'digital-diplomacy'],
    author: 'MFA_Uzbekistan',
    authorName: 'МИД Узбекистана',
    postTime: '2025-03-14T15:00:00+05:00',
    notFoundAt: '2025-04-01T08:00:00.000Z',
    updatedAt: Date.UTC(2025, 3, 1),
  }),
  makeExample({ concepts: [], tags: [], functionId: '', note: '', canonicalUrl: undefined, lang: undefined }),
  makeExample({ detection: { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web' } }),
];

describe('exportJson', () => {
  it('writes the documented envelope, pretty-printed', () => {
    const rows = rich();
    const text = backup(rows);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'diplolens-examples', version: 1, exportedAt: '2025-06-01T12:00:00.000Z', lexiconVersion: '2026.11.1', count: 3 });
    expect(Object.keys(data)).toEqual(['format', 'version', 'exportedAt', 'lexiconVersion', 'count', 'examples']);
    expect(text).toContain('\n  "format": "diplolens-examples"');
  });

  it('writes each row’s platform on the row too, where backups before schema v3 and older DiploLens versions read it', () => {
    const rows = [makeExample({ detection: { ...makeExample().detection, platform: 'x' } }), makeExample()];
    const written = JSON.parse(backup(rows)).examples as Array<Record<string, unknown>>;
    expect(written.map((w) => w['platform'])).toEqual(['x', 'web']);
    expect(written.map((w) => (w['detection'] as { platform: string }).platform)).toEqual(['x', 'web']);
    // In its old place, after the site.
    expect(Object.keys(written[0]!).slice(Object.keys(written[0]!).indexOf('site'), Object.keys(written[0]!).indexOf('site') + 2)).toEqual(['site', 'platform']);
  });

  it('round-trips losslessly: export → parse → deep equal, markup kept as text', () => {
    const rows = rich();
    const r = parseImport(backup(rows));
    expect(r).toEqual({ ok: true, examples: rows, warnings: [] });
    if (r.ok) expect(r.examples[0]!.quote).toContain('<img src=x onerror=alert(1)>');
  });

  it('round-trips random Unicode examples (property)', () => {
    // Any character, control characters and lone surrogates included: JSON carries them all.
    const str = fc.string({ unit: 'binary', maxLength: 40 });
    const nonBlank = str.filter((s) => s.trim().length > 0);
    const ex = fc
      .record({
        quote: nonBlank,
        url: nonBlank,
        note: str,
        title: str,
        tags: fc.array(str, { maxLength: 5 }),
        concepts: fc.array(str, { maxLength: 3 }),
        createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
        updatedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
        position: fc.option(fc.tuple(fc.nat(10_000), fc.nat(500)), { nil: undefined }),
      })
      .map(({ position, ...f }) => {
        const e = makeExample(f);
        if (position) e.selectors.position = { type: 'TextPositionSelector', start: position[0], end: position[0] + position[1] };
        else delete e.selectors.position;
        return e;
      });
    fc.assert(
      fc.property(fc.array(ex, { maxLength: 5 }), (rows) => {
        expect(parseImport(backup(rows))).toEqual({ ok: true, examples: rows, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseImport accepts', () => {
  it('a file with a byte-order mark', () => {
    expect(parseImport('\uFEFF' + backup(rich())).ok).toBe(true);
  });

  it('a minimal example and fills the defaults', () => {
    const text = JSON.stringify({
      format: JSON_FORMAT,
      version: 1,
      examples: [{ id: 'abc', quote: 'Q', url: 'https://www.mfa.uz/x', createdAt: '2025-03-14T10:00:00Z' }],
    });
    const r = parseImport(text);
    expect(r).toEqual({
      ok: true,
      warnings: [],
      examples: [
        {
          id: 'abc',
          quote: 'Q',
          prefix: '',
          suffix: '',
          selectors: { quote: { type: 'TextQuoteSelector', exact: 'Q', prefix: '', suffix: '' } },
          url: 'https://www.mfa.uz/x',
          title: '',
          site: 'mfa.uz',
          // The platform is stored once, in the detection (schema v3).
          detection: { kind: 'none', subkind: 'none', country: null, confidence: 0, reasons: [], platform: 'web' },
          concepts: [],
          tags: [],
          functionId: '',
          note: '',
          createdAt: Date.UTC(2025, 2, 14, 10),
          updatedAt: Date.UTC(2025, 2, 14, 10),
          lexiconVersion: '',
        },
      ],
    });
  });

  it('drops unknown fields with a warning', () => {
    const data = raw();
    data.examples[0]!['secret'] = 1;
    data.examples[0]!['detection'] = { ...(data.examples[0]!['detection'] as object), extra: true };
    data['comment'] = 'hi';
    const r = parseImport(JSON.stringify(data));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.examples[0]).not.toHaveProperty('secret');
    expect(r.examples[0]!.detection).not.toHaveProperty('extra');
    expect(r.warnings).toEqual(['Unknown fields were left out: "secret", "detection.extra", "comment".']);
  });

  it('keeps control characters as they are (page text holds them; JSON carries them), without a warning', () => {
    const data = raw([makeExample({ quote: 'a\u0000b\tc\nd\r\u0007e\u009Bf', note: 'n\u001Bo' })]);
    const r = parseImport(JSON.stringify(data));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.examples[0]!.quote).toBe('a\u0000b\tc\nd\r\u0007e\u009Bf');
    expect(r.examples[0]!.note).toBe('n\u001Bo');
    expect(r.warnings).toEqual([]);
  });
});

describe('parseImport rejects, with a specific message', () => {
  it('JSON syntax errors, saying where', () => {
    expect(errorOf('{\n  "format": "diplolens-examples",\n  "version" 1\n}')).toMatch(/^The file is not valid JSON at line 3, column 13: /);
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
  });

  it('a truncated file', () => {
    const text = backup(rich());
    for (const cut of [text.length - 1, Math.floor(text.length / 2), 20])
      expect(errorOf(text.slice(0, cut))).toMatch(/ends too early: it looks truncated/);
  });

  it('an empty file', () => {
    expect(errorOf('  \n')).toBe('The file is empty.');
  });

  it('other JSON: a list, another format, a Web Annotation export', () => {
    expect(errorOf('[1,2]')).toMatch(/not a DiploLens backup.*imports only its own JSON/);
    expect(errorOf('{"format":"zotero","version":1,"examples":[]}')).toMatch(/"format" is text "zotero"/);
    expect(errorOf('{"examples":[]}')).toMatch(/"format" is nothing/);
    const wa = exportWebAnnotations([makeExample()], { now });
    expect(errorOf(wa)).toMatch(/W3C Web Annotation file\. DiploLens exports that format but imports only its own JSON backup/);
  });

  it('a version from a newer DiploLens, and a nonsensical version', () => {
    expect(errorOf(JSON.stringify({ ...raw(), version: 2 }))).toMatch(/made by a newer DiploLens \(format version 2; this one reads version 1\)/);
    expect(errorOf(JSON.stringify({ ...raw(), version: '1' }))).toMatch(/"version" must be a whole number/);
    expect(errorOf(JSON.stringify({ ...raw(), version: 0.5 }))).toMatch(/"version" must be a whole number/);
  });

  it('examples that are not a list, and a count that does not match', () => {
    expect(errorOf(JSON.stringify({ ...raw(), examples: {} }))).toMatch(/"examples" must be a list, not an object/);
    expect(errorOf(JSON.stringify({ ...raw(), count: 5 }))).toMatch(/says it holds 5 examples but has 1: the file may be truncated or edited/);
    expect(errorOf(JSON.stringify({ ...raw(), count: 'one' }))).toMatch(/"count" must be a number/);
  });

  it('a file too large, and too many examples (caps given as limits)', () => {
    const text = backup(rich());
    expect(parseImport(text, { fileChars: 100, examples: 10 })).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is too large \(\d\.\d kB of text; at most 100 byte\)\.$/),
      problem: { code: 'tooLarge', size: text.length, max: 100 },
    });
    expect(parseImport(text, { fileChars: 1e9, examples: 2 })).toEqual({
      ok: false,
      error: 'The backup holds too many examples (3; at most 2).',
      problem: { code: 'tooMany', count: 3, max: 2 },
    });
  });

  it('a field of the wrong type, naming the example and the field', () => {
    const data = raw(Array.from({ length: 13 }, () => makeExample()));
    data.examples[12]!['tags'] = 'forum';
    expect(errorOf(JSON.stringify(data))).toBe("1 problem in the backup's examples: examples[12].tags must be a list of strings.");
    const cases: Array<[string, unknown, RegExp]> = [
      ['tags', ['a', 1], /examples\[0\]\.tags must be a list of strings/],
      ['concepts', [null], /examples\[0\]\.concepts must be a list of strings/],
      ['quote', 42, /examples\[0\]\.quote must be text, not the number 42/],
      ['note', { a: 1 }, /examples\[0\]\.note must be text, not an object/],
      ['platform', 'myspace', /examples\[0\]\.platform must be one of web, x, facebook/],
      ['detection', 'mfa', /examples\[0\]\.detection must be an object/],
      ['selectors', { quote: { type: 'XPathSelector' } }, /examples\[0\]\.selectors\.quote must be a TextQuoteSelector/],
      ['selectors', { quote: { type: 'TextQuoteSelector', exact: 'x' }, position: { type: 'TextPositionSelector', start: 5, end: 2 } }, /position\.start and \.end must be whole numbers with 0 ≤ start ≤ end/],
      ['updatedAt', true, /examples\[0\]\.updatedAt must be a finite number of milliseconds or an ISO-8601 time/],
    ];
    for (const [field, value, message] of cases) {
      const d = raw();
      d.examples[0]![field] = value;
      expect(errorOf(JSON.stringify(d)), field).toMatch(message);
    }
    const d = raw();
    d.examples[0]!['detection'] = { kind: 'mfa', subkind: 'ministry', country: 'uz', confidence: 2, reasons: [], platform: 'web' };
    expect(errorOf(JSON.stringify(d))).toMatch(/detection\.country must be a two-letter upper-case country code.*detection\.confidence must be a number from 0 to 1/);
  });

  it('a missing required field: id, quote, url, createdAt', () => {
    for (const field of ['id', 'quote', 'url', 'createdAt']) {
      const d = raw();
      delete d.examples[0]![field];
      expect(errorOf(JSON.stringify(d))).toBe(`1 problem in the backup's examples: examples[0].${field} is missing.`);
    }
    // An empty quote is not missing: the library editor could clear one, so it imports (tests: import-accepts-app-rows).
    const d = raw();
    d.examples[0]!['quote'] = '   ';
    expect(parseImport(JSON.stringify(d)).ok).toBe(true);
  });

  it('an example that is not an object', () => {
    const d = raw();
    d.examples.push('hello' as never);
    d['count'] = 2;
    expect(errorOf(JSON.stringify(d))).toMatch(/examples\[1\] must be an object, not text "hello"/);
  });

  it('huge strings and too many tags are cut to the caps, not imported whole, and do not fail the file', () => {
    const cases: Array<[string, unknown, (e: Example) => unknown, unknown]> = [
      ['quote', 'q'.repeat(IMPORT_LIMITS.quoteChars + 1), (e) => e.quote.length, IMPORT_LIMITS.quoteChars],
      ['note', 'n'.repeat(IMPORT_LIMITS.noteChars + 1), (e) => e.note.length, IMPORT_LIMITS.noteChars],
      ['title', 't'.repeat(10_001), (e) => e.title.length, 10_000],
      ['url', 'https://x/' + 'u'.repeat(IMPORT_LIMITS.urlChars), (e) => e.url.length, IMPORT_LIMITS.urlChars],
      ['tags', Array.from({ length: 101 }, (_, i) => `t${i}`), (e) => e.tags.length, 100],
      ['tags', ['x'.repeat(10_001)], (e) => e.tags[0]!.length, 10_000],
    ];
    for (const [field, value, measure, cap] of cases) {
      const d = raw([makeExample(), makeExample()]);
      d.examples[1]![field] = value;
      const r = parseImport(JSON.stringify(d));
      expect(r.ok, field).toBe(true);
      if (r.ok) expect(measure(r.examples[1]!), field).toBe(cap);
    }
    // At the caps exactly is fine.
    const d = raw();
    d.examples[0]!['quote'] = 'q'.repeat(IMPORT_LIMITS.quoteChars);
    d.examples[0]!['tags'] = Array.from({ length: 100 }, (_, i) => `t${i}`);
    expect(parseImport(JSON.stringify(d)).ok).toBe(true);
  });

  it('duplicate ids within the file', () => {
    const a = makeExample({ id: 'same' });
    const b = makeExample({ id: 'other' });
    const c = makeExample({ id: 'same' });
    expect(errorOf(backup([a, b, c]))).toBe('1 problem in the backup\'s examples: examples[2].id "same" repeats the id of examples[0].');
  });

  it('ids that are not sane strings', () => {
    const cases: Array<[unknown, RegExp]> = [
      [42, /examples\[0\]\.id must be text, not the number 42/],
      ['', /examples\[0\]\.id must be 1 to 200 printable characters/],
      ['x'.repeat(201), /examples\[0\]\.id must be 1 to 200 printable characters/],
      ['a\u0000b', /examples\[0\]\.id must be 1 to 200 printable characters/],
    ];
    for (const [id, message] of cases) {
      const d = raw();
      d.examples[0]!['id'] = id;
      expect(errorOf(JSON.stringify(d))).toMatch(message);
    }
  });

  it('timestamps that are neither finite numbers nor ISO strings', () => {
    const base = backup([makeExample()]);
    const overflow = base.replace(/"createdAt": \d+/, '"createdAt": 1e999');
    expect(errorOf(overflow)).toMatch(/examples\[0\]\.createdAt must be a finite number of milliseconds or an ISO-8601 time/);
    for (const bad of ['yesterday', '2025-13-45T99:00:00Z', '14.03.2025', null]) {
      const d = raw();
      d.examples[0]!['createdAt'] = bad;
      expect(errorOf(JSON.stringify(d))).toMatch(bad === null ? /createdAt is missing/ : /createdAt must be a finite number of milliseconds or an ISO-8601 time/);
    }
    const ok = raw();
    ok.examples[0]!['createdAt'] = '2025-03-14T15:00:00+05:00';
    const r = parseImport(JSON.stringify(ok));
    expect(r.ok && r.examples[0]!.createdAt).toBe(Date.UTC(2025, 2, 14, 10));
  });

  it('reports several problems at once, capped', () => {
    const d = raw(Array.from({ length: 8 }, () => makeExample()));
    for (const e of d.examples) e['tags'] = 'x';
    expect(errorOf(JSON.stringify(d))).toMatch(/^8 problems in the backup's examples: .*examples\[4\]\.tags must be a list of strings \(and 3 more\)\.$/);
  });
});

describe('import through the repository', () => {
  async function setup() {
    const db = openDatabase('export-' + crypto.randomUUID());
    const repo = createExampleRepository(db);
    const existing = [makeExample({ id: 'keep-1' }), makeExample({ id: 'keep-2' })];
    await repo.importMerge(existing);
    return { db, repo, existing };
  }

  /** What the library does with a chosen file (components/library/services.ts importFile). */
  async function importText(repo: ReturnType<typeof createExampleRepository>, text: string) {
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed;
    return { ok: true as const, ...(await repo.importMerge(parsed.examples)) };
  }

  it('a bad file writes nothing, even when its first examples are valid', async () => {
    const { db, repo } = await setup();
    const data = raw([...Array.from({ length: 5 }, () => makeExample()), makeExample()]);
    data.examples[5]!['createdAt'] = 'soon';
    const r = await importText(repo, JSON.stringify(data));
    expect(r.ok).toBe(false);
    expect(await repo.count()).toBe(2);
    for (const bad of [backup([makeExample()]).slice(0, 100), '{"format":"x"}', backup([makeExample({ id: 'd' }), makeExample({ id: 'd' })])]) {
      expect((await importText(repo, bad)).ok).toBe(false);
      expect(await repo.count()).toBe(2);
    }
    db.close();
  });

  it('a good file is merged by id and reads back equal', async () => {
    const { db, repo, existing } = await setup();
    const fresh = rich();
    const newer = { ...existing[0]!, note: 'edited', updatedAt: existing[0]!.updatedAt + 1000 };
    const r = await importText(repo, backup([...fresh, newer, existing[1]!]));
    expect(r).toMatchObject({ ok: true, added: 3, updated: 1, unchanged: 1 });
    expect(await repo.count()).toBe(5);
    for (const e of [...fresh, newer]) expect(await repo.get(e.id)).toEqual(e);
    db.close();
  });
});
