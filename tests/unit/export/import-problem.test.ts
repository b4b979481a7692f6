/**
 * The words a researcher reads after an import: the file chosen by mistake is named for what it
 * is, "Nothing was imported" is said once, and every number is formatted the same way in the
 * interface language.
 */
import { describe, expect, it } from 'vitest';
import { exportJson, parseImport } from '../../../utils/export/json';
import { exportCodedSegmentsCsv, exportExamplesCsv } from '../../../utils/export/csv';
import { describeImportProblem, importMessage, sniffNotJson, type ImportProblem } from '../../../utils/export/import-problem';
import { LOCALES, pageTranslator } from '../../../utils/i18n/index';
import { makeExample } from '../helpers/examples';

const en = pageTranslator('en');
const ru = pageTranslator('ru');

function refusal(text: string) {
  const r = parseImport(text);
  if (r.ok) throw new Error('expected the import to fail');
  return r;
}

describe('a file chosen by mistake is named for what it is, not by the JSON parser', () => {
  const rows = [makeExample({ quote: 'Soft power, they said', tags: ['forum'] }), makeExample({ detection: { ...makeExample().detection, country: 'NA' } })];
  it.each([
    ['the CSV export', exportExamplesCsv(rows)],
    ['the CSV export without a byte-order mark', exportExamplesCsv(rows, { bom: false })],
    ['the coded segments CSV', exportCodedSegmentsCsv(rows)],
    ['a semicolon table (Excel in many locales)', 'quote;url;country\r\n"Soft power";https://mfa.uz/;UZ\r\n'],
    ['a tab-separated table', 'quote\turl\nSoft power\thttps://mfa.uz/\n'],
    ['a header alone', 'id,quote,url\n'],
  ])('%s → "this is a CSV table"', (_, text) => {
    const r = refusal(text);
    expect(r.problem).toEqual({ code: 'csv' });
    expect(r.error).toMatch(/^This is a CSV table, not a DiploLens backup/);
    expect(r.error).not.toMatch(/Unexpected token|not valid JSON|position/);
    expect(importMessage('diplolens.csv', { ok: false, problem: r.problem }, en)).toBe(
      'Nothing was imported from diplolens.csv: this is a CSV table, not a backup. DiploLens imports its own JSON backup: choose Export → Export JSON (backup) to make one.',
    );
    expect(importMessage('diplolens.csv', { ok: false, problem: r.problem }, ru)).toMatch(/^Из файла diplolens\.csv ничего не импортировано: это таблица CSV/);
  });

  it.each([
    ['a zip (.xlsx, .qdpx)', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n'],
    ['a REFI-QDA codebook (XML)', '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'],
    ['a web page', '<!doctype html><html><body>'],
    ['a YAML codebook', 'soft_power:\n  - soft power\n  - мягкая сила\n'],
    ['plain text', 'Notes from the forum\nSecond line\n'],
  ])('%s → "not a DiploLens backup"', (_, text) => {
    const r = refusal(text);
    expect(r.problem).toEqual({ code: 'notBackup' });
    expect(r.error).not.toMatch(/Unexpected token|not valid JSON|position/);
  });

  it('a backup with a real syntax error still says where', () => {
    const r = refusal('{\n  "format": "diplolens-examples",\n  "version" 1\n}');
    expect(r.problem).toEqual({ code: 'notJson', line: 3, column: 13 });
    expect(describeImportProblem(r.problem, en)).toBe('the file is not valid JSON (line 3, column 13).');
  });

  it.each([
    ['{', null],
    ['[1, 2', null],
    ['a,b\n1,2', 'csv'],
    ['a,b\nsecond line without the separator', 'other'],
    ['\u0000\u0001binary', 'other'],
  ] as const)('sniffNotJson(%j) is %s', (text, kind) => {
    expect(sniffNotJson(text)).toBe(kind);
  });
});

describe('"Nothing was imported" is said once', () => {
  const damaged = () => {
    const data = JSON.parse(exportJson([makeExample(), makeExample()], { now: new Date(0), lexiconVersion: 'x' }));
    data.examples[1].tags = 'forum';
    return JSON.stringify(data);
  };

  it('a damaged row: the file name, then the problem', () => {
    const r = refusal(damaged());
    expect(r.error).not.toMatch(/Nothing was imported/);
    const text = importMessage('backup.json', { ok: false, problem: r.problem }, en);
    expect(text).toBe('Nothing was imported from backup.json: 1 problem in its examples: examples[1].tags must be a list of strings.');
    expect(text.match(/Nothing was imported/g)).toHaveLength(1);
  });

  const problems: ImportProblem[] = [
    { code: 'tooLarge', size: 5e8, max: 4e8 },
    { code: 'unreadable' },
    { code: 'empty' },
    { code: 'truncated' },
    { code: 'notJson', line: 1, column: 2 },
    { code: 'notJson' },
    { code: 'csv' },
    { code: 'notBackup' },
    { code: 'webAnnotation' },
    { code: 'badVersion' },
    { code: 'newer', version: 2, reads: 1 },
    { code: 'tooMany', count: 2e6, max: 1e6 },
    { code: 'countMismatch', expected: 3, actual: 2 },
    { code: 'badList' },
    { code: 'badRows', count: 7, problems: ['examples[0].id is missing'] },
  ];
  it.each(LOCALES)('in %s, every refusal names the file once and says the reason without repeating the opening', (locale) => {
    const t = pageTranslator(locale);
    const opening = t.t('import.failed', { file: 'F.json', reason: '' }).trim();
    for (const problem of problems) {
      const text = importMessage('F.json', { ok: false, problem }, t);
      expect(text.startsWith(opening), problem.code).toBe(true);
      expect(text.split('F.json').length - 1, problem.code).toBe(1);
      const reason = text.slice(opening.length);
      expect(reason.length, problem.code).toBeGreaterThan(5);
      expect(reason, problem.code).not.toContain(opening);
      expect(reason, problem.code).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('numbers are formatted one way, in the interface language', () => {
  it('counts get the language’s grouping in the English words and in every catalog', () => {
    const data = JSON.parse(exportJson([makeExample()], { now: new Date(0), lexiconVersion: 'x' }));
    data.count = 12_000;
    const r = refusal(JSON.stringify(data));
    expect(r.problem).toEqual({ code: 'countMismatch', expected: 12_000, actual: 1 });
    expect(r.error).toMatch(/says it holds 12,000 examples but has 1:/);
    expect(describeImportProblem(r.problem, en)).toContain('12,000');
    expect(describeImportProblem(r.problem, ru)).toContain('12\u00a0000');
    expect(describeImportProblem({ code: 'tooMany', count: 1_234_567, max: 1_000_000 }, pageTranslator('tr'))).toContain('1.234.567');
  });

  it('sizes are given in one unit system, the same as the settings page (decimal, Intl)', () => {
    const r = parseImport('x'.repeat(2_500), { fileChars: 1_000, examples: 10 });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error).toBe('The file is too large (2.5 kB of text; at most 1 kB).');
    expect(describeImportProblem(r.problem, en)).toBe('the file is 2.5 kB; a DiploLens backup is at most 1 kB.');
    expect(describeImportProblem(r.problem, ru)).toMatch(/^размер файла 2,5\s?кБ/);
  });

  it('a finished import: counts in the language, warnings counted with plural rules and quoted (at most three)', () => {
    const outcome = { ok: true as const, added: 1_200, updated: 3, unchanged: 0, warnings: ['One.', 'Two.', 'Three.', 'Four.', 'Five.'] };
    expect(importMessage('b.json', outcome, en)).toBe('Imported b.json: 1,200 new, 3 updated, 0 unchanged. 5 warnings: One. Two. Three.');
    expect(importMessage('b.json', { ...outcome, warnings: ['Only.'] }, en)).toBe('Imported b.json: 1,200 new, 3 updated, 0 unchanged. 1 warning: Only.');
    expect(importMessage('b.json', { ...outcome, warnings: [] }, ru)).toBe(
      'Импортирован файл b.json: новых — 1\u00a0200, обновлено — 3, без изменений — 0.',
    );
  });

  it('a refusal already in words (storage full) is passed on as it is', () => {
    expect(importMessage('b.json', { ok: false, reason: en.t('storage.full') }, en)).toBe(`Nothing was imported from b.json: ${en.t('storage.full')}`);
  });
});
