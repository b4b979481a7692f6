/**
 * Opening a saved example: a new tab on its page, then the content script is
 * asked to find the quote again (W3C selectors) and scroll to it.
 */
import type { browser as browserApi } from 'wxt/browser';
import type { Example } from '../../utils/model/example';
import { sendToTab } from '../../utils/messages/transport';

type Browser = typeof browserApi;

/** How long a page may take to load before we give up looking. */
const LOAD_TIMEOUT_MS = 30_000;
/** The content script starts at document_idle, shortly after 'complete'. */
const RETRIES = 10;
const RETRY_MS = 300;

function waitForComplete(browser: Browser, tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(listener);
  });
}

export async function openExample(browser: Browser, example: Example): Promise<{ found: boolean; error?: string }> {
  let url: URL;
  try {
    url = new URL(example.url);
  } catch {
    return { found: false, error: 'This example has no valid address to open.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { found: false, error: 'Only web pages (http and https) can be opened.' };
  const tab = await browser.tabs.create({ url: url.href });
  if (tab.id === undefined) return { found: false, error: 'The browser did not open a tab.' };
  await waitForComplete(browser, tab.id);
  for (let i = 0; i < RETRIES; i++) {
    const r = await sendToTab(browser.tabs, tab.id, 'quote.find', { selectors: example.selectors });
    if (r.ok) return { found: r.value.found };
    await new Promise((ok) => setTimeout(ok, RETRY_MS));
  }
  return { found: false, error: 'The page opened, but DiploLens could not read it (is it still loading?).' };
}
