/**
 * What the library page reaches: the database, the exports, the browser.
 * Built once in the entry point; LibraryApp takes it as a prop.
 */
import type { browser as browserApi } from 'wxt/browser';
import type { ExampleRepository } from '../../utils/db/repository';
import type { Example } from '../../utils/model/example';
import type { ExampleChanges } from '../../utils/db/changes';
import { countryLabel } from '../../utils/country';
import {
  exportCodebookCsv,
  exportCodedSegmentsCsv,
  exportExamplesCsvParts,
} from '../../utils/export/csv';
import { FILE_LIMITS, exportJson, parseImport } from '../../utils/export/json';
import { readBackupCodebook } from '../../utils/codebook/backup';
import { exportWebAnnotations } from '../../utils/export/web-annotation';
import { CATEGORIES, LEXICON, LEXICON_VERSION } from '../../seeds/lexicon';
import { PAPERS } from '../../seeds/papers';
import { CODEBOOK } from '../../seeds/codebook';
import {
  categoryOptions,
  conceptCategory,
  conceptLabel,
  conceptOptions,
  functionLabel,
  functionOptions,
} from '../../utils/vocabulary';
import type { LibraryServices } from './LibraryApp';
import type { ExportKind } from './ExportMenu';
import { openExample } from './open-example';
import { ImportRefused } from '../../utils/export/import-problem';
import { loadSettings, updateSettings } from '../../utils/settings';
import type { Correction } from '../../utils/detect/correction';
import type { Codebook } from '../../utils/codebook/model';
import { builtinCodebook } from '../../utils/codebook/builtin';
import { codeColours } from '../../utils/library/code-colours';
import { checkedQdc, checkedQdpx, chooseCodebook } from '../../utils/export/refi';
import { codebookFileName } from '../../utils/codebook/file-export';

/** Rows per slice when loading the collection: reading and indexing 500 rows stays well under 50 ms. */
const LOAD_SLICE = 500;

export interface LibraryDeps {
  browser: typeof browserApi;
  repo: ExampleRepository;
  /** Starts a download of a file (an <a download> click in the page). */
  download(name: string, blob: Blob): void;
  now?: () => Date;
  /** Lets the page paint between export chunks. */
  yieldTo?: () => Promise<void>;
  /** Other pages' writes to the collection (utils/db/changes.ts); none by default. */
  listenForChanges?: (onChanges: (changes: ExampleChanges) => void) => () => void;
  /** The user's corrections of source judgements, which travel in the JSON backup (through the background, which applies them). */
  /** The active codebook (utils/codebook/library.ts active()): the colours of examples coded before codebooks, and of the charts. */
  activeCodebook?: () => Promise<Codebook>;
  /**
   * Tells the background that codebooks were added (utils/codebook/extension-storage.ts
   * CHANGED_KEY, as the editor's save does), so open tabs repaint with the active codebook
   * without a reload. Called once per import that added a codebook version, with the last one.
   */
  codebooksChanged?: (changed: { id: string; version: string }) => Promise<void>;
  /** The software as REFI-QDA files name it ('DiploLens 0.1.0'). */
  origin?: string;
  /** The check a REFI-QDA file passes before it is downloaded (utils/codebook/refi/check.ts by default; a seam for tests). */
  checkRefi?: (xml: string, sources?: ReadonlyMap<string, Uint8Array>) => string[];
  corrections?: {
    list(): Promise<Correction[]>;
    importMerge(rows: Correction[]): Promise<{ added: number; updated: number; unchanged: number }>;
  };
}

