/**
 * The popup at its real size (400×600, Chrome's popup is at most 800×600): with a selection, the
 * form and its Save button are in the first screen, and the page's concepts follow in full
 * instead of in a small scroll box of their own. Light and dark screenshots for looking.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { launch, SCREENSHOT_DIR, selectText, type Harness } from './harness';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
let h: Harness;
beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the popup at 400×600', () => {
  test.each(['light', 'dark'] as const)('%s: the form and Save are in view, and nothing inside scrolls on its own', async (scheme) => {
    const page = await h.open(PRESS);
    await selectText(page, 'Digital diplomacy has become an everyday instrument');
    const tabId = await h.tabIdOf(page);
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('region', { name: 'Concepts on this page' }).waitFor();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Quote' }).inputValue()).toContain('Digital diplomacy');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-400x600-${scheme}.png` });

    const save = await popup.getByRole('button', { name: 'Save example' }).boundingBox();
    expect(save, 'the Save button is laid out').not.toBeNull();
    expect(save!.y + save!.height, 'Save is wholly inside the first 600 px').toBeLessThanOrEqual(600);
    for (const name of ['Quote', 'Note']) {
      const box = await popup.getByRole('textbox', { name }).boundingBox();
      expect(box!.y + box!.height, `${name} is in the first screen`).toBeLessThanOrEqual(600);
    }
    // Only the popup itself scrolls: no inner box whose content is cut to its own height.
    const innerScrollers = await popup.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1 && el.tagName !== 'TEXTAREA' && el.tagName !== 'SELECT';
        })
        .map((el) => el.className || el.tagName),
    );
    expect(innerScrollers).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });
});
