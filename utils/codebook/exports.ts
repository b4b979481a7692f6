/**
 * What the examples' exports need of a codebook: labels and categories by id (for CSV,
 * coded segments and Web Annotations), and the codebook as a CSV table (concepts, then
 * functions) with the columns of utils/export/csv.ts's codebook export plus the terms of
 * languages beyond the five.
 */
import Papa from 'papaparse';
import type { ExportLookups } from '../vocabulary';
import { CODEBOOK_CSV_COLUMNS, formatPaperRef } from '../export/csv';
import { joinList, neutraliseFormula } from '../export/cells';
import type { PaperRef } from '../lexicon/types';
import { LANGS } from '../lexicon/types';
import type { Codebook, CodebookTerm } from './model';

/** Labels and categories from a codebook; an id it lacks stands for itself (as the default lookups do). */
export function codebookLookups(cb: Codebook): ExportLookups {
  const concepts = new Map(cb.concepts.map((c) => [c.id, c]));
  const functions = new Map(cb.functions.map((f) => [f.id, f]));
  return {
    conceptLabel: (id) => concepts.get(id)?.label ?? id,
    conceptCategory: (id) => concepts.get(id)?.category ?? '',
    functionLabel: (id) => functions.get(id)?.label ?? id,
  };
}

export const CODEBOOK_TABLE_COLUMNS = [
  ...CODEBOOK_CSV_COLUMNS,
  { name: 'terms_other', description: "Terms in other languages, each as 'language: term', joined with '; ' ('und': any language, as written)." },
] as const;

const termText = (t: CodebookTerm) => t.text.trim();

/** The codebook as CSV (RFC 4180, CRLF; formula characters neutralised as in every export). */
export function exportCodebookTable(cb: Codebook, papers: readonly PaperRef[], opts: { bom?: boolean } = {}): string {
  const paper = new Map(papers.map((p) => [p.id, p]));
  const category = new Map(cb.categories.map((c) => [c.id, c]));
  const isPaper = (r: string) => paper.has(r);
  const cite = (r: string) => (paper.has(r) ? formatPaperRef(paper.get(r)!) : r);
  const rows: string[][] = cb.concepts.map((c) => [
    'concept',
    c.id,
    c.label,
    c.category,
    category.get(c.category)?.label ?? '',
    c.definition,
    joinList(c.references.filter(isPaper).map(cite)),
    joinList(c.references.filter((r) => !isPaper(r))),
    '',
    ...LANGS.map((lang) => joinList((c.terms[lang] ?? []).map(termText))),
    joinList(Object.entries(c.terms).filter(([lang]) => !(LANGS as readonly string[]).includes(lang)).flatMap(([lang, list]) => list.map((t) => `${lang}: ${termText(t)}`))),
  ]);
  for (const f of cb.functions)
    rows.push(['function', f.id, f.label, '', '', f.definition, joinList(f.references.map(cite)), '', joinList(f.concepts), ...LANGS.map(() => ''), '']);
  const unparse = (data: string[][]) => Papa.unparse(data, { newline: '\r\n', quotes: false, header: false });
  const header = unparse([CODEBOOK_TABLE_COLUMNS.map((c) => c.name)]);
  const body = rows.length ? '\r\n' + unparse(rows.map((r) => r.map(neutraliseFormula))) : '';
  return (opts.bom ? '\uFEFF' : '') + header + body;
}
