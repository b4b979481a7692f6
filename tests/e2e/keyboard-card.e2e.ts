/**
 * The hover card from the keyboard in real Chromium: the shortcut's message ('card.show', what the
 * background sends for 'show-definition') opens the card of the concept after the caret with the
 * focus on it, the next press moves on, and Escape closes it. The manifest offers the shortcut.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askTab, EXTENSION_DIR, launch, SCREENSHOT_DIR, type Harness } from './harness';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the hover card from the keyboard', () => {
  test('the manifest suggests a shortcut for it', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['show-definition']).toMatchObject({ suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_cmdShowDefinition__' });
  });

  test('opens the card after the caret with the focus on it, moves on, and Escape closes it', async () => {
    const page = await h.open(PRESS);
    await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, hl) => n + hl.size, 0) > 3);
    // The caret in the first paragraph, as after a click in the text.
    await page.evaluate(() => {
      const p = document.querySelector('main p, article p, p')!;
      const r = document.createRange();
      r.setStart(p.firstChild!, 0);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const tabId = await h.tabIdOf(page);
    const first = await askTab<{ ok: true; value: { index: number; total: number } }>(h, tabId, 'card.show');
    expect(first.ok).toBe(true);
    expect(first.value.total).toBeGreaterThan(1);
    const card = page.locator('diplolens-ui').getByRole('dialog');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(`Occurrence ${first.value.index + 1} of ${first.value.total}`);
    expect(await page.evaluate(() => document.querySelector('diplolens-ui')?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('dialog');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hover-card-keyboard.png` });

    const second = await askTab<{ ok: true; value: { index: number; total: number } }>(h, tabId, 'card.show');
    expect(second.value.index).toBe((first.value.index + 1) % first.value.total);
    await expect.poll(() => card.textContent()).toContain(`Occurrence ${second.value.index + 1} of`);
    // Tab from the card reaches its buttons.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('diplolens-ui')?.shadowRoot?.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });
});
