import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CodebookApp } from '../../components/codebook/CodebookApp';
import { browserDownload } from '../../components/library/services';
import { LanguageRoot, browserLanguageSource } from '../../components/i18n';
import { createCodebookLibrary } from '../../utils/codebook/library';
import { extensionCodebookStorage } from '../../utils/codebook/extension-storage';
import { loadSettings, watchSettings } from '../../utils/settings';
import '../../components/theme.css';
import '../../components/codebook/codebook.css';

const services = {
  library: createCodebookLibrary({ storage: extensionCodebookStorage(browser.storage.local), newId: () => crypto.randomUUID(), now: () => Date.now() }),
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
