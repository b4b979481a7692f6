/**
 * The active codebook in the background: what pages match with, what their hover cards and
 * counts show, and what new examples are coded with.
 *
 *   storage change ──→ changed() ──→ new wire version? ──→ tell every tab ('codebook.changed')
 *   'lexicon.match' / 'codebook.page' ──→ current(): compiled on the first request after a change
 *
 * The built-in codebook keeps the path pages have always used (the seeds' lexicon, compiled once
 * per worker, and its concepts in the content script's own bundle), so with it active nothing
 * extra crosses to a page. A user codebook is compiled here (utils/codebook/compile.ts) and its
 * concepts, in the order of the hit table, go to a page once per version ('codebook.page').
 *
 * Versions on the wire: the lexicon's version for the built-in codebook, `<id>@<version>` for a
 * user codebook. A page asking with another one gets no hits and `stale`, never another
 * codebook's hits read with its own table (which would name wrong concepts).
 */
import type { Codebook } from '../codebook/model';
import { compileCodebookSteps, type CompiledCodebook } from '../codebook/compile';
import { highlightStyle } from '../codebook/highlight-style';
import { encodeHits, termTable, type TermTable } from '../lexicon/hit-codec';
import { conceptsIn, match as matchLexicon } from '../lexicon/index';
import type { CompiledLexicon } from '../lexicon/compile';
import type { LexiconEntry } from '../lexicon/types';
import type { CodebookPage } from '../messages/protocol';
import { ACTIVE_KEY, CHANGED_KEY, INDEX_KEY } from '../codebook/extension-storage';

/** The wire version of a user codebook's version. */
export const codebookKey = (id: string, version: string) => `${id}@${version}`;

/**
 * Storage keys whose change may change the active codebook (extension-storage.ts): the active
 * id, the editor's note of a codebook saved or deleted, and the first editor's index.
 */
export const ACTIVE_CODEBOOK_KEYS: readonly string[] = [ACTIVE_KEY, CHANGED_KEY, INDEX_KEY];

/** A short name of a wire version, for highlight names: a stale sheet never colours another version's names. */
export function paintTag(key: string): string {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return `u${(h >>> 0).toString(36)}-k`;
}

export interface ActiveCodebookDeps {
  /** The active codebook (library.active(): the built-in one unless the user chose theirs). */
  load(): Promise<Codebook>;
  /** The built-in codebook's id, version, and its wire version (the lexicon's version). */
  builtin: { id: string; version: string; wire: string };
  /** The built-in lexicon, compiled (defaultLexicon) and its hit table (termTable(LEXICON)). */
  builtinLexicon(): { lexicon: CompiledLexicon; terms: TermTable };
  /** Tells every open tab the new wire version (after a change; tabs on that version already ignore it). */
  tell(version: string): Promise<void> | void;
  /** The compiler (default: compileCodebookSteps in slices of `sliceMs`), a seam for tests. */
  compile?: (cb: Codebook) => CompiledCodebook | Promise<CompiledCodebook>;
  /**
   * A long compile (a 1,000-concept codebook: a few hundred ms here) gives the worker's other
   * messages (a page's judgement, the badge) a turn every this many ms; 0 compiles in one go.
   */
  sliceMs?: number;
  now?: () => number;
}

export interface ActiveMatcher {
  /** The wire version. */
  wire: string;
  /** What new examples are coded with. */
  codedWith: { id: string; version: string };
  lexicon: CompiledLexicon<LexiconEntry>;
  terms: TermTable;
  page: CodebookPage;
  /** How long compiling it took (ms; 0 for the built-in one, compiled elsewhere). */
  compileMs: number;
}

export interface ActiveCodebook {
  /** The active codebook, compiled (once per version). */
  current(): Promise<ActiveMatcher>;
  /** The storage changed: reads the active codebook again; tells the tabs when its version changed. */
  changed(): Promise<void>;
  /** 'lexicon.match': hits as numbers, or none and `stale` for another version. */
  match(text: string, version: string): Promise<{ hits: number[]; stale?: boolean }>;
  page(): Promise<CodebookPage>;
  codedWith(): Promise<{ id: string; version: string }>;
  /** The concept ids in a quote (context menu, shortcut). */
  conceptsIn(text: string): Promise<string[]>;
  /** The wire version pages should hold now. */
  wire(): Promise<string>;
}

