/**
 * The user's corrections travel in the JSON backup: written after the examples, read back
 * as they were, and a backup with a malformed correction is refused whole, naming it.
 */
import { describe, expect, test } from 'vitest';
import { exportJson, parseImport } from '../../../utils/export/json';
import type { Correction } from '../../../utils/detect/correction';
import { makeExample } from '../helpers/examples';

const corrections: Correction[] = [
  { key: 'web:example-embassy.org', target: { platform: 'web', host: 'example-embassy.org' }, kind: 'mfa', subkind: 'embassy', country: 'UZ', label: 'Embassy of Uzbekistan in Ruritania', createdAt: 1, updatedAt: 2 },
  { key: 'x:@mfa_russia', target: { platform: 'x', handle: 'mfa_russia' }, kind: 'none', subkind: 'none', country: null, label: '', createdAt: 3, updatedAt: 3 },
  { key: 'youtube:id:UCaaaaaaaaaaaaaaaaaaaaaa', target: { platform: 'youtube', handle: 'kzhealth', id: 'UCaaaaaaaaaaaaaaaaaaaaaa' }, kind: 'government', subkind: 'ministry', country: 'KZ', label: 'Денсаулық сақтау министрлігі', createdAt: 4, updatedAt: 5 },
];

const backup = () => JSON.parse(exportJson([makeExample({ id: 'e1' })], { now: new Date(0), lexiconVersion: 'v', corrections })) as Record<string, unknown>;

describe('corrections in the JSON backup', () => {
  test('exported after the examples and read back exactly', () => {
    const text = exportJson([makeExample({ id: 'e1' })], { now: new Date(0), lexiconVersion: 'v', corrections });
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'exportedAt', 'lexiconVersion', 'count', 'examples', 'corrections']);
    const r = parseImport(text);
    expect(r.ok && r.corrections).toEqual(corrections);
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.examples.map((e) => e.id)).toEqual(['e1']);
  });

  test('a backup made before corrections existed imports as before, with none', () => {
    const r = parseImport(exportJson([makeExample({ id: 'e1' })], { now: new Date(0), lexiconVersion: 'v' }));
    expect(r.ok && r.corrections).toBeUndefined();
  });

  test.each([
    [(b: { corrections: unknown[] }) => ((b.corrections[1] as Record<string, unknown>)['kind'] = 'embassy'), /corrections\[1\]\.kind must be one of mfa, government, none/],
    [(b: { corrections: unknown[] }) => ((b.corrections[0] as Record<string, unknown>)['target'] = { platform: 'web', host: 'not a host' }), /corrections\[0\]\.target\.host must be a site's host name/],
    [(b: { corrections: unknown[] }) => b.corrections.push({ ...corrections[1]!, updatedAt: 9 }), /corrections\[3\] corrects the same @mfa_russia on x as corrections\[1\]/],
    [(b: { corrections: unknown }) => (b.corrections = { 'web:a.org': {} }), /corrections must be a list, not an object/],
  ])('a malformed correction: nothing is imported, the message names it (%#)', (spoil, message) => {
    const b = backup() as unknown as { corrections: unknown[] };
    spoil(b);
    const r = parseImport(JSON.stringify(b));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});
