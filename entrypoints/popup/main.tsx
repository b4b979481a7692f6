import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupServices } from '../../components/popup/services';
import { createExampleRepository } from '../../utils/db/repository';
import { openDatabase } from '../../utils/db/schema';
import '../../components/theme.css';

async function activeTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const services = createPopupServices({
  browser,
  repo: createExampleRepository(openDatabase()),
  tabId: await activeTabId(),
  lexicon: {
    conceptsIn: () => [],
    concepts: [],
    conceptCategory: () => '',
    functions: [],
    lexiconVersion: '',
    countryLabel: (code) => code ?? undefined,
  },
  suggestTags: () => [],
});
render(<PopupApp services={services} />, document.getElementById('app')!);
