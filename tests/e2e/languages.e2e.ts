/**
 * The interface languages in real Chromium. The language chosen on the settings page reaches
 * an open library and popup at once (no reload); and every view, in each of the five languages,
 * light and dark, is captured at its real size (popup 400×600, library 1280×720 and 800×900)
 * for looking, keeps its table rows and the popup's Save button in view, and has no axe violation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, putExamples, SCREENSHOT_DIR, selectText, type Harness } from './harness';
import { axeViolations } from './axe';
import { makeRows } from '../../bench/library-rows';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const LOCALES = ['en', 'ru', 'uz', 'kk', 'tr'] as const;
/** The search box's label in each language (utils/i18n/*.ts 'filters.search'). */
const SEARCH: Record<(typeof LOCALES)[number], RegExp> = {
  en: /^Search examples$/,
  ru: /^Поиск/,
  uz: /qidir/i,
  kk: /іздеу/i,
  tr: /ara/i,
};
let h: Harness;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
  const seed = await h.openExtensionPage('library.html');
  await putExamples(seed, makeRows(40).map((r, i) => ({ ...r, id: `lang-${i}`, note: i % 3 ? 'A note by the researcher.' : r.note })));
  await seed.close();
});
afterAll(async () => {
  await h?.close();
});

/** Chooses the interface language as a user would, on the settings page. */
async function choose(options: Page, value: string) {
  await options.getByRole('combobox').first().selectOption(value);
  // Stored once the settings page speaks it: closing the page before would lose the choice (a busy machine).
  await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${value}`));
}

describe('switching the language', () => {
  test('an open library changes language at once when it is chosen on the settings page', async () => {
    const library = await h.openExtensionPage('library.html');
    await library.getByRole('searchbox', { name: 'Search examples' }).waitFor();
    const options = await h.openExtensionPage('options.html');
    await choose(options, 'ru');
    await expect.poll(() => library.evaluate(() => document.documentElement.lang)).toBe('ru');
    await library.getByRole('searchbox', { name: SEARCH.ru }).waitFor();
    await expect.poll(() => library.title()).toMatch(/библиотека/i);
    expect(await library.getByText(/из 40 примеров/).count()).toBe(1);
    await choose(options, 'en');
    await library.getByRole('searchbox', { name: 'Search examples' }).waitFor();
    await Promise.all([library.close(), options.close()]);
  });
});

describe('the popup', () => {
  test('changes language at once when it is chosen on the settings page; Enter in the note takes a new line', async () => {
    const page = await h.open(PRESS);
    await selectText(page, 'Digital diplomacy has become an everyday instrument');
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Save example' }).waitFor();
    const options = await h.openExtensionPage('options.html');
    await choose(options, 'tr');
    await popup.getByRole('button', { name: 'Örneği kaydet' }).waitFor();
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('tr');
    await choose(options, 'en');
    await popup.getByRole('button', { name: 'Save example' }).waitFor();
    // The note is for writing: Enter adds a line, and nothing is saved.
    const note = popup.getByRole('textbox', { name: 'Note' });
    await note.click();
    await note.pressSequentially('First line');
    await note.press('Enter');
    await note.pressSequentially('second line');
    expect(await note.inputValue()).toBe('First line\nsecond line');
    expect(await popup.getByText('Saved to your library.').count()).toBe(0);
    await Promise.all([page.close(), popup.close(), options.close()]);
  });
});

describe.each(LOCALES)('in %s', (locale) => {
  test('the popup at 400×600, light and dark: Save in view, no axe violation', async () => {
    const options = await h.openExtensionPage('options.html');
    await choose(options, locale);
    await options.close();
    const page = await h.open(PRESS);
    await selectText(page, 'Digital diplomacy has become an everyday instrument');
    const tabId = await h.tabIdOf(page);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await h.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      const save = popup.locator('button[type=submit]');
      await save.waitFor();
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));
      await popup.waitForTimeout(400);
      await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-400x600-${locale}-${scheme}.png` });
      const box = await save.boundingBox();
      expect(box!.y + box!.height, `Save in the first screen (${scheme})`).toBeLessThanOrEqual(600);
      // Nothing wider than the popup (a label that does not wrap pushes the page sideways).
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      expect(await axeViolations(popup), `axe (${scheme})`).toEqual([]);
      await popup.close();
    }
    await page.close();
  });

  test('the library at 1280×720 and 800×900, light and dark: rows in view, nothing clipped for axe', async () => {
    const options = await h.openExtensionPage('options.html');
    await choose(options, locale);
    await options.close();
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [1280, 720],
        [800, 900],
      ] as const) {
        const lib = await h.context.newPage();
        await lib.emulateMedia({ colorScheme: scheme });
        await lib.setViewportSize({ width, height });
        await lib.goto(`chrome-extension://${h.extensionId}/library.html`);
        await lib.getByRole('searchbox', { name: SEARCH[locale] }).waitFor();
        await expect.poll(() => lib.locator('.table__body .row').count()).toBeGreaterThan(3);
        await lib.waitForTimeout(300);
        await lib.screenshot({ path: `${SCREENSHOT_DIR}/library-${width}x${height}-${locale}-${scheme}.png` });
        // The table's rows are inside the window (the charts are on).
        const inView = await lib.evaluate(() => [...document.querySelectorAll('.table__body .row')].filter((r) => r.getBoundingClientRect().bottom <= innerHeight).length);
        expect(inView, `${width}×${height} ${scheme}`).toBeGreaterThanOrEqual(3);
        expect(await axeViolations(lib), `axe ${width}×${height} ${scheme}`).toEqual([]);
        await lib.close();
      }
    }
  });
});
