import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main, csvField } from '../../../scripts/cli/scan.ts';
import { memoryIO } from '../../../scripts/cli/io.ts';
import { htmlToText } from '../../../utils/lexicon/html-text.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('scan (stdin)', () => {
  test('prints hits with UTF-16 offsets', async () => {
    const io = memoryIO('Цифровую дипломатию и soft power.');
    expect(await main([], io)).toBe(0);
    const out = JSON.parse(io.stdout());
    expect(out.hits).toEqual([
      { concept: 'digital-diplomacy', term: 'цифровая дипломатия', lang: 'ru', start: 0, end: 19 },
      { concept: 'soft-power', term: 'soft power', lang: 'en', start: 22, end: 32 },
    ]);
  });

  test('--help', async () => {
    const io = memoryIO('');
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout()).toMatch(/--jsonl/);
  });

  test('bad arguments → 2', async () => {
    const io = memoryIO('');
    expect(await main(['--nope'], io)).toBe(2);
    expect(io.stderr()).toMatch(/bad arguments/);
  });
});

describe('scan --jsonl', () => {
  test('one line per input; bad lines reported and skipped', async () => {
    const io = memoryIO(['{"id":"a","text":"kamu diplomasisinde yumuşak gücü"}', 'not json', '{"id":"c"}', '{"id":7,"text":"nothing here"}'].join('\n'));
    expect(await main(['--jsonl'], io)).toBe(1);
    const lines = io.stdout().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', concepts: ['public-diplomacy', 'soft-power'] });
    expect(lines[0].hits[0]).toEqual({ concept: 'public-diplomacy', term: 'kamu diplomasisi', lang: 'tr', start: 0, end: 19 });
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[1].error).toEqual(expect.any(String));
    expect(lines[2]).toMatchObject({ line: 3, error: '"text" must be a string' });
    expect(lines[3]).toEqual({ id: 7, concepts: [], hits: [] });
  });
});

describe('scan --csv', () => {
  test('document × concept counts, HTML stripped, RFC 4180 quoting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplolens-scan-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.txt'), 'Digital diplomacy and digital diplomacy; soft power.');
    writeFileSync(join(dir, 'b,"q".md'), 'мягкая сила');
    writeFileSync(
      join(dir, 'c.html'),
      '<html><head><title>x</title><style>.soft-power{}</style></head><body><script>var s="soft power"</script><p>Public&nbsp;diplomacy &amp; e&#8209;diplomacy</p><!-- soft power --></body></html>',
    );
    writeFileSync(join(dir, 'ignored.json'), '{"text":"soft power"}');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'd.htm'), '<div>Twiplomacy</div>');
    const io = memoryIO('');
    expect(await main(['--csv', dir], io)).toBe(0);
    const rows = io.stdout().trim().split('\r\n');
    const header = rows[0]!.split(',');
    expect(header[0]).toBe('document');
    const col = (id: string) => header.indexOf(id);
    expect(col('soft-power')).toBeGreaterThan(0);
    expect(rows).toHaveLength(5);
    const row = (name: string) => rows.find((r) => r.startsWith(name))!.split(',');
    expect(row('a.txt')[col('digital-diplomacy')]).toBe('2');
    expect(row('a.txt')[col('soft-power')]).toBe('1');
    expect(rows.some((r) => r.startsWith('"b,""q"".md"'))).toBe(true);
    expect(row('c.html')[col('public-diplomacy')]).toBe('1');
    expect(row('c.html')[col('digital-diplomacy')]).toBe('1');
    expect(row('c.html')[col('soft-power')]).toBe('0');
    expect(row(join('sub', 'd.htm'))[col('twiplomacy')]).toBe('1');
  });

  test('unreadable file: error on stderr, the rest goes on, non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplolens-scan-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'ok.txt'), 'soft power');
    mkdirSync(join(dir, 'folder.txt')); // a directory named like a text file cannot be read
    const io = memoryIO('');
    expect(await main(['--csv', dir], io)).toBe(1);
    expect(io.stderr()).toMatch(/folder\.txt/);
    expect(io.stdout()).toMatch(/\r\nok\.txt,/);
  });

  test('missing folder → error', async () => {
    const io = memoryIO('');
    expect(await main(['--csv', join(tmpdir(), 'no-such-dir-diplolens')], io)).toBe(1);
    expect(io.stderr()).toMatch(/cannot read folder/);
  });

  test('csvField and htmlToText', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(htmlToText('<p>a&lt;b &#x41;&#65; &bogus;</p><script>x</script>').trim()).toBe('a<b AA &bogus;');
  });
});
