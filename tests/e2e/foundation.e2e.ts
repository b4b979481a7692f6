/**
 * The foundation's vertical slice in real Chromium: the built extension loads,
 * its content script answers for its tab, the popup saves the selection, and
 * the library lists it after a reload.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { askTab, launch, selectText, SCREENSHOT_DIR, type Harness } from './harness';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
let h: Harness;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the extension in Chromium', () => {
  test('loads: its service worker runs from the built manifest', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('DiploLens');
    expect(manifest.manifest_version).toBe(3);
  });

  test('the content script answers a status request for its tab', async () => {
    const page = await h.open(PRESS);
    const tabId = await h.tabIdOf(page);
    const reply = await askTab<{ ok: boolean; value: { url: string; title: string; lang: string; canonicalUrl: string } }>(
      h,
      tabId,
      'status.get',
    );
    expect(reply.ok).toBe(true);
    expect(reply.value.url).toBe(PRESS);
    expect(reply.value.title).toContain('Minister of Foreign Affairs addresses');
    expect(reply.value.lang).toBe('en');
    expect(reply.value.canonicalUrl).toBe('https://mfa.uz/en/press/news/2025/digital-diplomacy-forum');
    await page.close();
  });

  test('the popup saves the selection, and the library lists it after a reload', async () => {
    const page = await h.open(PRESS);
    const quote = 'public diplomacy conducted online helps to explain the country';
    await selectText(page, quote);
    const tabId = await h.tabIdOf(page);

    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 640 });
    const quoteField = popup.getByRole('textbox', { name: 'Quote' });
    await expect.poll(() => quoteField.inputValue()).toBe(quote);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-foundation.png` });
    await quoteField.press('Enter');
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('Saved');

    const library = await h.openExtensionPage('library.html');
    await library.reload();
    await expect.poll(() => library.getByText(quote).count()).toBe(1);
    await library.screenshot({ path: `${SCREENSHOT_DIR}/library-foundation.png` });
    await Promise.all([page.close(), popup.close(), library.close()]);
  });
});
