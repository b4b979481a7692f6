/**
 * Saving the same quote from the same page again, in real Chromium: the popup says how many
 * examples were saved from the page, warns instead of storing a silent second copy, and opens
 * the saved one in the library, which shows only that page's examples.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, selectText, type Harness } from './harness';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const QUOTE = 'Digital diplomacy has become an everyday instrument';
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('a duplicate save', () => {
  test('warns, offers the saved one, and the library filters by the page', async () => {
    const page = await h.open(PRESS);
    await selectText(page, QUOTE);
    const tabId = await h.tabIdOf(page);
    const first = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => first.getByRole('textbox', { name: 'Quote' }).inputValue()).toBe(QUOTE);
    await first.getByRole('button', { name: 'Save example' }).click();
    await first.getByText('Saved to your library.').waitFor();
    await first.close();

    const again = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await again.getByText(/^1 example saved from this page/).waitFor();
    await expect.poll(() => again.getByRole('textbox', { name: 'Quote' }).inputValue()).toBe(QUOTE);
    await again.getByRole('button', { name: 'Save example' }).click();
    await again.getByText(/^You saved this quote from this page on /).waitFor();
    // Nothing was stored a second time.
    expect(await again.getByText('Saved to your library.').count()).toBe(0);
    const opened = h.context.waitForEvent('page');
    await again.getByRole('button', { name: 'Open the saved one' }).click();
    const library = await opened;
    await library.waitForLoadState();
    expect(library.url()).toContain('library.html?page=');
    await library.getByText(/^Only examples from /).waitFor();
    await library.getByText('1 of 1 example').waitFor();
    // The saved example is open in the editor.
    await expect.poll(() => library.getByRole('complementary', { name: 'Edit example' }).count()).toBe(1);
    await library.getByRole('button', { name: 'Show every page' }).click();
    await Promise.all([page.close(), library.close()]);
  });
});
