import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryApp } from '../../components/library/LibraryApp';
import { browserDownload, createLibraryServices } from '../../components/library/services';
import { createExampleRepository } from '../../utils/db/repository';
import { openDatabase } from '../../utils/db/schema';
import { createChangeChannel } from '../../utils/db/changes';
import { requestPersistence } from '../../utils/persist';
import { LanguageRoot, browserLanguageSource } from '../../components/i18n';
import { DocumentTitle } from '../../components/DocumentTitle';
import { loadSettings, watchSettings } from '../../utils/settings';
import { sendToBackground } from '../../utils/messages/transport';
import { createCodebookLibrary } from '../../utils/codebook/library';
import { databaseCodebookStorage } from '../../utils/db/codebooks';
import { CHANGED_KEY } from '../../utils/codebook/extension-storage';
import '../../components/theme.css';

void requestPersistence();
// One channel for this tab's writes and for hearing everyone else's (never its own echo).
const changes = createChangeChannel();
const db = openDatabase();
const codebooks = createCodebookLibrary({ storage: databaseCodebookStorage(db, browser.storage.local), newId: () => crypto.randomUUID(), now: () => Date.now() });
const services = createLibraryServices({
  browser,
  repo: createExampleRepository(db, { announce: changes.announce }),
  activeCodebook: () => codebooks.active(),
  origin: `DiploLens ${browser.runtime.getManifest().version}`,
  download: browserDownload(document),
  listenForChanges: changes.listen,
  // The editor's note (extension-storage.ts CHANGED_KEY): the background repaints open tabs.
  codebooksChanged: ({ id, version }) => browser.storage.local.set({ [CHANGED_KEY]: { id, version, at: Date.now() } }),
  // Through the background, which applies them to every open tab at once.
  corrections: {
    async list() {
      const r = await sendToBackground(browser.runtime, 'corrections.list', null);
      if (!r.ok) throw new Error(r.error);
      return r.value.corrections;
    },
    async importMerge(rows) {
      const r = await sendToBackground(browser.runtime, 'corrections.import', { corrections: rows });
      if (!r.ok) throw new Error(r.error);
      return r.value;
    },
  },
});
/** ?page=<address> shows one page's examples and &open=<id> one example in the editor (the popup links here). */
function startAt(q: URLSearchParams): { page?: string; open?: string } {
  return { page: q.get('page') ?? undefined, open: q.get('open') ?? undefined };
}

// The interface language: the library re-renders in another as soon as the setting changes.
render(
  <LanguageRoot source={browserLanguageSource({ load: loadSettings, watch: watchSettings })}>
    <DocumentTitle k="library.title" />
    <LibraryApp services={services} start={startAt(new URLSearchParams(location.search))} />
  </LanguageRoot>,
  document.getElementById('app')!,
);
