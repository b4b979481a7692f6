/**
 * What the popup reaches: the active tab's content script, the background
 * (which checks and stores what the popup saves, like every other save), the
 * lexicon. Built once in the entry point; the PopupApp takes it as a prop.
 */
import type { browser as browserApi } from 'wxt/browser';
import { fail, type Result } from '../../utils/messages/protocol';
import { sendToBackground, sendToTab, sendToTabWhenReady } from '../../utils/messages/transport';
import type { PopupServices } from './PopupApp';
import { requestPersistence } from '../../utils/persist';
import { loadSettings, updateSettings } from '../../utils/settings';
import type { Example } from '../../utils/model/example';
import type { Codebook } from '../../utils/codebook/model';
import { builtinCodebook } from '../../utils/codebook/builtin';
import { codeColours } from '../../utils/library/code-colours';

export interface PopupDeps {
  browser: typeof browserApi;
  /** Tab to talk to; the entry point reads it from `?tab=` (tests) or the active tab. */
  tabId: number | null;
  lexicon: Pick<PopupServices, 'conceptsIn' | 'concepts' | 'conceptCategory' | 'functions' | 'lexiconVersion' | 'countryLabel'>;
  suggestTags(query: string): string[];
  /** The examples saved from a page (the database, read-only here: saving goes through the background). */
  savedFrom?(url: string): Promise<Example[]>;
  /** The active codebook (utils/codebook/library.ts active()), read-only here: the concept list's colours and labels. */
  activeCodebook?: () => Promise<Codebook>;
}

export function createPopupServices(deps: PopupDeps): PopupServices {
  const { browser, tabId } = deps;
  const noTab = <T>(): Promise<Result<T>> => Promise.resolve(fail('no active tab'));
  return {
    ...deps.lexicon,
    getStatus: () => (tabId === null ? noTab() : sendToTabWhenReady(browser.tabs, tabId, 'status.get', null)),
    setHighlights: async (on) => {
      if (tabId === null) return noTab();
      const r = await sendToTab(browser.tabs, tabId, 'highlights.set', { on });
      void sendToBackground(browser.runtime, 'badge.refresh', { tabId });
      return r;
    },
    nextConcept: (conceptId) => (tabId === null ? noTab() : sendToTab(browser.tabs, tabId, 'concept.next', { conceptId })),
    save: async (draft) => {
      // The one save path: the background checks the draft and writes it (utils/background/save-example.ts).
      const r = await sendToBackground(browser.runtime, 'example.save', { draft });
      // Persistence is asked for from a page: the service worker cannot ask (StorageManager.persist is a window's).
      if (r.ok) void requestPersistence();
      return r;
    },
    suggestTags: deps.suggestTags,
    loadSettings,
    updateSettings,
    openSettings: () => {
      void browser.runtime.openOptionsPage();
      window.close();
    },
    savedFrom: (url) => deps.savedFrom?.(url) ?? Promise.resolve([]),
    ...(deps.activeCodebook && {
      async activeCodebook() {
        const builtin = builtinCodebook();
        const active = await deps.activeCodebook!();
        const labels = new Map(active.concepts.map((c) => [c.id, c.label]));
        // The page is coded with the active codebook now: its colours, else the built-in one's (no stored versions needed).
        return { colours: codeColours([], active, builtin), conceptLabel: (id: string) => labels.get(id) };
      },
    }),
    openLibrary: (at) => {
      // ?page= shows only that page's examples; &open= opens one in the editor (library/main.tsx).
      const q = new URLSearchParams();
      if (at?.page) q.set('page', at.page);
      if (at?.open) q.set('open', at.open);
      const query = q.toString();
      void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${query ? `?${query}` : ''}`) });
      window.close();
    },
  };
}
