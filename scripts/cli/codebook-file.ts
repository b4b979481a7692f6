/**
 * `--codebook FILE` for the command line: a quanteda dictionary (.yml), a LIWC dictionary
 * (.dic), a REFI-QDA codebook (.qdc) or a DiploLens codebook (.json), read and checked as the
 * editor reads it (utils/codebook/formats). Without the option: the built-in codebook.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { builtinCodebook } from '../../utils/codebook/builtin.ts';
import { openCodebookFile } from '../../utils/codebook/formats/index.ts';
import { stableGuid } from '../../utils/codebook/guid.ts';
import type { Codebook } from '../../utils/codebook/model.ts';
import type { CliIO } from './io.ts';

/** The codebook named by `--codebook FILE` in args (removed from them), or the built-in one; undefined after an error (reported). */
export async function codebookOption(args: string[], io: CliIO, command: string): Promise<Codebook | undefined> {
  const at = args.indexOf('--codebook');
  if (at < 0) return builtinCodebook();
  const path = args[at + 1];
  args.splice(at, 2);
  if (!path || path.startsWith('--')) {
    io.err(`${command}: --codebook needs a file: a quanteda dictionary (.yml), a LIWC dictionary (.dic), a REFI-QDA codebook (.qdc) or a DiploLens codebook (.json)\n`);
    return undefined;
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    io.err(`${command}: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return undefined;
  }
  // The same file gives the same codebook id, so exports made from it name the same codes.
  const r = openCodebookFile(basename(path), text, { id: stableGuid('project', 'cli-codebook', basename(path)), now: Date.now() });
  if (!r.ok) {
    io.err(`${command}: ${path}: ${r.error}\n`);
    return undefined;
  }
  for (const w of r.warnings) io.err(`${command}: ${path}: ${w}\n`);
  return r.value;
}
