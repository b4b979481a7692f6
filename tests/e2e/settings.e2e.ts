/**
 * The settings page in real Chromium: a site rule made there is obeyed by the content
 * script of a page already open (no reload), a hidden category leaves the page, and
 * the page passes an accessibility check.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, SCREENSHOT_DIR, type Harness } from './harness';
import { axeViolations } from './axe';

const REUTERS = 'http://www.reuters.com/world/asia/central-asia-tech';
const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
let h: Harness;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Ranges registered on the page, by highlight name. */
const painted = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, hl]) => [name, hl.size] as const).filter(([, n]) => n > 0)));
const total = async (page: Page) => Object.values(await painted(page)).reduce((a, b) => a + b, 0);

describe('the settings page', () => {
  test('a site rule added there switches highlights on in an open page, and Never switches them off again', async () => {
    const page = await h.open(REUTERS);
    await page.waitForTimeout(800);
    expect(await total(page)).toBe(0);

    const options = await h.openExtensionPage('options.html');
    await options.setViewportSize({ width: 1000, height: 900 });
    const sites = options.getByRole('region', { name: 'Site rules' });
    await sites.getByRole('textbox', { name: 'Site' }).fill('https://www.reuters.com/world');
    await sites.getByRole('button', { name: 'Add rule' }).click();
    await sites.getByRole('rowheader', { name: 'reuters.com' }).waitFor();
    await options.screenshot({ path: `${SCREENSHOT_DIR}/options.png`, fullPage: true });

    await expect.poll(() => total(page), { timeout: 10_000 }).toBeGreaterThan(0);

    await sites.getByRole('combobox', { name: 'Rule: reuters.com' }).selectOption('off');
    await expect.poll(() => total(page), { timeout: 10_000 }).toBe(0);
    await Promise.all([page.close(), options.close()]);
  });

  test('a category hidden there leaves the page; shown again, it comes back', async () => {
    const page = await h.open(PRESS);
    await expect.poll(async () => Object.keys(await painted(page)), { timeout: 10_000 }).toContain('diplolens-goals');
    const options = await h.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: 'Goals' }).uncheck();
    await expect.poll(async () => Object.keys(await painted(page)), { timeout: 10_000 }).not.toContain('diplolens-goals');
    // The other categories are painted again once the page has been rescanned (not at the same instant).
    await expect.poll(() => total(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await options.getByRole('checkbox', { name: 'Goals' }).check();
    await expect.poll(async () => Object.keys(await painted(page)), { timeout: 10_000 }).toContain('diplolens-goals');
    await Promise.all([page.close(), options.close()]);
  });

  test('shows the shortcuts the browser assigned and passes an accessibility check, light and dark', async () => {
    const options = await h.openExtensionPage('options.html');
    const shortcuts = options.getByRole('region', { name: 'Keyboard shortcuts' });
    await expect.poll(() => shortcuts.locator('kbd').allTextContents()).toContain('Alt+Shift+S');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options)).toEqual([]);
    }
    await options.close();
  });
});
