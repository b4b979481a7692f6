/**
 * Recognising sources in real Firefox: the toolbar badge (browserAction, MV2)
 * follows the page in a tab, and the popup names the source and lists the
 * concepts on the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, SCREENSHOT_DIR, waitFor, type FirefoxHarness } from './harness';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const NEWS = 'http://www.reuters.com/world/asia/central-asia-tech';
let h: FirefoxHarness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('badge and popup in Firefox', () => {
  test('the badge says MFA on a ministry page and clears when the tab goes on to a news page', async () => {
    const page = await h.open(PRESS);
    const tabId = await h.tabIdOf(page);
    await waitFor(() => h.badgeText(tabId), (t) => t === 'MFA', "the badge 'MFA'");
    await page.navigate(h.url(NEWS));
    // The same tab: the news page's own content script reports it, and the badge follows.
    expect(await h.tabIdOf(page)).toBe(tabId);
    await waitFor(() => h.badgeText(tabId), (t) => t === '', 'the badge cleared');
    await page.close();
  });

  test('the popup names the source, says why, and lists the concepts on the page', async () => {
    const page = await h.open(PRESS);
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 640);
    const source = { role: 'region', name: 'Source' };
    await waitFor(() => popup.textOf(source), (t) => t.includes('Foreign ministry source'), 'the source named');
    expect(await popup.textOf(source)).toContain('Uzbekistan');
    // The reasons say why, in sentences.
    const reason = await popup.onElement<string>(await popup.find(source), '(el) => el.querySelector("li")?.textContent ?? ""');
    expect(reason).toContain('official website');
    const concepts = { role: 'region', name: 'Concepts on this page' };
    await waitFor(() => popup.textOf(concepts), (t) => t.includes('Digital diplomacy'), 'Digital diplomacy listed');
    const text = await popup.textOf(concepts);
    expect(text).toContain('Forms of diplomacy');
    expect(text).toContain('Soft power');
    await popup.screenshot(`${SCREENSHOT_DIR}/popup-ministry.png`);
    await Promise.all([page.close(), popup.close()]);
  });

  test('the popup on a news page says it is not an official source', async () => {
    const page = await h.open(NEWS);
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 640);
    await waitFor(() => popup.textOf({ role: 'region', name: 'Source' }), (t) => t.includes('Not an official source'), 'not official');
    await popup.screenshot(`${SCREENSHOT_DIR}/popup-news.png`);
    await Promise.all([page.close(), popup.close()]);
  });

  test('no error from the extension in the console', async () => {
    expect(await h.extensionErrors()).toEqual([]);
  });
});
