/**
 * The codebook editor in real Chromium: the built-in codebook is read-only and copyable;
 * a concept made in a copy is found by the 'Try it' box as it is typed, refused while a
 * term would match most words, kept across a reload; a broken dictionary file is refused
 * with its line and writes nothing, a good one is imported; the page is axe-clean in light
 * and dark, and the tree is walked with the arrow keys.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, SCREENSHOT_DIR, type Harness } from './harness';
import { axeViolations } from './axe';

let h: Harness;
beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const books = (p: Page) => p.getByRole('complementary', { name: 'Codebooks' }).getByRole('listitem');

describe('codebook editor', () => {
  test('copy the built-in codebook, add a concept with terms, try it, save, and find it after a reload', async () => {
    const p = await h.openExtensionPage('codebook.html');
    await p.setViewportSize({ width: 1366, height: 900 });
    await expect.poll(() => p.getByRole('heading', { level: 2, name: /DiploLens: concepts of digital diplomacy/ }).count(), { timeout: 10_000 }).toBe(1);
    // Read-only: no save, terms cannot be typed into.
    await expect.poll(() => p.getByText('The built-in codebook is read-only').count()).toBe(1);
    expect(await p.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await p.getByRole('navigation', { name: 'Categories and concepts' }).getByRole('button', { name: /^Soft power/ }).click();
    expect(await p.getByRole('textbox', { name: 'Term 1 in English' }).getAttribute('readonly')).not.toBeNull();
    await p.screenshot({ path: `${SCREENSHOT_DIR}/codebook-builtin-light.png`, fullPage: false });
    expect(await axeViolations(p)).toEqual([]);

    await p.getByRole('button', { name: 'Copy to edit' }).click();
    await expect.poll(() => p.getByText('Made “DiploLens: concepts of digital diplomacy (copy)”').count()).toBe(1);
    expect(await books(p).count()).toBe(2);

    await p.getByRole('button', { name: 'Add concept' }).click();
    const label = p.getByRole('textbox', { name: 'Concept name' });
    await expect.poll(() => label.evaluate((el) => el === document.activeElement)).toBe(true);
    await label.fill('Vaccine diplomacy');
    await expect.poll(() => p.getByText('Id: vaccine-diplomacy.').count()).toBe(1);
    await p.getByRole('button', { name: 'Add a term in English' }).click();
    // The new term's field has the focus: typing goes into it.
    await p.keyboard.type('vaccine diplomacy');
    expect(await p.getByRole('textbox', { name: 'Term 1 in English' }).inputValue()).toBe('vaccine diplomacy');
    await p.getByRole('button', { name: 'Add a term in English' }).click();
    // A wildcard on two letters would match most words: an error beside the term, and no save.
    await p.getByRole('textbox', { name: 'Term 2 in English' }).fill('va*');
    await expect.poll(() => p.getByText(/"va\*" would match most words/).count()).toBeGreaterThan(0);
    expect(await p.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    await p.getByRole('textbox', { name: 'Term 2 in English' }).fill('vaccine');
    await p.getByRole('checkbox', { name: 'any ending (*)' }).nth(1).check();
    expect(await p.getByRole('textbox', { name: 'Term 2 in English' }).inputValue()).toBe('vaccine*');

    await p.getByRole('textbox', { name: 'Sample text' }).fill('Vaccines were shipped: vaccine diplomacy and soft power at work.');
    const result = p.getByRole('status', { name: 'What the codebook finds' });
    await expect.poll(() => result.locator('mark').allTextContents()).toEqual(['Vaccines', 'vaccine diplomacy', 'soft power']);
    await expect.poll(() => result.textContent()).toContain('Vaccine diplomacy');
    await p.screenshot({ path: `${SCREENSHOT_DIR}/codebook-concept-light.png`, fullPage: true });
    expect(await axeViolations(p)).toEqual([]);

    await p.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => p.getByText('Saved as version 2.').count()).toBe(1);

    await p.reload();
    await expect.poll(() => books(p).count(), { timeout: 10_000 }).toBe(2);
    await books(p).nth(1).getByRole('button').first().click();
    await p.getByRole('navigation', { name: 'Categories and concepts' }).getByRole('button', { name: /^Vaccine diplomacy/ }).click();
    expect(await p.getByRole('textbox', { name: 'Term 2 in English' }).inputValue()).toBe('vaccine*');
    expect(await p.getByText('Id: vaccine-diplomacy.').count()).toBe(1);

    // Dark pages: the same checks.
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.getByRole('textbox', { name: 'Sample text' }).fill('Vaccine diplomacy and nation branding.');
    await p.screenshot({ path: `${SCREENSHOT_DIR}/codebook-concept-dark.png`, fullPage: true });
    expect(await axeViolations(p)).toEqual([]);
    // A category's colour, checked on light and dark pages; a pale one is offered a readable shade.
    await p.getByRole('navigation', { name: 'Categories and concepts' }).getByRole('button', { name: /^Goals/ }).click();
    await p.getByRole('textbox', { name: 'Colour of its concepts as #rrggbb' }).fill('#fde68a');
    await p.getByRole('textbox', { name: 'Colour of its concepts as #rrggbb' }).press('Tab');
    await expect.poll(() => p.getByRole('button', { name: /a readable shade of it/ }).count()).toBe(1);
    await p.screenshot({ path: `${SCREENSHOT_DIR}/codebook-category-dark.png` });
    expect(await axeViolations(p)).toEqual([]);
    await p.getByRole('button', { name: /a readable shade of it/ }).click();
    expect(await p.getByText('hard to see').count()).toBe(0);
    await p.getByRole('button', { name: 'Discard changes' }).click();
    await p.emulateMedia({ colorScheme: 'light' });
    await p.close();
  });

  test('a broken dictionary is refused with its line and writes nothing; a good one is imported', async () => {
    const p = await h.openExtensionPage('codebook.html');
    await expect.poll(() => books(p).count()).toBeGreaterThan(0);
    const before = await books(p).count();
    const file = p.getByLabel('Import a codebook or dictionary file');
    await file.setInputFiles({ name: 'policy.yml', mimeType: 'application/yaml', buffer: Buffer.from('economy:\n  - "econom*"\n  - [unclosed\npolitics:\n  - "diplomac*"\n') });
    await expect.poll(() => p.getByRole('alert').textContent()).toMatch(/Nothing was imported from policy\.yml: .*line \d+/);
    expect(await books(p).count()).toBe(before);

    const dic = ['%', '1\tdiplomacy', '2\teconomy', '%', 'diplomac*\t1', 'embassy\t1', 'trade\t2', 'tariff*\t2', ''].join('\n');
    await file.setInputFiles({ name: 'Small LIWC.dic', mimeType: 'text/plain', buffer: Buffer.from(dic) });
    await expect.poll(() => p.getByRole('status').first().textContent()).toContain('Imported Small LIWC.dic as “Small LIWC”');
    expect(await books(p).count()).toBe(before + 1);
    await p.getByRole('textbox', { name: 'Sample text' }).fill('The embassy spoke of tariffs and diplomacy.');
    await expect.poll(() => p.getByRole('status', { name: 'What the codebook finds' }).locator('mark').allTextContents()).toEqual(['embassy', 'tariffs', 'diplomacy']);
    await p.close();
  });

  test('keyboard: the tree is walked with the arrow keys, and an item opens with Enter', async () => {
    const p = await h.openExtensionPage('codebook.html');
    const tree = p.getByRole('navigation', { name: 'Categories and concepts' });
    await expect.poll(() => tree.getByRole('button').count()).toBeGreaterThan(3);
    await tree.getByRole('button').first().focus();
    await p.keyboard.press('ArrowDown');
    const focused = () => p.evaluate(() => document.activeElement?.textContent ?? '');
    const second = (await tree.getByRole('button').nth(1).textContent()) ?? '';
    expect(await focused()).toBe(second);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.getByRole('textbox', { name: /Concept name|Category name/ }).count()).toBe(1);
    await p.keyboard.press('End');
    await p.close();
  });
});
