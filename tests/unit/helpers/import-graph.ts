/**
 * The import graph of the extension's own code (seeds/, utils/, components/,
 * entrypoints/), read from the source text, and the layers it must respect.
 * Used by tests/unit/layers.test.ts; `npx tsx tests/unit/helpers/import-graph.ts`
 * prints the same findings.
 *
 * The layers, lowest first (README, "Architecture"): a file may import from its
 * own layer or a lower one, never a higher one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export const LAYERS = [
  'model', // utils/model: the shapes and value sets everything is written in; imports nothing
  'seeds', // seeds/: the data (lexicon, registry, codebook), written in the model's terms
  'core', // the rest of utils/: pure functions, strings in and values out
  'edge', // utils/db, utils/messages and the DOM edge: IndexedDB, browser messaging, the page
  'components', // components/: Preact views and their services
  'entrypoints', // entrypoints/: wiring only
  'cli', // scripts/cli.ts and scripts/cli/: the command line, on the pure core (Node has no IndexedDB nor page)
] as const;
export type Layer = (typeof LAYERS)[number];

/** Folders (and files) of utils/ that are the edge; everything else in utils/ is the pure core. */
const EDGE = ['utils/db/', 'utils/messages/', 'utils/dom/', 'utils/highlight/', 'utils/sites/', 'utils/content/', 'utils/background/', 'utils/settings.ts', 'utils/persist.ts'];

export function layerOf(file: string): Layer | null {
  if (file.startsWith('utils/model/')) return 'model';
  if (file.startsWith('seeds/')) return 'seeds';
  if (file.startsWith('utils/')) return EDGE.some((p) => file === p || file.startsWith(p)) ? 'edge' : 'core';
  if (file.startsWith('components/')) return 'components';
  if (file.startsWith('entrypoints/')) return 'entrypoints';
  if (file === 'scripts/cli.ts' || file.startsWith('scripts/cli/')) return 'cli';
  return null;
}

/** components/popup/…, entrypoints/library/…: a feature folder, whose files only it may import. */
function featureOf(file: string): string | null {
  const m = /^(components|entrypoints)\/([^/]+)\//.exec(file);
  return m ? `${m[1]}/${m[2]}` : null;
}

const SOURCE = /\.(ts|tsx|mts)$/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return out;
  for (const name of readdirSync(abs)) {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...filesUnder(rel));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

export const LAYERED_DIRS = ['seeds', 'utils', 'components', 'entrypoints', 'scripts/cli'];

export function sourceFiles(): string[] {
  return [...LAYERED_DIRS.flatMap(filesUnder), ...(existsSync(join(ROOT, 'scripts/cli.ts')) ? ['scripts/cli.ts'] : [])].sort();
}

/** Comments out, strings kept: an import inside a comment is no import. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * Every module specifier the file names: static imports and re-exports (type-only
 * ones too: a type is a dependency of the code's shape), side-effect imports and
 * dynamic import().
 */
export function specifiers(code: string): string[] {
  const text = stripComments(code);
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The repository file a relative specifier names, or null (a package, a CSS file, a path outside). */
export function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = spec.replace(/\?.*$/, '');
  const target = relative(ROOT, resolve(ROOT, dirname(from), base)).split('\\').join('/');
  const candidates = [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`];
  for (const c of candidates) if (SOURCE.test(c) && existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile()) return c;
  return null;
}

export interface Edge {
  from: string;
  to: string;
}

export function importGraph(files = sourceFiles()): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const deps = specifiers(readFileSync(join(ROOT, file), 'utf8'))
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => t !== null && layerOf(t) !== null);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

const BROWSER_ONLY: readonly Layer[] = ['edge', 'components', 'entrypoints'];

/** Imports that run back up (or, from the command line, into the browser's layers): to a higher layer, or into another feature's folder. */
export function backRunning(graph: Map<string, string[]>): Array<Edge & { why: string }> {
  const out: Array<Edge & { why: string }> = [];
  for (const [from, deps] of graph) {
    const lf = layerOf(from)!;
    for (const to of deps) {
      const lt = layerOf(to)!;
      if (LAYERS.indexOf(lt) > LAYERS.indexOf(lf)) out.push({ from, to, why: `${lf} → ${lt}` });
      // The command line runs in Node: the browser's layers (IndexedDB, messaging, the page, views) are not its.
      else if (lf === 'cli' && BROWSER_ONLY.includes(lt)) out.push({ from, to, why: `cli → ${lt}` });
      else {
        const ff = featureOf(from);
        const ft = featureOf(to);
        if (ft && ff && ff !== ft && ff.split('/')[0] === ft.split('/')[0]) out.push({ from, to, why: `${ff} → another feature, ${ft}` });
      }
    }
  }
  return out;
}

/** Import cycles: the strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const graph = importGraph();
  const back = backRunning(graph);
  const loops = cycles(graph);
  let edges = 0;
  for (const d of graph.values()) edges += d.length;
  console.log(`${graph.size} files, ${edges} imports between them`);
  console.log(`${back.length} back-running imports`);
  for (const b of back) console.log(`  ${b.from} → ${b.to} (${b.why})`);
  console.log(`${loops.length} import cycles`);
  for (const c of loops) console.log(`  ${c.join(' ↔ ')}`);
}
