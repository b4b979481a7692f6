/**
 * The lexicon against its corpus (../shared/seeds from the repository root). Nothing is
 * skipped: a missing corpus folder fails with a message saying where it was looked for.
 *
 * The corpus is not copied into the repository (its README allows quoting the papers only
 * as short cited terms). A clone made elsewhere (CI clones into a temporary folder) finds
 * it beside the repository it was cloned from; DIPLOLENS_CORPUS may name it directly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { conceptsIn, defaultLexicon, match } from '../../../utils/lexicon/index.ts';
import { LEXICON } from '../../../seeds/lexicon.ts';
import { PAPERS } from '../../../seeds/papers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The clone's origin, when it is a folder on this machine. */
function originFolder(): string | null {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const path = url.startsWith('file://') ? new URL(url).pathname : url;
    return isAbsolute(path) && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const CANDIDATES = [
  process.env.DIPLOLENS_CORPUS,
  resolve(ROOT, '../shared/seeds'),
  ...[originFolder()].filter((o): o is string => !!o).map((o) => resolve(o, '../shared/seeds')),
].filter((p): p is string => !!p);
const SEEDS = CANDIDATES.find((p) => existsSync(resolve(p, 'README.md'))) ?? CANDIDATES.join(' or ');

function read(file: string): string {
  const path = resolve(SEEDS, file);
  if (!existsSync(path)) {
    throw new Error(`corpus file missing: ${path} — the corpus must be at ../shared/seeds relative to the repository root`);
  }
  return readFileSync(path, 'utf8');
}

describe('corpus', () => {
  test('the corpus folder exists', () => {
    expect(existsSync(SEEDS), `corpus folder not found at ${SEEDS} (expected ../shared/seeds from the repo root)`).toBe(true);
  });

  const found = new Map<string, Set<string>>();
  test.each(PAPERS.map((p) => [p.id, p.file] as const))('%s: at least 12 distinct concepts', (id, file) => {
    const ids = conceptsIn(match(read(file), defaultLexicon()));
    found.set(id, new Set(ids));
    expect(ids.length).toBeGreaterThanOrEqual(12);
  });

  test('every concept not marked `added` occurs in at least one paper, and refs are exact', () => {
    const byConcept = new Map<string, string[]>();
    for (const p of PAPERS) {
      for (const c of conceptsIn(match(read(p.file), defaultLexicon()))) byConcept.set(c, [...(byConcept.get(c) ?? []), p.id]);
    }
    for (const c of LEXICON) {
      if (c.added) continue;
      expect(byConcept.get(c.id), `${c.id} not found in the corpus`).toBeDefined();
      // refs name exactly the papers where the concept's terms occur
      expect([...c.refs].sort(), c.id).toEqual([...(byConcept.get(c.id) ?? [])].sort());
    }
  });
});
