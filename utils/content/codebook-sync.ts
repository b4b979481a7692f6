/**
 * Keeps a page on the active codebook (utils/background/active-codebook.ts):
 *
 *   'codebook.changed' (every tab, after the user chose or saved a codebook) ─┐
 *   a match answered `stale` (this page holds another version) ───────────────┴→ refresh():
 *     'codebook.page' → the lexicon takes it (lexicon-adapter.ts) → the colour sheet → repaint
 *
 * The colours of a user codebook go into a constructed style sheet adopted by the document:
 * no element the page can see or restyle (the hover card's host is the only element DiploLens
 * adds). Firefox paints a document's ::highlight() rules in its light DOM only, so where the page
 * has open shadow roots the background inserts the same rules as a user-origin sheet too
 * ('highlights.shadowSheet', asked again after a change).
 */
import type { CodebookPage, Req, Res, Result, ToBackground } from '../messages/protocol';

/** What the sync needs of the lexicon (lexicon-adapter.ts's SwitchableLexicon has it). */
export interface SyncLexicon {
  readonly version: string;
  /** Takes the active codebook as the background gave it; a page of the version held already changes nothing. */
  use(page: CodebookPage): void;
  /** Called when the background answered a match as stale (the page holds an old codebook). */
  onStale(cb: (() => void) | null): void;
  /** The user codebook's colour sheet ('' for the built-in one, whose colours the manifest's sheet holds). */
  css(): string;
}

/** Whether a lexicon can change its codebook (a test's fixed lexicon cannot). */
export function switchable<L extends object>(lexicon: L): lexicon is L & SyncLexicon {
  return typeof (lexicon as Partial<SyncLexicon>).use === 'function' && typeof (lexicon as Partial<SyncLexicon>).onStale === 'function';
}

export interface CodebookSyncDeps {
  lexicon: SyncLexicon;
  send<K extends 'codebook.page' | 'highlights.shadowSheet'>(type: K, payload: Req<ToBackground, K>): Promise<Result<Res<ToBackground, K>>>;
  doc: Document;
  signal: AbortSignal;
  /** Paints the page again with the lexicon as it is now (the controller restarts its session). */
  repaint(): void;
  /**
   * Whether the page is highlighted now: a page that is not fetches nothing when told of a
   * change (a user codebook's concepts are large); its first match, if it ever has one, is
   * answered stale and fetches then.
   */
  painting?(): boolean;
  /** Firefox: whether the page asked for the user-origin sheet already (it met an open shadow root). */
  shadowSheetAsked?(): boolean;
}

export interface CodebookSync {
  /** 'codebook.changed': fetch the new version unless this page holds it already. */
  changed(version: string): Promise<void>;
  /** Fetch the active codebook and repaint when it is another than the page's. */
  refresh(): Promise<void>;
}

type DocWithSheets = Document & { adoptedStyleSheets?: CSSStyleSheet[] };

export function createCodebookSync(deps: CodebookSyncDeps): CodebookSync {
  const { lexicon, doc, signal } = deps;
  let sheet: CSSStyleSheet | null = null;
  let inFlight: Promise<void> | null = null;
  /** The version last fetched: a stale answer for it again (an old script under a newer built-in lexicon) fetches nothing more. */
  let fetched: string | null = null;

  function paintSheet(css: string) {
    const d = doc as DocWithSheets;
    if (!d.adoptedStyleSheets) return;
    try {
      if (!css) {
        if (sheet) d.adoptedStyleSheets = d.adoptedStyleSheets.filter((s) => s !== sheet);
        sheet = null;
        return;
      }
      if (!sheet) {
        // The document's own constructor (Firefox's content scripts see the page's through X-rays).
        const Sheet = (doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null)?.CSSStyleSheet ?? CSSStyleSheet;
        sheet = new Sheet();
        d.adoptedStyleSheets = [...d.adoptedStyleSheets, sheet];
      }
      sheet.replaceSync(css);
    } catch (error) {
      console.debug('[DiploLens] codebook colours', error);
    }
  }

  async function fetchAndUse(): Promise<void> {
    const r = await deps.send('codebook.page', null);
    if (signal.aborted || !r.ok) return;
    const page: CodebookPage = r.value;
    fetched = page.version;
    const before = lexicon.version;
    lexicon.use(page);
    if (lexicon.version === before) return;
    paintSheet(lexicon.css());
    if (deps.shadowSheetAsked?.() && lexicon.css()) void deps.send('highlights.shadowSheet', null);
    deps.repaint();
  }

  function refresh(): Promise<void> {
    inFlight ??= fetchAndUse()
      .catch((error) => console.debug('[DiploLens] codebook', error))
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  lexicon.onStale(() => {
    if (fetched !== null && fetched !== lexicon.version) return; // fetched already and still unusable: no loop
    void refresh();
  });
  signal.addEventListener(
    'abort',
    () => {
      lexicon.onStale(null);
      paintSheet('');
    },
    { once: true },
  );

  return {
    async changed(version) {
      if (version === lexicon.version) return;
      fetched = null;
      if (deps.painting && !deps.painting()) return;
      await refresh();
    },
    refresh,
  };
}
