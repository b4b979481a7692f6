import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CodebookApp } from '../../components/codebook/CodebookApp';
import { browserDownload } from '../../components/library/services';
import { LanguageRoot, browserLanguageSource } from '../../components/i18n';
import { createCodebookLibrary } from '../../utils/codebook/library';
import { announcingStorage } from '../../utils/codebook/extension-storage';
import { databaseCodebookStorage, moveFromExtensionStorage } from '../../utils/db/codebooks';
import { openDatabase } from '../../utils/db/schema';
import { requestPersistence } from '../../utils/persist';
import { loadSettings, watchSettings } from '../../utils/settings';
import '../../components/theme.css';
import '../../components/codebook/codebook.css';

void requestPersistence();
const db = openDatabase();
// Codebooks made before the database had a table for them come in first (once).
await moveFromExtensionStorage(db, browser.storage.local).catch((e: unknown) => console.error('DiploLens: codebooks not moved yet', e));
const services = {
  // Each save and delete is noted beside the rows: the background hears it and open tabs repaint with the active codebook.
  library: createCodebookLibrary({ storage: announcingStorage(databaseCodebookStorage(db, browser.storage.local), browser.storage.local), newId: () => crypto.randomUUID(), now: () => Date.now() }),
  newId: () => crypto.randomUUID(),
  now: () => Date.now(),
  download: browserDownload(document),
  origin: `DiploLens ${browser.runtime.getManifest().version}`,
};
render(
  <LanguageRoot source={browserLanguageSource({ load: loadSettings, watch: watchSettings })}>
    <CodebookApp services={services} libraryUrl={browser.runtime.getURL('/library.html')} />
  </LanguageRoot>,
  document.getElementById('app')!,
);
