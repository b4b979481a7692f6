/**
 * Collecting examples in real Firefox: a quote saved from the popup is in the
 * library after a reload (IndexedDB of the extension's origin, moz-extension://),
 * and a malformed JSON import is refused with a message and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, SCREENSHOT_DIR, selectText, waitFor, type FirefoxHarness, type Tab } from './harness';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const QUOTE = 'public diplomacy conducted online helps to explain the country';
let h: FirefoxHarness;
let files: string;

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'diplolens-ff-files-'));
  h = await launch();
});
afterAll(async () => {
  await h?.close();
  rmSync(files, { recursive: true, force: true });
});

/** The library's "N of M examples" count, or -1 before it shows. */
async function savedCount(library: Tab): Promise<number> {
  const text = await library.textOf({ role: 'status' }).catch(() => '');
  return Number(/of ([\d,]+) examples?/.exec(text)?.[1]?.replace(/,/g, '') ?? -1);
}

describe('collecting examples in Firefox', () => {
  test('a quote saved from the popup is in the library after a reload', async () => {
    const page = await h.open(PRESS);
    await selectText(page, QUOTE);
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(400, 760);
    const quote = { role: 'textbox', name: 'Quote' };
    await waitFor(async () => popup.onElement<string>(await popup.find(quote), '(el) => el.value'), (v) => v === QUOTE, 'the selection in the quote field');
    // Concepts are filled in from the quote.
    await waitFor(
      () => popup.textOf({ role: 'list', name: 'Concepts in the quote' }),
      (t) => t.includes('Public diplomacy'),
      'Public diplomacy among the quote’s concepts',
    );
    await popup.screenshot(`${SCREENSHOT_DIR}/popup-save.png`);
    await popup.click(quote);
    await popup.press('Enter');
    await waitFor(
      () => popup.evaluate(() => [...document.querySelectorAll('[role=status]')].map((e) => e.textContent ?? '').join(' ')),
      (t) => t.includes('Saved'),
      "'Saved' in the popup",
    );
    // The page was never left.
    expect(await page.url()).toBe(h.url(PRESS));

    const library = await h.openExtensionPage('library.html');
    await library.reload();
    await library.setViewport(1280, 800);
    await waitFor(() => library.evaluate(() => document.body.textContent ?? ''), (t) => t.includes(QUOTE), 'the quote in the library');
    expect(await savedCount(library)).toBe(1);
    await library.screenshot(`${SCREENSHOT_DIR}/library-after-save.png`);
    await Promise.all([page.close(), popup.close(), library.close()]);
  });

  test('a malformed JSON import is refused with a message and changes nothing', async () => {
    const library = await h.openExtensionPage('library.html');
    await waitFor(() => savedCount(library), (n) => n >= 1, 'the library loaded');
    const before = await savedCount(library);
    const broken = join(files, 'broken.json');
    writeFileSync(broken, '{"format":"diplolens-examples","version":1,"examples":[{"id":"x","quote":');
    await library.setFiles('input[type=file][aria-label="Import a DiploLens JSON backup"]', [broken]);
    await waitFor(() => library.textOf({ role: 'alert' }), (t) => t.includes('Nothing was imported from broken.json'), 'the refusal');
    await library.setViewport(1280, 800);
    await library.screenshot(`${SCREENSHOT_DIR}/library-import-refused.png`);
    await library.reload();
    await waitFor(() => savedCount(library), (n) => n === before, `still ${before} example(s)`);
    await library.close();
  });

  test('no error from the extension in the console', async () => {
    expect(await h.extensionErrors()).toEqual([]);
  });
});
