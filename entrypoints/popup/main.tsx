import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupServices } from '../../components/popup/services';
import { createExampleRepository } from '../../utils/db/repository';
import { openDatabase } from '../../utils/db/schema';
import { countryLabel } from '../../utils/country';
import { createTagSuggester } from '../../utils/tag-suggest';
import {
  LEXICON_VERSION,
  conceptCategory,
  conceptOptions,
  conceptsInText,
  functionOptions,
} from '../../utils/vocabulary';
import { LanguageRoot, browserLanguageSource } from '../../components/i18n';
import { loadSettings, watchSettings } from '../../utils/settings';
import { createCorrectionClient } from '../../components/corrections-client';
import { createCodebookLibrary } from '../../utils/codebook/library';
import { databaseCodebookStorage } from '../../utils/db/codebooks';
import '../../components/theme.css';

async function activeTabId(): Promise<number | null> {
  // ?tab= lets the end-to-end tests open the popup in a tab of its own.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// Read only (the tags in use, for suggestions): the popup's saves go through the background.
const db = openDatabase();
const repo = createExampleRepository(db);
// Read only: the active codebook's colours and labels for the concept list (the editor page changes codebooks).
const codebooks = createCodebookLibrary({ storage: databaseCodebookStorage(db, browser.storage.local), newId: () => crypto.randomUUID(), now: () => Date.now() });
let suggest = createTagSuggester([], conceptOptions.map((c) => c.label));
void repo.allTags().then((tags) => (suggest = createTagSuggester(tags, conceptOptions.map((c) => c.label))));

const services = createPopupServices({
  browser,
  tabId: await activeTabId(),
  lexicon: {
    conceptsIn: conceptsInText,
    concepts: conceptOptions,
    conceptCategory,
    functions: functionOptions,
    lexiconVersion: LEXICON_VERSION,
    countryLabel: (code) => countryLabel(code),
  },
  suggestTags: (q) => suggest(q),
  savedFrom: (url) => repo.fromPage(url),
  activeCodebook: () => codebooks.active(),
});
// The interface language: the popup re-renders in another as soon as the setting changes.
render(
  <LanguageRoot source={browserLanguageSource({ load: loadSettings, watch: watchSettings })}>
    <PopupApp services={{ ...services, corrections: createCorrectionClient(browser.runtime) }} />
  </LanguageRoot>,
  document.getElementById('app')!,
);