/** Runs the compile's steps, letting other tasks run every `sliceMs`. */
export async function compileInSlices(cb: Codebook, sliceMs: number, now: () => number = () => performance.now()): Promise<CompiledCodebook> {
  const steps = compileCodebookSteps(cb);
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (sliceMs > 0 && now() - start >= sliceMs) {
      await new Promise((ok) => setTimeout(ok, 0));
      start = now();
    }
  }
}

export function createActiveCodebook(deps: ActiveCodebookDeps): ActiveCodebook {
  const now = deps.now ?? (() => performance.now());
  const compile = deps.compile ?? ((cb: Codebook) => compileInSlices(cb, deps.sliceMs ?? 20, now));
  /** The loaded codebook (not yet compiled), and the compiled one for it. */
  let loaded: Promise<Codebook> | null = null;
  let compiled: { wire: string; matcher: Promise<ActiveMatcher> } | null = null;

  const wireOf = (cb: Codebook) => (cb.builtIn || cb.id === deps.builtin.id ? deps.builtin.wire : codebookKey(cb.id, cb.version));
  const load = () => (loaded ??= deps.load().catch((error) => {
    loaded = null;
    throw error;
  }));

  async function build(cb: Codebook): Promise<ActiveMatcher> {
    if (cb.builtIn || cb.id === deps.builtin.id) {
      const { lexicon, terms } = deps.builtinLexicon();
      return {
        wire: deps.builtin.wire,
        codedWith: { id: deps.builtin.id, version: deps.builtin.version },
        lexicon,
        terms,
        page: { version: deps.builtin.wire, builtIn: true },
        compileMs: 0,
      };
    }
    const wire = codebookKey(cb.id, cb.version);
    const t0 = now();
    const c = await compile(cb);
    const terms = termTable(c.lexicon.concepts);
    const style = highlightStyle(c, 'diplolens-', { groupPrefix: paintTag(wire), byCategory: true });
    const categoryLabel = new Map(cb.categories.map((k) => [k.id, k.label]));
    const groups: Record<string, string> = {};
    const concepts = c.lexicon.concepts.map((e) => {
      const paint = style.groupOf(e.id);
      groups[paint] = categoryLabel.get(e.source.category) ?? e.source.category;
      return {
        id: e.id,
        label: e.source.label,
        definition: e.source.definition,
        category: e.source.category,
        refs: [...e.source.references],
        terms: e.terms,
        paint,
        colour: c.colourOf(e.id),
      };
    });
    const page: CodebookPage = { version: wire, builtIn: false, id: cb.id, name: cb.name, concepts, groups, css: style.css };
    return { wire, codedWith: { id: cb.id, version: cb.version }, lexicon: c.lexicon, terms, page, compileMs: now() - t0 };
  }

  async function current(): Promise<ActiveMatcher> {
    const cb = await load();
    const wire = wireOf(cb);
    if (compiled?.wire !== wire) {
      const entry = { wire, matcher: build(cb) };
      compiled = entry;
      // A failed compile is tried again on the next request, not kept.
      entry.matcher.catch(() => {
        if (compiled === entry) compiled = null;
      });
    }
    return compiled.matcher;
  }

  return {
    current,
    async changed() {
      const before = loaded ? wireOf(await loaded.catch(() => ({ id: '', version: '' }) as Codebook)) : undefined;
      loaded = null;
      const after = wireOf(await load());
      // Compiled lazily, on the first request after the change (a tab's 'codebook.page').
      if (compiled && compiled.wire !== after) compiled = null;
      if (after !== before) await deps.tell(after);
    },
    async match(text, version) {
      const m = await current();
      if (version !== m.wire) return { hits: [], stale: true };
      return { hits: encodeHits(matchLexicon(text, m.lexicon), m.terms) };
    },
    page: async () => (await current()).page,
    codedWith: async () => (await current()).codedWith,
    conceptsIn: async (text) => conceptsIn(matchLexicon(text, (await current()).lexicon)),
    wire: async () => wireOf(await load()),
  };
}

/** Whether a storage.onChanged batch may have changed the active codebook. */
export function touchesActiveCodebook(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'local' && ACTIVE_CODEBOOK_KEYS.some((k) => k in changes);
}
