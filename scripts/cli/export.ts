/**
 * `export`: a DiploLens JSON backup (the library's Export → JSON) into any other export,
 * so large collections can be processed outside the browser.
 *
 *   export --format csv|segments|codebook|qdc|qdpx|annotations [--codebook FILE] [--out FILE] BACKUP.json
 *
 * The backup is read and checked as the library's Import reads it (utils/export/json.ts):
 * a damaged file is refused whole with its message. Labels and categories come from the
 * codebook (the built-in one unless --codebook names another). A .qdpx is checked after it
 * is written (utils/codebook/refi/check.ts) and goes to --out, or to standard output.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { FILE_LIMITS, parseImport } from '../../utils/export/json.ts';
import { readBackupCodebook } from '../../utils/codebook/backup.ts';
import { exportCodedSegmentsCsv, exportExamplesCsv } from '../../utils/export/csv.ts';
import { exportWebAnnotations } from '../../utils/export/web-annotation.ts';
import { codebookLookups, exportCodebookTable } from '../../utils/codebook/exports.ts';
import { exportQdc } from '../../utils/codebook/formats/qdc.ts';
import { exportQdpx } from '../../utils/codebook/refi/project.ts';
import { checkRefi, unzipQdpx } from '../../utils/codebook/refi/check.ts';
import { PAPERS } from '../../seeds/papers.ts';
import { codebookOption } from './codebook-file.ts';
import type { CliIO } from './io.ts';

const FORMATS = ['csv', 'segments', 'codebook', 'qdc', 'qdpx', 'annotations'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `usage: npm run -s cli -- export --format FORMAT [--codebook FILE] [--out FILE] [--bom] [BACKUP.json]
Converts a DiploLens JSON backup (read from BACKUP.json, or standard input) into:
  csv           one row per example (the library's CSV export)
  segments      one row per example and concept (coded segments, for R, pandas, NVivo, MAXQDA)
  codebook      the codebook as CSV: concepts with definitions, references and terms; functions
  qdc           the codebook as a REFI-QDA codebook (.qdc) for NVivo, ATLAS.ti, MAXQDA
  qdpx          a REFI-QDA project (.qdpx): every example a source with its quote coded
  annotations   W3C Web Annotations (JSON-LD)
  --codebook F  labels, categories and codes from this codebook (.yml, .dic, .qdc or .json)
                instead of DiploLens's own
  --out F       write to this file instead of standard output
  --bom         start CSV files with a byte-order mark (for Excel)
`;

const ORIGIN = 'DiploLens command line';

export async function main(argv: string[], io: CliIO, now: () => Date = () => new Date()): Promise<number> {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const take = (flag: string): string | undefined | false => {
    const at = args.indexOf(flag);
    if (at < 0) return undefined;
    const v = args[at + 1];
    args.splice(at, 2);
    return v && !v.startsWith('--') ? v : false;
  };
  const format = take('--format');
  const out = take('--out');
  const bomAt = args.indexOf('--bom');
  const bom = bomAt >= 0;
  if (bom) args.splice(bomAt, 1);
  if (format === undefined || format === false || !(FORMATS as readonly string[]).includes(format)) {
    io.err(`export: --format must be one of ${FORMATS.join(', ')}\n${HELP}`);
    return 2;
  }
  if (out === false) {
    io.err('export: --out needs a file name\n');
    return 2;
  }
  const cb = await codebookOption(args, io, 'export');
  if (!cb) return 2;
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown || args.length > 1) {
    io.err(`export: bad arguments: ${args.join(' ')}\n${HELP}`);
    return 2;
  }

  let rows: import('../../utils/model/example.ts').Example[] = [];
  if ((format as Format) !== 'codebook' && (format as Format) !== 'qdc') {
    let text: string;
    try {
      text = args[0] ? await readFile(args[0], 'utf8') : await io.readAll();
    } catch (e) {
      io.err(`export: cannot read ${args[0]}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    // A backup's own codebooks are checked like its examples (an export may use them with --codebook later).
    const read = parseImport(text, FILE_LIMITS, readBackupCodebook);
    if (!read.ok) {
      io.err(`export: ${args[0] ?? 'standard input'}: ${read.error}\n`);
      return 1;
    }
    for (const w of read.warnings) io.err(`export: ${w}\n`);
    rows = read.examples;
  }

  const t = now();
  const labels = codebookLookups(cb);
  let result: string | Uint8Array;
  switch (format as Format) {
    case 'csv':
      result = exportExamplesCsv(rows, { bom, now: t, ...labels });
      break;
    case 'segments':
      result = exportCodedSegmentsCsv(rows, { bom, now: t, ...labels });
      break;
    case 'codebook':
      result = exportCodebookTable(cb, PAPERS, { bom });
      break;
    case 'qdc':
      result = exportQdc(cb, { origin: ORIGIN });
      break;
    case 'annotations':
      result = exportWebAnnotations(rows, { now: t, conceptLabel: labels.conceptLabel, functionLabel: labels.functionLabel, conceptIri: (id) => `urn:diplolens:concept:${id}` });
      break;
    case 'qdpx': {
      result = exportQdpx(rows, cb, { now: t, origin: ORIGIN, conceptLabel: labels.conceptLabel, functionLabel: labels.functionLabel });
      const files = unzipQdpx(result);
      const problems = checkRefi(files.project, files.sources);
      if (problems.length) {
        io.err(`export: the project written is not sound (please report this): ${problems.slice(0, 3).join('; ')}\n`);
        return 1;
      }
      break;
    }
  }
  if (out) {
    try {
      await writeFile(out, result);
    } catch (e) {
      io.err(`export: cannot write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    io.err(`export: ${rows.length} example${rows.length === 1 ? '' : 's'} → ${out}\n`);
  } else if (typeof result === 'string') io.out(result);
  else io.outBytes(result);
  return 0;
}
