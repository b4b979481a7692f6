/**
 * The confirmation in the page after a save from the context menu (the shortcut takes the same
 * path in the background; a headless browser can trigger neither its menu nor its shortcuts, so the
 * menu's own handler is called as the browser would). The toolbar badge alone was invisible with
 * the icon not pinned. In real Chromium: the box appears in the page, Undo takes the example out of
 * the library, 'Add tags or a note' saves into it, the keyboard reaches it, and it is captured light
 * and dark, in English and Russian, with no axe violation in it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { askTab, launch, SCREENSHOT_DIR, selectText, type Harness } from './harness';
import { axeViolations } from './axe';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const QUOTE = 'information security and the fight against disinformation';
let h: Harness;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Selects the quote and saves it through the context menu's handler; the new example's id. */
async function saveFromMenu(page: Page, quote = QUOTE): Promise<string> {
  await selectText(page, quote);
  const tabId = await h.tabIdOf(page);
  // The content script starts in the page's first idle period: a user does not right-click sooner.
  await askTab(h, tabId, 'perf.get');
  const r = await h.worker.evaluate(
    ([id, text]) =>
      (globalThis as unknown as { diplolens: { onContextMenu(info: object, tab: object): Promise<{ ok: boolean; value?: { id: string }; error?: string }> } }).diplolens.onContextMenu(
        { menuItemId: 'diplolens-save-selection', selectionText: text },
        { id },
      ),
    [tabId, quote] as const,
  );
  expect(r.ok, r.error).toBe(true);
  return r.value!.id;
}

/** The example as stored (read in the service worker, which shares the extension's database), or null. */
function stored(id: string): Promise<{ tags: string[]; note: string } | null> {
  return h.worker.evaluate(async (key) => {
    const open = indexedDB.open('diplolens');
    const db: IDBDatabase = await new Promise((ok, no) => ((open.onsuccess = () => ok(open.result)), (open.onerror = () => no(open.error))));
    const row = await new Promise<unknown>((ok, no) => {
      const req = db.transaction('examples').objectStore('examples').get(key);
      req.onsuccess = () => ok(req.result ?? null);
      req.onerror = () => no(req.error);
    });
    db.close();
    return row as { tags: string[]; note: string } | null;
  }, id);
}

const toast = (page: Page) => page.locator('diplolens-ui section.toast');

async function chooseLanguage(value: string) {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('combobox').first().selectOption(value);
  await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${value}`));
  await options.close();
}

describe('the confirmation after a context-menu save', () => {
  test('appears in the page; Undo takes the example out of the library', async () => {
    const page = await h.open(PRESS);
    const id = await saveFromMenu(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved to your DiploLens library.' }).count()).toBe(1);
    expect(await stored(id)).not.toBeNull();
    // In the window's corner, inside the window.
    const box = (await toast(page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.y).toBeGreaterThan(400);
    await toast(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => toast(page).getByRole('status').textContent()).toBe('Undone: the example is no longer in your library.');
    expect(await stored(id)).toBeNull();
    await page.close();
  });

  test("'Add tags or a note' saves them into that example; Escape closes the box", async () => {
    const page = await h.open(PRESS);
    const id = await saveFromMenu(page);
    await toast(page).getByRole('button', { name: 'Add tags or a note' }).click();
    const tags = toast(page).getByRole('textbox', { name: 'Tags (separated by commas)' });
    await expect.poll(() => tags.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await tags.fill('forum, information security');
    await toast(page).getByRole('textbox', { name: 'Note' }).fill('Said at the opening.\nSecond line.');
    await toast(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => toast(page).getByRole('status').textContent()).toBe('Tags and note saved to the example.');
    const row = await stored(id);
    expect(row?.tags).toEqual(['forum', 'information security']);
    expect(row?.note).toBe('Said at the opening.\nSecond line.');
    await page.keyboard.press('Escape');
    await expect.poll(() => toast(page).count()).toBe(0);
    await page.close();
  });

  test('the keyboard reaches it: Tab from the page’s last control lands on its buttons; Escape gives the focus back', async () => {
    const page = await h.open(PRESS);
    await saveFromMenu(page);
    await toast(page).waitFor();
    const last = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter((e) => e.tabIndex >= 0);
      const el = all.at(-1)!;
      el.focus();
      return el.outerHTML.slice(0, 60);
    });
    expect(last).toBeTruthy();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? document.activeElement?.textContent ?? '');
    // The first control in the box is its Close button, then Add tags or a note.
    expect(await focused()).toBe('×');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Add tags or a note');
    // Focused, it does not go away by itself.
    await page.waitForTimeout(8500);
    expect(await toast(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => toast(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60))).toBe(last);
    await page.close();
  });

  test('a duplicate is said as such; captured light and dark in English and Russian, no axe violation in the box', async () => {
    for (const locale of ['en', 'ru'] as const) {
      await chooseLanguage(locale);
      const page = await h.open(PRESS);
      // Saved before: this save is a second copy, and the box says so.
      await saveFromMenu(page);
      await saveFromMenu(page);
      const said = locale === 'en' ? 'Saved again: this quote from this page was already in your library.' : 'Сохранено ещё раз: эта цитата с этой страницы уже была в библиотеке.';
      await expect.poll(() => toast(page).getByRole('status').textContent()).toBe(said);
      await page.mouse.move(1200, 760); // pointed at: it stays while the screenshots are taken
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/save-toast-${locale}-${scheme}.png` });
        expect(await axeViolations(page, { include: [['diplolens-ui', 'section.toast']] }), `${locale} ${scheme}`).toEqual([]);
      }
      await toast(page).getByRole('button', { name: locale === 'en' ? 'Add tags or a note' : 'Добавить метки или заметку' }).click();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/save-toast-form-${locale}-${scheme}.png` });
        expect(await axeViolations(page, { include: [['diplolens-ui', 'section.toast']] }), `form ${locale} ${scheme}`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.close();
    }
    await chooseLanguage('en');
  });
});
