/**
 * `classify`: URLs (optionally TAB title) on stdin → one JSON object per line:
 *   {"url","kind","subkind","country","confidence","reasons"}
 * A bad line yields {"line":N,"error":"…","input":"…"}; blank lines are skipped.
 * Exit code 0 when every line was classified, 1 if any line errored.
 */
import { detectSource } from '../../utils/detect/index.ts';
import { describeProblem, parseUrl } from '../../utils/detect/url.ts';
import type { CliIO } from './io.ts';

const USAGE = `usage: npm run -s cli -- classify [--help]
Reads lines from standard input: a URL, optionally followed by a TAB and the page title.
Writes one JSON object per line: {"url","kind","subkind","country","confidence","reasons"}.
A line that is not a URL yields {"line":N,"error":"…","input":"…"}; the exit code is then 1.
`;

export async function main(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) {
    io.err(`classify: unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  let failed = false;
  let n = 0;
  for await (const line of io.lines()) {
    n++;
    if (line.trim() === '' && !line.includes('\t')) continue;
    const tab = line.indexOf('\t');
    const rawUrl = (tab >= 0 ? line.slice(0, tab) : line).trim();
    const title = tab >= 0 ? line.slice(tab + 1).trim() : '';
    const parsed = parseUrl(rawUrl);
    if (typeof parsed === 'string' || /\s/.test(rawUrl)) {
      failed = true;
      const error = typeof parsed === 'string' ? describeProblem(parsed) : 'The address contains spaces.';
      io.out(`${JSON.stringify({ line: n, error, input: line.slice(0, 500) })}\n`);
      continue;
    }
    const d = detectSource(rawUrl, title ? { title } : undefined);
    io.out(`${JSON.stringify({ url: rawUrl, kind: d.kind, subkind: d.subkind, country: d.country, confidence: d.confidence, reasons: d.reasons })}\n`);
  }
  return failed ? 1 : 0;
}
