/**
 * The background's handler table: what each request does. The entry point
 * only wires it to runtime.onMessage, so it is tested with plain objects.
 */
import type { ExampleRepository } from '../db/repository';
import type { Detection, PageSignals } from '../detect/types';
import { topFrameTabId, type HandlerTable } from '../messages/transport';
import type { ToBackground } from '../messages/protocol';
import { badgeFor } from '../badge';
import { createTabDetections, type TabDetections } from './tab-detections';
import { createExampleSaver, type CodedWith, type SaveExample } from './save-example';
import type { Corrections } from './corrections';
import { judgeWithCorrections, NO_CORRECTIONS } from '../detect/apply-corrections';
import { createSaveFollowUps, createSaveGrants, type SaveGrants } from './save-grants';
import type { ActiveCodebook } from './active-codebook';

export interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setTitle(details: { title: string; tabId?: number }): Promise<void> | void;
}

export interface BackgroundDeps {
  repo: ExampleRepository;
  /**
   * The one writer of new examples (save-example.ts), when the caller already has it (the
   * background shares it with the context menu and shortcut); else one is made over `repo`.
   */
  save?: SaveExample;
  /** The source detector (utils/detect), passed in so tests can use their own. */
  detect(url: string, signals: PageSignals): Detection;
  badge: BadgeApi;
  /**
   * Last detection of each tab's top-level page, so the badge can be set again
   * (tab-detections.ts: in storage.session, which outlives an MV3 worker).
   */
  detections?: TabDetections;
  /** The concept matcher (utils/lexicon), already encoding hits for the wire. */
  match(text: string): number[];
  lexiconVersion: string;
  /**
   * The active codebook (active-codebook.ts): when given, 'lexicon.match' matches with it (another
   * version gets no hits and `stale`) and 'codebook.page' answers it; without it, pages match the
   * built-in lexicon (`match`, `lexiconVersion`) and another version is refused.
   */
  codebook?: Pick<ActiveCodebook, 'match' | 'page'>;
  /** The codebook new examples are coded with (save-example.ts). */
  codedWith?: CodedWith;
  /** The user's corrections (corrections.ts): every judgement reads them; none when absent. */
  corrections?: Corrections;
  /** What each tab may undo or annotate of the example it saved from the context menu or shortcut (save-grants.ts); memory when absent. */
  grants?: SaveGrants;
  /**
   * Firefox: put the highlight colours into a frame as a user-origin sheet (tabs.insertCSS with
   * cssOrigin 'user'), for ranges in open shadow roots; absent where the browser needs none.
   */
  insertShadowSheet?: (tabId: number, frameId: number, codebookCss?: string) => Promise<void>;
}

/**
 * Longest text one match request may carry (UTF-16 units). The content script
 * sends ~64 KB at a time and never more than ~1.1 M characters (a run cut hard
 * at 16 × 64 KB, plus one node; long nodes go in 64 KB pieces), so a request
 * over this is not ours to honour.
 */
export const MAX_MATCH_CHARS = 2 * 1024 * 1024;

/** A page sends at most this many authors at once (a long timeline's first screen is far fewer). */
const MAX_DETECT_ITEMS = 500;

export async function showBadge(badge: BadgeApi, tabId: number, detection: Detection | undefined): Promise<void> {
  const b = badgeFor(detection);
  await badge.setBadgeText({ text: b.text, tabId });
  await badge.setBadgeBackgroundColor({ color: b.color, tabId });
  await badge.setTitle({ title: b.title, tabId });
}

export function createBackgroundHandlers(deps: BackgroundDeps): HandlerTable<ToBackground> {
  const detections = deps.detections ?? createTabDetections();
  const save = deps.save ?? createExampleSaver(deps.repo, deps.codedWith);
  const index = () => deps.corrections?.index() ?? Promise.resolve(NO_CORRECTIONS);
  // Every judgement: the registry and signals (deps.detect), unless the user corrected this site or account.
  const judge = async (url: string, signals: PageSignals | undefined) => judgeWithCorrections(url, signals ?? {}, await index(), deps.detect);
  const refused = (type: string) => () => {
    throw new Error(`'${type}' is not available here`);
  };
  const corrections = deps.corrections?.handlers ?? {
    'corrections.list': () => ({ corrections: [] }),
    'correction.save': refused('correction.save'),
    'correction.remove': refused('correction.remove'),
    'corrections.import': refused('corrections.import'),
  };
  return {
    detect: async ({ items }) => {
      const idx = await index();
      return { detections: items.slice(0, MAX_DETECT_ITEMS).map((i) => judgeWithCorrections(i.url, i.signals ?? {}, idx, deps.detect)) };
    },
    // From any page (a web page's frame, the popup): checked before it is stored.
    'example.save': ({ draft }) => save(draft),
    'page.detect': async ({ url, signals }, sender) => {
      if (typeof url !== 'string') throw new Error('page.detect needs the page’s address');
      const detection = await judge(url, signals);
      // The judgement made here is the tab's, for its badge, when the tab's own page asked: an
      // embedded frame (a ministry's page framed by another site, an ad or video on an official
      // page) says nothing of the tab.
      const tabId = topFrameTabId(sender);
      if (tabId !== undefined) {
        await detections.set(tabId, detection);
        await showBadge(deps.badge, tabId, detection);
      }
      return detection;
    },
    'lexicon.match': async ({ text, version }) => {
      if (typeof text !== 'string') throw new Error('no text to match');
      if (text.length > MAX_MATCH_CHARS) throw new Error('text too long to match at once');
      if (deps.codebook) {
        const t0 = performance.now();
        const { hits, stale } = await deps.codebook.match(text, String(version));
        return stale ? { hits: [], ms: performance.now() - t0, stale: true } : { hits, ms: performance.now() - t0 };
      }
      // An older content script (the extension was updated under it) has another table of terms.
      if (version !== deps.lexiconVersion) throw new Error(`lexicon ${version} is not ${deps.lexiconVersion}: reload the page`);
      const t0 = performance.now();
      const hits = deps.match(text);
      return { hits, ms: performance.now() - t0 };
    },
    'highlights.shadowSheet': async (_req, sender) => {
      const tabId = sender?.tab?.id;
      if (!deps.insertShadowSheet || tabId === undefined) return { inserted: false };
      // A user codebook's colours too (its highlight names are its own): the page asks again after a change.
      const page = await deps.codebook?.page();
      if (page && !page.builtIn) await deps.insertShadowSheet(tabId, sender?.frameId ?? 0, page.css);
      else await deps.insertShadowSheet(tabId, sender?.frameId ?? 0);
      return { inserted: true };
    },
    'codebook.page': async () => (deps.codebook ? deps.codebook.page() : { version: deps.lexiconVersion, builtIn: true }),
    'badge.refresh': async ({ tabId }) => {
      await showBadge(deps.badge, tabId, await detections.get(tabId));
      return null;
    },
    ...corrections,
    ...createSaveFollowUps({ grants: deps.grants ?? createSaveGrants(), repo: deps.repo }),
  };
}
