/**
 * `scan`: find the concepts of a codebook (the built-in one, or `--codebook FILE`) in texts.
 *   scan              all of stdin → {"hits":[{concept,term,lang,start,end}]}
 *   scan --jsonl      stdin lines {"id","text"} → one {"id","concepts","hits"} per line
 *   scan --csv DIR    .txt/.md/.html/.htm files in DIR (recursively) → document × concept counts (CSV)
 * A term that several concepts share counts for each of them (as LIWC and quanteda count),
 * where the page highlights one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CliIO } from './io.ts';
import type { Hit } from '../../utils/lexicon/types.ts';
import { conceptsIn, match } from '../../utils/lexicon/index.ts';
import type { CompiledLexicon } from '../../utils/lexicon/compile.ts';
import type { LexiconEntry } from '../../utils/lexicon/types.ts';
import { htmlToText } from '../../utils/lexicon/html-text.ts';
import { compileCodebook } from '../../utils/codebook/compile.ts';
import { codebookOption } from './codebook-file.ts';

const HELP = `usage: npm run -s cli -- scan [--codebook FILE] [--jsonl | --csv DIR]
  --codebook F  find the concepts of this codebook instead of DiploLens's own: a quanteda
                dictionary (.yml), a LIWC dictionary (.dic), a REFI-QDA codebook (.qdc) or a
                DiploLens codebook (.json)
  (default)     read all of stdin, print {"hits":[{"concept","term","lang","start","end"}]}
  --jsonl       read JSON lines {"id","text"}; print {"id","concepts","hits"} per line,
                or {"line":N,"error":"..."} for a bad line
  --csv DIR     scan .txt .md .html .htm files under DIR; print a CSV of concept counts
                per document (header: document,<concept ids>)
  --help        this text
Offsets are UTF-16 code units into the text (JavaScript string indices). A term that
several concepts share is reported for each of them.
`;

const toJson = (h: Hit) => ({ concept: h.conceptId, term: h.term, lang: h.lang, start: h.start, end: h.end });

type Lexicon = CompiledLexicon<LexiconEntry>;
const find = (text: string, L: Lexicon) => match(text, L, { allConcepts: true });

export async function main(argv: string[], io: CliIO): Promise<number> {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const cb = await codebookOption(args, io, 'scan');
  if (!cb) return 2;
  const L = compileCodebook(cb).lexicon;
  if (args.length === 0) {
    const text = await io.readAll();
    io.out(JSON.stringify({ hits: find(text, L).map(toJson) }) + '\n');
    return 0;
  }
  if (args[0] === '--jsonl' && args.length === 1) return jsonl(io, L);
  if (args[0] === '--csv' && args.length === 2) return csv(args[1]!, io, L);
  io.err(`scan: bad arguments: ${args.join(' ')}\n${HELP}`);
  return 2;
}

async function jsonl(io: CliIO, L: Lexicon): Promise<number> {
  let n = 0;
  let failed = false;
  for await (const line of io.lines()) {
    n++;
    if (line.trim() === '') continue;
    try {
      const item: unknown = JSON.parse(line);
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('expected an object {"id","text"}');
      const { id, text } = item as Record<string, unknown>;
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" must be a string or number');
      const hits = find(text, L);
      io.out(JSON.stringify({ id: id ?? null, concepts: conceptsIn(hits), hits: hits.map(toJson) }) + '\n');
    } catch (e) {
      failed = true;
      io.out(JSON.stringify({ line: n, error: e instanceof Error ? e.message : String(e) }) + '\n');
    }
  }
  return failed ? 1 : 0;
}

const SCANNED = /\.(txt|md|html?)$/i;

/** RFC 4180: quote a field when it holds a comma, quote, CR or LF; double inner quotes. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function csv(dir: string, io: CliIO, L: Lexicon): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).filter((f) => SCANNED.test(f)).sort();
  } catch (e) {
    io.err(`scan: cannot read folder ${dir}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const ids = L.concepts.map((c) => c.id);
  const column = new Map(ids.map((id, i) => [id, i]));
  io.out(['document', ...ids].map(csvField).join(',') + '\r\n');
  let failed = false;
  for (const name of names) {
    const path = join(dir, name);
    let text: string;
    try {
      const raw = await readFile(path, 'utf8');
      text = /\.html?$/i.test(name) ? htmlToText(raw) : raw;
    } catch (e) {
      failed = true;
      io.err(`scan: ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    const counts = new Array<number>(ids.length).fill(0);
    for (const h of find(text, L)) counts[column.get(h.conceptId)!]!++;
    io.out([csvField(relative(dir, path)), ...counts.map(String)].join(',') + '\r\n');
  }
  return failed ? 1 : 0;
}
