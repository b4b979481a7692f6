/**
 * The library's table gets most of the window at every size, with the charts on (they
 * start on): it showed no row at all at 900 px wide or less and 2.5 rows at 1366×650.
 * Also: the quote reads no smaller than the note under it. Screenshots for looking.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, putExamples, SCREENSHOT_DIR, type Harness } from './harness';
import { makeRows } from '../../bench/library-rows';

let h: Harness;
beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
  const seed = await h.openExtensionPage('library.html');
  await putExamples(seed, makeRows(300).map((r, i) => ({ ...r, note: i % 2 ? 'A note on this example, written by the researcher.' : r.note })));
  await seed.close();
});
afterAll(async () => {
  await h?.close();
});

/** Rows wholly inside the table's scroll box, and the box's share of the window's height. */
async function tableShare(page: Page): Promise<{ rows: number; share: number }> {
  return page.evaluate(() => {
    const body = document.querySelector('.table__body')!.getBoundingClientRect();
    const visibleTop = Math.max(body.top, 0);
    const visibleBottom = Math.min(body.bottom, innerHeight);
    const rows = [...document.querySelectorAll('.table__body .row')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= visibleTop - 1 && b.bottom <= visibleBottom + 1;
    }).length;
    return { rows, share: Math.max(0, visibleBottom - visibleTop) / innerHeight };
  });
}

describe('the library with its charts on', () => {
  test.each([
    [800, 900],
    [900, 700],
    [1366, 650],
    [1280, 720],
    [1920, 1080],
    [600, 800],
  ])('at %i×%i the table shows rows and gets at least half of the window', async (width, height) => {
    const lib = await h.context.newPage();
    await lib.setViewportSize({ width, height });
    await lib.goto(`chrome-extension://${h.extensionId}/library.html`);
    await lib.getByText('300 of 300 examples').waitFor();
    await lib.locator('.charts canvas').first().waitFor();
    await lib.waitForTimeout(300);
    await lib.screenshot({ path: `${SCREENSHOT_DIR}/library-charts-${width}x${height}.png` });
    const { rows, share } = await tableShare(lib);
    expect(rows).toBeGreaterThanOrEqual(4);
    expect(share).toBeGreaterThanOrEqual(0.5);
    await lib.close();
  });

  test('a row’s quote is at least as large as its note', async () => {
    const lib = await h.openExtensionPage('library.html');
    await lib.locator('.row__note').first().waitFor();
    const [quote, note] = await lib.evaluate(() => [
      parseFloat(getComputedStyle(document.querySelector('.quote-button')!).fontSize),
      parseFloat(getComputedStyle(document.querySelector('.row__note')!).fontSize),
    ]);
    expect(quote).toBeGreaterThan(note!);
    await lib.close();
  });
});
