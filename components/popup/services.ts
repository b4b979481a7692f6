/**
 * What the popup reaches: the active tab's content script, the database, the
 * lexicon. Built once in the entry point; the PopupApp takes it as a prop.
 */
import type { browser as browserApi } from 'wxt/browser';
import type { ExampleRepository } from '../../utils/db/repository';
import { fail, type Result } from '../../utils/messages/protocol';
import { sendToBackground, sendToTab, sendToTabWhenReady } from '../../utils/messages/transport';
import type { PopupServices } from './PopupApp';
import { requestPersistence } from '../../utils/persist';
import { loadSettings, updateSettings } from '../../utils/settings';
import { describeStorageError } from '../../utils/db/storage-error';

export interface PopupDeps {
  browser: typeof browserApi;
  repo: ExampleRepository;
  /** Tab to talk to; the entry point reads it from `?tab=` (tests) or the active tab. */
  tabId: number | null;
  lexicon: Pick<PopupServices, 'conceptsIn' | 'concepts' | 'conceptCategory' | 'functions' | 'lexiconVersion' | 'countryLabel'>;
  suggestTags(query: string): string[];
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
      try {
        const saved = await deps.repo.add(draft);
        void requestPersistence();
        return { ok: true, value: { id: saved.id } };
      } catch (error) {
        return fail(describeStorageError(error));
      }
    },
    suggestTags: deps.suggestTags,
    loadSettings,
    updateSettings,
    openLibrary: () => {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      window.close();
    },
  };
}
