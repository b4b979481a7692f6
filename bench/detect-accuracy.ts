/**
 * Accuracy of detectSource on tests/fixtures/urls/labelled.tsv.
 *   npx tsx bench/detect-accuracy.ts [--table snapshot | --table <path>]
 * Prints precision / recall / F1 for 'mfa' and for official (mfa or government)
 * as a Markdown table, then every misclassified row. The unit test
 * tests/unit/detect/accuracy.test.ts uses the same functions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectSource } from '../utils/detect/index.ts';
import type { Detection, SourceKind } from '../utils/detect/types.ts';

export interface LabelledRow {
  line: number;
  url: string;
  title: string;
  kind: SourceKind;
  subkind: string;
  country: string | null;
  note: string;
}

export const TABLE_PATH = fileURLToPath(new URL('../tests/fixtures/urls/labelled.tsv', import.meta.url));

export function readTable(path: string = TABLE_PATH): LabelledRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows: LabelledRow[] = [];
  lines.forEach((text, i) => {
    if (i === 0 || text.trim() === '') return;
    const [url = '', title = '', kind = 'none', subkind = 'none', country = '', note = ''] = text.split('\t');
    rows.push({ line: i + 1, url, title, kind: kind as SourceKind, subkind, country: country || null, note });
  });
  return rows;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Evaluation {
  mfa: Score;
  official: Score;
  /** True positives (official predicted and expected) whose country differs. */
  countryMismatches: { row: LabelledRow; got: Detection }[];
  misclassified: { row: LabelledRow; got: Detection }[];
  total: number;
}

export function evaluate(rows: LabelledRow[]): Evaluation {
  let mTp = 0, mFp = 0, mFn = 0, oTp = 0, oFp = 0, oFn = 0;
  const countryMismatches: Evaluation['countryMismatches'] = [];
  const misclassified: Evaluation['misclassified'] = [];
  for (const row of rows) {
    const got = detectSource(row.url, row.title ? { title: row.title } : undefined);
    const wantM = row.kind === 'mfa', gotM = got.kind === 'mfa';
    const wantO = row.kind !== 'none', gotO = got.kind !== 'none';
    if (wantM && gotM) mTp++; else if (gotM) mFp++; else if (wantM) mFn++;
    if (wantO && gotO) oTp++; else if (gotO) oFp++; else if (wantO) oFn++;
    if (wantO && gotO && row.kind === got.kind && (row.country ?? null) !== got.country) countryMismatches.push({ row, got });
    if (row.kind !== got.kind) misclassified.push({ row, got });
  }
  return { mfa: score(mTp, mFp, mFn), official: score(oTp, oFp, oFn), countryMismatches, misclassified, total: rows.length };
}

function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}

export function report(e: Evaluation): string {
  const out = [
    `Rows: ${e.total}`,
    '',
    '| class | TP | FP | FN | precision | recall | F1 |',
    '|---|---|---|---|---|---|---|',
    ...(['mfa', 'official'] as const).map((k) => {
      const s = e[k];
      return `| ${k} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
    }),
    '',
    `Misclassified rows: ${e.misclassified.length}`,
    ...e.misclassified.map(({ row, got }) => `- line ${row.line}: ${row.url} — expected ${row.kind}, got ${got.kind}/${got.subkind}/${got.country ?? '-'} (${got.reasons[0] ?? ''})`),
    `Country mismatches among true positives: ${e.countryMismatches.length}`,
    ...e.countryMismatches.map(({ row, got }) => `- line ${row.line}: ${row.url} — expected ${row.country ?? '-'}, got ${got.country ?? '-'}`),
  ];
  return `${out.join('\n')}\n`;
}

/** The social accounts drawn from the Govdirectory snapshot (scripts/registry/make-social-table.ts). */
export const SNAPSHOT_TABLE_PATH = fileURLToPath(new URL('../tests/fixtures/urls/snapshot-social.tsv', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --table snapshot: the snapshot's social URLs; --table <path>: any table of the same columns.
  const at = process.argv.indexOf('--table');
  const which = at >= 0 ? process.argv[at + 1] : undefined;
  process.stdout.write(report(evaluate(readTable(which === 'snapshot' ? SNAPSHOT_TABLE_PATH : (which ?? TABLE_PATH)))));
}
