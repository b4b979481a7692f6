/**
 * REFI-QDA from the library (Export → .qdpx / .qdc): which codebook the file carries, and
 * the file itself, checked before anyone downloads it (utils/codebook/refi/check.ts, the
 * checks `cli export` makes after writing one).
 *
 * A .qdpx holds one codebook. Each example is taken with the codebook it was coded with
 * (its codebookId@codebookVersion as saved, when that version is stored; else that
 * codebook's latest stored version, or the built-in codebook as it is now for examples
 * coded with an earlier built-in lexicon, whose concept ids stay stable), else the active
 * codebook (a codebook since deleted, or none recorded). The project's codebook is the one that coded most of the examples exported (a tie
 * goes to the active codebook, then to the one met first); concepts and functions of the
 * other examples that it lacks become codes of their own under 'Codes not in this
 * codebook' (project.ts), named with the label of the codebook that example was coded with.
 *
 * Pure: rows and codebooks in, bytes or a list of problems out.
 */
import { strToU8 } from 'fflate';
import type { Example } from '../model/example';
import type { Codebook } from '../codebook/model';
import { exportQdpx } from '../codebook/refi/project';
import { exportQdc } from '../codebook/formats/qdc';
import { checkRefi, unzipQdpx } from '../codebook/refi/check';

export interface CodebookChoice {
  /** The codebook the file carries. */
  codebook: Codebook;
  /** How many of the rows were coded with it (the rest: another codebook or version). */
  codedWith: number;
  /** A label for a concept or function id the chosen codebook lacks, from the codebook its example was coded with. */
  conceptLabel(id: string): string;
  functionLabel(id: string): string;
}

const keyOf = (cb: Pick<Codebook, 'id' | 'version'>) => `${cb.id}@${cb.version}`;

/** The codebook a REFI-QDA export of these rows carries (see the top of this file). */
export function chooseCodebook(
  rows: readonly Pick<Example, 'codebookId' | 'codebookVersion' | 'concepts' | 'functionId'>[],
  versions: readonly Codebook[],
  active: Codebook,
  builtin: Codebook,
): CodebookChoice {
  const known = new Map<string, Codebook>();
  for (const cb of [builtin, ...versions, active]) known.set(keyOf(cb), cb);
  // Each codebook's latest stored version (user codebooks count 1, 2, 3 …; else the last saved), and the built-in one as it is now.
  const latest = new Map<string, Codebook>();
  const n = (v: string) => (/^\d+$/.test(v) ? Number(v) : -1);
  for (const cb of [...versions, active]) {
    const best = latest.get(cb.id);
    if (!best || n(cb.version) > n(best.version) || (n(cb.version) === n(best.version) && cb.updatedAt > best.updatedAt)) latest.set(cb.id, cb);
  }
  latest.set(builtin.id, builtin);
  const count = new Map<string, number>();
  const used: Codebook[] = [];
  for (const r of rows) {
    // The version it was coded with; else that codebook's latest version (the built-in one's ids stay stable across
    // lexicon versions, and examples from before codebooks name it with their lexicon version); else the active one.
    const own = r.codebookId ? ((r.codebookVersion && known.get(`${r.codebookId}@${r.codebookVersion}`)) || latest.get(r.codebookId)) : undefined;
    const cb = own ?? active;
    const k = keyOf(cb);
    if (!count.has(k)) used.push(cb);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  let chosen = active;
  let best = count.get(keyOf(active)) ?? 0;
  for (const cb of used) {
    const n = count.get(keyOf(cb))!;
    if (n > best) {
      best = n;
      chosen = cb;
    }
  }
  // Labels: the chosen codebook's, then (for the ids it lacks) the codebooks the other rows were coded with, then active, then built-in.
  const order = [chosen, ...used.filter((cb) => cb !== chosen), active, builtin];
  const conceptLabels = new Map<string, string>();
  const functionLabels = new Map<string, string>();
  for (const cb of order.reverse()) {
    for (const c of cb.concepts) conceptLabels.set(c.id, c.label);
    for (const f of cb.functions) functionLabels.set(f.id, f.label);
  }
  return {
    codebook: chosen,
    codedWith: best,
    conceptLabel: (id) => conceptLabels.get(id) ?? id,
    functionLabel: (id) => functionLabels.get(id) ?? id,
  };
}

/** A REFI-QDA file that failed its own check: nothing is downloaded; the problems say why. */
export class RefiUnsound extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The REFI-QDA file is not sound: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'RefiUnsound';
  }
}

export interface RefiOptions {
  now: Date;
  /** The software, for the origin attribute ('DiploLens 0.1.0'). */
  origin: string;
  /** The check (a seam for tests); utils/codebook/refi/check.ts by default. */
  check?: typeof checkRefi;
}

/** The .qdpx of these rows with this codebook, checked; throws RefiUnsound instead of returning a file with problems. */
export function checkedQdpx(rows: readonly Example[], choice: CodebookChoice, opts: RefiOptions): Uint8Array {
  const zip = exportQdpx(rows, choice.codebook, { now: opts.now, origin: opts.origin, conceptLabel: choice.conceptLabel, functionLabel: choice.functionLabel });
  let problems: string[];
  try {
    const files = unzipQdpx(zip);
    problems = (opts.check ?? checkRefi)(files.project, files.sources);
  } catch (e) {
    problems = [e instanceof Error ? e.message : String(e)];
  }
  if (problems.length) throw new RefiUnsound(problems);
  return zip;
}

/** The .qdc of a codebook, checked the same way. */
export function checkedQdc(cb: Codebook, opts: Omit<RefiOptions, 'now'>): Uint8Array {
  const xml = exportQdc(cb, { origin: opts.origin });
  let problems: string[];
  try {
    problems = (opts.check ?? checkRefi)(xml);
  } catch (e) {
    problems = [e instanceof Error ? e.message : String(e)];
  }
  if (problems.length) throw new RefiUnsound(problems);
  return strToU8(xml);
}
