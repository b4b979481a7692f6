/**
 * The user corrects a judgement in Chromium: a news page (not official) marked official
 * from the popup; its open tab's badge changes without a reload, and another account's open
 * tab keeps its own; the mark is listed in the settings page, and removing it there brings
 * DiploLens's own judgement back, again without a reload.
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

describe('corrections', () => {
  test('a news page marked official from the popup: the badge of every open tab of the site changes without a reload; it is listed in the settings page and removed there', async () => {
    const page = await h.open('http://www.reuters.com/world/asia/central-asia-tech');
    const tabId = await h.tabIdOf(page);
    const other = await h.open('http://x.com/MFA_Uzbekistan/status/1890');
    const otherId = await h.tabIdOf(other);
    const badge = (id: number) => h.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), id);
    await expect.poll(() => badge(tabId)).toBe('');
    await expect.poll(() => badge(otherId)).toBe('MFA');
    // A mark in the page's own state: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.getByRole('button', { name: 'This is an official source…' }).click();
    const form = popup.getByRole('form', { name: 'Mark the site reuters.com as an official source' });
    await form.getByLabel('Kind').selectOption('government');
    await form.getByLabel('Which').selectOption('government');
    await form.getByLabel('Country').selectOption('GB');
    await form.getByRole('button', { name: 'Save my mark' }).click();
    await expect.poll(() => popup.getByRole('region', { name: 'Source' }).textContent()).toContain('Government source');
    expect(await popup.getByRole('region', { name: 'Source' }).textContent()).toContain('You marked the site reuters.com');
    expect(await popup.getByText('Certain (marked by you)').count()).toBe(1);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-marked-by-you.png` });

    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('GOV');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // Another account's tab is judged again too, and stays what it was.
    expect(await badge(otherId)).toBe('MFA');

    // Listed in the settings page, and removed there: the open tab follows again.
    const options = await h.openExtensionPage('options.html');
    const row = options.getByRole('row', { name: /the site reuters\.com/ });
    await expect.poll(() => row.textContent()).toContain('Government · government body · United Kingdom');
    await options.screenshot({ path: `${SCREENSHOT_DIR}/settings-corrections.png`, fullPage: true });
    await options.getByRole('button', { name: 'Remove: the site reuters.com' }).click();
    await expect.poll(() => options.getByText(/No corrections yet/).count()).toBe(1);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await Promise.all([page.close(), other.close(), popup.close(), options.close()]);
  });
});
