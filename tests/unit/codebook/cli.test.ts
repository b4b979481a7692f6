import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { main as scan } from '../../../scripts/cli/scan.ts';
import { main as exportMain } from '../../../scripts/cli/export.ts';
import { memoryIO } from '../../../scripts/cli/io.ts';
import { exportJson } from '../../../utils/export/json.ts';
import { exportCodebookJson } from '../../../utils/codebook/formats/json.ts';
import { checkRefi, unzipQdpx } from '../../../utils/codebook/refi/check.ts';
import { makeExample } from '../helpers/examples.ts';
import { schemaErrors } from './xsd.ts';
import { userCodebook } from './helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/codebooks');
const dir = mkdtempSync(join(tmpdir(), 'diplolens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = () => new Date(Date.UTC(2026, 1, 2));

const backupPath = join(dir, 'backup.json');
const examples = [
  makeExample({ id: '3e9c8d4b-1f5a-4c7d-8b6e-0a1b2c3d4e5f', quote: 'Цифровая дипломатия 🌍 и мягкая сила.', concepts: ['digital-diplomacy', 'soft-power'], tags: ['forum'] }),
  makeExample({ id: '4fad9e5c-2a6b-4d8e-9c7f-1b2c3d4e5f60', quote: '=HYPERLINK("x") visa applications', concepts: [], tags: [], functionId: '' }),
];
writeFileSync(backupPath, exportJson(examples, { now: NOW(), lexiconVersion: 'test' }));

describe('cli scan --codebook', () => {
  test.each([
    ['digital-diplomacy.yml', 'The consulate issues visas; digital diplomacy too.', ['consular', 'consular', 'diplomacy.digital']],
    ['diplomacy.dic', 'The consulate issues visas; digital diplomacy too.', ['diplomacy', 'consular', 'consular', 'diplomacy']],
    ['nvivo-style.qdc', 'Soft power and negotiations, followers.', ['soft-power', 'negotiations', 'followers']],
  ])('%s', async (file, text, concepts) => {
    const io = memoryIO(text);
    expect(await scan(['--codebook', join(FIXTURES, file)], io)).toBe(0);
    expect(JSON.parse(io.stdout()).hits.map((h: { concept: string }) => h.concept)).toEqual(concepts);
  });

  test('a DiploLens JSON codebook, with --jsonl and --csv', async () => {
    const cbPath = join(dir, 'consular.json');
    writeFileSync(cbPath, exportCodebookJson(userCodebook([{ id: 'visa', label: 'Visas', terms: { en: [{ text: 'visa application' }] } }, { id: 'help', terms: { und: [{ text: 'hotline' }] } }])));
    const io = memoryIO('{"id":"a","text":"Visa applications and the hotline"}\n');
    expect(await scan(['--codebook', cbPath, '--jsonl'], io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ id: 'a', concepts: ['visa', 'help'] });
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'one.txt'), 'A visa application, another visa application, a hotline.');
    const io2 = memoryIO('');
    expect(await scan(['--csv', docs, '--codebook', cbPath], io2)).toBe(0);
    expect(io2.stdout()).toBe('document,visa,help\r\none.txt,2,1\r\n');
  });

  test('a broken or missing codebook: a message naming the file and the line, exit 2, nothing scanned', async () => {
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'econ:\n  - "econom.*"\n');
    const io = memoryIO('text');
    expect(await scan(['--codebook', bad], io)).toBe(2);
    expect(io.stderr()).toMatch(/^scan: .*bad\.yml: Nothing was imported: line 2: "econom\.\*" looks like a regular expression/);
    expect(io.stdout()).toBe('');
    const io2 = memoryIO('text');
    expect(await scan(['--codebook', join(dir, 'nope.dic')], io2)).toBe(2);
    expect(io2.stderr()).toMatch(/cannot read .*nope\.dic/);
    const io3 = memoryIO('text');
    expect(await scan(['--codebook'], io3)).toBe(2);
  });
});

describe('cli export', () => {
  const run = async (args: string[], input = '') => {
    const io = memoryIO(input);
    const code = await exportMain(args, io, NOW);
    return { code, io };
  };

  test('csv and segments read back as the library writes them, formulas neutralised', async () => {
    const { code, io } = await run(['--format', 'csv', backupPath]);
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(io.stdout(), { header: true }).data;
    expect(rows.map((r) => r['quote'])).toEqual([examples[0]!.quote, `'${examples[1]!.quote}`]);
    expect(rows[0]!['concept_labels']).toBe('Digital diplomacy; Soft power');
    const seg = await run(['--format', 'segments', backupPath]);
    expect(seg.io.stdout().split('\r\n')).toHaveLength(4);
  });

  test('labels come from --codebook', async () => {
    const cbPath = join(dir, 'labels.json');
    writeFileSync(cbPath, exportCodebookJson(userCodebook([{ id: 'digital-diplomacy', label: 'Digitale Diplomatie', terms: { de: [{ text: 'digitale Diplomatie' }] } }])));
    const { io } = await run(['--format', 'segments', '--codebook', cbPath, backupPath]);
    expect(io.stdout()).toContain('digital-diplomacy,Digitale Diplomatie,services');
  });

  test('qdpx to a file: valid against Project.xsd and sound', async () => {
    const out = join(dir, 'project.qdpx');
    const { code, io } = await run(['--format', 'qdpx', '--out', out, backupPath]);
    expect(code).toBe(0);
    expect(io.stderr()).toBe(`export: 2 examples → ${out}\n`);
    const files = unzipQdpx(new Uint8Array(readFileSync(out)));
    expect(schemaErrors('Project.xsd', files.project)).toEqual([]);
    expect(checkRefi(files.project, files.sources)).toEqual([]);
    expect(files.sources.size).toBe(2);
  });

  test('qdpx to standard output as bytes; qdc and codebook need no backup', async () => {
    const q = await run(['--format', 'qdpx', backupPath]);
    expect([...q.io.bytes().slice(0, 2)]).toEqual([0x50, 0x4b]);
    const qdc = await run(['--format', 'qdc', '--codebook', join(FIXTURES, 'diplomacy.dic')]);
    expect(schemaErrors('Codebook.xsd', qdc.io.stdout())).toEqual([]);
    const table = await run(['--format', 'codebook', '--bom']);
    expect(table.io.stdout().startsWith('\uFEFFkind,id,label,category')).toBe(true);
    expect(table.io.stdout()).toContain('concept,soft-power,Soft power');
  });

  test('annotations from standard input', async () => {
    const { code, io } = await run(['--format', 'annotations'], readFileSync(backupPath, 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout()).total).toBe(2);
  });

  test('a damaged backup is refused whole; bad arguments exit 2', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, readFileSync(backupPath, 'utf8').slice(0, 200));
    const r = await run(['--format', 'csv', broken]);
    expect(r.code).toBe(1);
    expect(r.io.stderr()).toMatch(/truncated/);
    expect(r.io.stdout()).toBe('');
    expect((await run(['--format', 'pdf', backupPath])).code).toBe(2);
    expect((await run([backupPath])).code).toBe(2);
    expect((await run(['--format', 'csv', '--out'])).code).toBe(2);
  });
});
