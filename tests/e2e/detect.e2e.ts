/**
 * Recognising sources in Chromium: the toolbar badge and the popup on a
 * ministry page, a government page, an X status page of a ministry's account,
 * and a news page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { launch, SCREENSHOT_DIR, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('badge and popup', () => {
  test.each([
    ['a ministry press release', 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum', 'MFA', 'Foreign ministry source', 'Uzbekistan'],
    ['a government portal', 'http://gov.uz/en/', 'GOV', 'Government source', 'Uzbekistan'],
    ["an X status page of the ministry's account", 'http://x.com/MFA_Uzbekistan/status/1890', 'MFA', 'Foreign ministry source', 'Uzbekistan'],
    ['a news page', 'http://www.reuters.com/world/asia/central-asia-tech', '', 'Not an official source', null],
  ])('%s', async (label, url, badge, kind, country) => {
    const page = await h.open(url);
    const tabId = await h.tabIdOf(page);
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(badge);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 640 });
    const source = popup.getByRole('region', { name: 'Source' });
    await expect.poll(() => source.textContent()).toContain(kind);
    if (country) expect(await source.textContent()).toContain(country);
    // The reasons say why, in sentences.
    if (badge) expect((await source.getByRole('listitem').first().textContent())?.length).toBeGreaterThan(20);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-${label.replace(/\W+/g, '-')}.png` });
    await Promise.all([page.close(), popup.close()]);
  });

  test('a single-page app that changes its address is judged again: the badge follows', async () => {
    const page = await h.open('http://x.com/home');
    const tabId = await h.tabIdOf(page);
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    // As X does when you open a profile from the timeline: no page load.
    await page.evaluate(() => history.pushState({}, '', '/MFA_Uzbekistan'));
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 }).toBe('MFA');
    await page.close();
  });

  test("on the X status page only the ministry's post is highlighted, not the reply", async () => {
    const page = await h.open('http://x.com/MFA_Uzbekistan/status/1890');
    const inside = (sel: string) =>
      page.evaluate((s) => {
        let n = 0;
        for (const [, hl] of CSS.highlights) for (const r of hl) if (r.startContainer.parentElement?.closest(s)) n++;
        return n;
      }, sel);
    await expect.poll(() => inside('#main-post'), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await inside('#reply')).toBe(0);
    await page.close();
  });
});