export function browserDownload(doc: Document) {
  return (name: string, blob: Blob) => {
    const url = URL.createObjectURL(blob);
    const a = doc.createElement('a');
    a.href = url;
    a.download = name;
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
}

/**
 * Lets the page handle input and paint between chunks of long work.
 * scheduler.yield() (Chrome 129+) resumes first in line; elsewhere a
 * MessageChannel round trip, which, unlike setTimeout, is never clamped or
 * throttled.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[:T]/g, '-');

export function createLibraryServices(deps: LibraryDeps): LibraryServices {
  const now = deps.now ?? (() => new Date());
  const yieldTo = deps.yieldTo ?? yieldToPage;
  const labels = { conceptLabel, functionLabel };
  const origin = deps.origin ?? 'DiploLens';

  /** A Blob grown part by part (each part encoded in its own task), for large exports. */
  async function blobOf(parts: AsyncIterable<string>, type: string): Promise<Blob> {
    let blob = new Blob([], { type });
    for await (const part of parts) {
      blob = new Blob([blob, part], { type });
      await yieldTo();
    }
    return blob;
  }

  async function build(kind: ExportKind, rows: Example[], bom: boolean): Promise<{ name: string; mime: string; text: string | Blob }> {
    const t = now();
    const base = `diplolens-${stamp(t)}`;
    switch (kind) {
      case 'csv':
        return {
          name: `${base}-examples.csv`,
          mime: 'text/csv;charset=utf-8',
          text: await blobOf(exportExamplesCsvParts(rows, { bom, now: t, ...labels, yieldTo }), 'text/csv;charset=utf-8'),
        };
      case 'segments':
        return {
          name: `${base}-coded-segments.csv`,
          mime: 'text/csv;charset=utf-8',
          text: exportCodedSegmentsCsv(rows, { bom, now: t, ...labels }),
        };
      case 'codebook':
        return {
          name: `diplolens-codebook-${LEXICON_VERSION}.csv`,
          mime: 'text/csv;charset=utf-8',
          text: exportCodebookCsv(LEXICON, CATEGORIES, PAPERS, CODEBOOK, { bom }),
        };
      case 'json':
        return {
          name: `${base}.json`,
          mime: 'application/json',
          text: exportJson(rows, { now: t, lexiconVersion: LEXICON_VERSION, codebooks: await deps.repo.codebookVersions(), corrections: await deps.corrections?.list() }),
        };
      case 'annotations':
        return {
          name: `${base}-annotations.jsonld`,
          mime: 'application/ld+json',
          text: exportWebAnnotations(rows, { now: t, conceptLabel, conceptIri: (id) => `urn:diplolens:concept:${id}` }),
        };
      case 'qdpx':
      case 'qdc': {
        // Each example with the codebook it was coded with where that version is stored, else the active one, else the built-in one (utils/export/refi.ts).
        const builtin = builtinCodebook();
        const [versions, active] = await Promise.all([deps.repo.codebookVersions(), deps.activeCodebook?.() ?? builtin]);
        const choice = chooseCodebook(rows, versions, active, builtin);
        // Checked before the download (as `cli export` checks): a file with problems throws RefiUnsound and nothing is downloaded.
        if (kind === 'qdc') {
          const bytes = checkedQdc(choice.codebook, { origin, check: deps.checkRefi });
          return { name: codebookFileName(choice.codebook.name, 'qdc'), mime: 'application/xml;charset=utf-8', text: new Blob([bytes as BlobPart], { type: 'application/xml;charset=utf-8' }) };
        }
        const bytes = checkedQdpx(rows, choice, { now: t, origin, check: deps.checkRefi });
        return { name: `${base}.qdpx`, mime: 'application/zip', text: new Blob([bytes as BlobPart], { type: 'application/zip' }) };
      }
    }
  }

  return {
    yieldTo,
    first: (limit) => deps.repo.list(limit),
    count: () => deps.repo.count(),
    getMany: (ids) => deps.repo.getMany(ids),
    onExternalChanges: deps.listenForChanges ?? (() => () => {}),
    async loadAll(onSlice) {
      let after: string | null = null;
      for (;;) {
        const rows = await deps.repo.page(after, LOAD_SLICE);
        if (!rows.length) return;
        // Read before handing the slice over: the receiver may reorder it.
        after = rows[rows.length - 1]!.id;
        onSlice(rows);
        await yieldTo();
      }
    },
    update: (id, patch) => deps.repo.update(id, patch),
    remove: (ids) => deps.repo.remove(ids),
    restore: (rows) => deps.repo.restore(rows),
    retag: (ids, add, remove) => deps.repo.retag(ids, add, remove),
    changeTags: (patches) => deps.repo.changeTags(patches),
    revertTags: (previous, written) => deps.repo.revertTags(previous, written),
    async codeColours() {
      const builtin = builtinCodebook();
      const [versions, active] = await Promise.all([deps.repo.codebookVersions(), deps.activeCodebook?.() ?? builtin]);
      return codeColours(versions, active, builtin);
    },
    async exportRows(kind, rows, { bom }) {
      const file = await build(kind, rows, bom);
      deps.download(file.name, typeof file.text === 'string' ? new Blob([file.text], { type: file.mime }) : file.text);
      return file.name;
    },
    async importFile(file) {
      // Refuse an oversized file before reading it into memory (UTF-8 bytes ≥ characters).
      const max = FILE_LIMITS.fileChars * 3;
      if (file.size > max) {
        throw new ImportRefused({ code: 'tooLarge', size: file.size, max }, `The file is ${file.size} bytes, more than a DiploLens backup can be.`);
      }
      const text = await file.text();
      const parsed = parseImport(text, FILE_LIMITS, readBackupCodebook);
      // The problem as data, so the library says it in its language (utils/export/import-problem.ts).
      if (!parsed.ok) throw new ImportRefused(parsed.problem, parsed.error);
      // A storage failure is passed on as the browser gave it: the library words a full disk itself.
      const { written, codebooksAdded, ...summary } = await deps.repo.importMerge(parsed.examples, parsed.codebooks ?? []);
      // Versions the file brought may change the active codebook: the background recompiles and tells the tabs.
      const lastBook = parsed.codebooks?.at(-1);
      if (codebooksAdded > 0 && lastBook && deps.codebooksChanged) await deps.codebooksChanged({ id: lastBook.id, version: lastBook.version });
      // The whole file was checked before either write (parseImport): what remains to fail is storage.
      const corrections = parsed.corrections?.length && deps.corrections ? await deps.corrections.importMerge(parsed.corrections) : undefined;
      return { ...summary, warnings: parsed.warnings, rows: written, ...(corrections && { corrections }) };
    },
    open: (example) => openExample(deps.browser, example),
    async saveShortcut() {
      const commands = (await deps.browser.commands?.getAll?.()) ?? [];
      return commands.find((c) => c.name === 'save-selection')?.shortcut ?? '';
    },
    loadBom: async () => (await loadSettings()).csvBom,
    saveBom: async (on) => void (await updateSettings({ csvBom: on })),
    loadShowCharts: async () => (await loadSettings()).showCharts,
    saveShowCharts: async (on) => void (await updateSettings({ showCharts: on })),
    concepts: conceptOptions,
    functions: functionOptions,
    categories: categoryOptions,
    conceptLabel,
    functionLabel,
    categoryOf: conceptCategory,
    countryLabel: (code) => countryLabel(code),
    now,
  };
}
