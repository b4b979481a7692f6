/**
 * Collecting examples in real Chromium: saving from the popup and the context
 * menu, finding them in the library by a misspelt search, exporting CSV and
 * reading it back strictly, importing a malformed file, and accessibility.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launch, putExamples, selectText, SCREENSHOT_DIR, type Harness } from './harness';
import { parseRfc4180 } from '../unit/export/rfc4180';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() is not subject to the extension page's CSP, unlike an injected <script>.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function savedCount(library: Page): Promise<number> {
  const text = (await library.getByRole('status').first().textContent()) ?? '';
  return Number(/of ([\d,]+) examples?/.exec(text)?.[1]?.replace(/,/g, '') ?? -1);
}

describe('collecting examples', () => {
  test('save from the popup on a ministry page, with tag and function; the page is never left', async () => {
    const page = await h.open(PRESS);
    await selectText(page, 'Digital diplomacy has become an everyday instrument');
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 760 });
    await expect.poll(() => popup.getByRole('textbox', { name: 'Quote' }).inputValue()).toContain('Digital diplomacy');
    // Concepts are filled in from the quote.
    await expect.poll(() => popup.getByRole('list', { name: 'Concepts in the quote' }).textContent()).toContain('Digital diplomacy');
    await popup.getByRole('combobox', { name: 'Tags' }).fill('forum');
    await popup.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await popup.getByRole('combobox', { name: 'Diplomatic function' }).selectOption({ index: 1 });
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-save.png` });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('textbox', { name: 'Quote' }).press('Enter');
    await expect.poll(() => popup.getByText('Saved to your library.').count()).toBe(1);
    expect(page.url()).toBe(PRESS);
    await Promise.all([page.close(), popup.close()]);
  });

  test('save from the context menu handler; a library already open shows it at once', async () => {
    const library = await h.openExtensionPage('library.html');
    await expect.poll(() => savedCount(library)).toBeGreaterThanOrEqual(1);
    const before = await savedCount(library);
    const page = await h.open(PRESS);
    await selectText(page, 'information security and the fight against disinformation');
    const tabId = await h.tabIdOf(page);
    // The browser's own menu cannot be clicked headless; its onClicked handler is called as the browser would.
    const r = await h.worker.evaluate(
      ([id]) =>
        (globalThis as unknown as { diplolens: { onContextMenu(info: object, tab: object): Promise<{ ok: boolean }> } }).diplolens.onContextMenu(
          { menuItemId: 'diplolens-save-selection', selectionText: 'information security and the fight against disinformation' },
          { id },
        ),
      [tabId] as const,
    );
    expect(r.ok).toBe(true);
    // Saved by the service worker; the open library hears of it (utils/db/changes.ts) without a reload.
    await expect.poll(() => savedCount(library)).toBe(before + 1);
    await expect.poll(() => library.getByRole('table', { name: 'Saved examples' }).textContent()).toContain('fight against disinformation');
    await Promise.all([page.close(), library.close()]);
  });

  test('the library finds an example by a misspelt search, and passes an accessibility check', async () => {
    const library = await h.openExtensionPage('library.html');
    await library.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => savedCount(library)).toBeGreaterThanOrEqual(2);
    await library.getByRole('searchbox', { name: 'Search examples' }).fill('disinformaton');
    await expect.poll(() => savedCount(library)).toBeGreaterThanOrEqual(1);
    await expect.poll(() => library.getByRole('table', { name: 'Saved examples' }).textContent()).toContain('fight against disinformation');
    // The search applies after a short debounce: wait for the other example to leave the view.
    await expect.poll(() => library.getByRole('table', { name: 'Saved examples' }).textContent()).not.toContain('everyday instrument');
    await library.getByRole('searchbox', { name: 'Search examples' }).fill('');
    await library.screenshot({ path: `${SCREENSHOT_DIR}/library.png` });
    expect(await axeViolations(library)).toEqual([]);
    await library.close();
  });

  test('export CSV and read it back strictly: every field, Cyrillic, quotes, newlines and formulas', async () => {
    const library = await h.openExtensionPage('library.html');
    // A hostile quote: Cyrillic, quotes, a comma, a line break, and a formula start.
    const hostile = {
      id: 'csv-check-1',
      quote: '=HYPERLINK("http://evil") «Цифровая дипломатия», "quoted"\r\nnext line',
      prefix: '',
      suffix: '',
      selectors: { quote: { type: 'TextQuoteSelector', exact: 'x' } },
      url: 'https://mfa.uz/ru/press/1',
      title: 'МИД Узбекистана',
      site: 'mfa.uz',
      platform: 'web',
      detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: ['registry'], platform: 'web' },
      concepts: ['digital-diplomacy', 'soft-power'],
      tags: ['+7 700', 'тег'],
      functionId: '',
      note: '@SUM(1)\tnote',
      createdAt: Date.UTC(2025, 2, 14, 10, 0, 0),
      updatedAt: Date.UTC(2025, 2, 14, 10, 0, 0),
      lexiconVersion: 'test',
    };
    await putExamples(library, [hostile]);
    const id = hostile.id;
    await library.reload();
    await expect.poll(() => savedCount(library)).toBeGreaterThanOrEqual(3);
    await library.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export CSV' }).click()]);
    const path = await download.path();
    const text = readFileSync(path!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseRfc4180(text.slice(1));
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('id')] === id)!;
    const get = (col: string) => row[header.indexOf(col)];
    expect(get('quote')).toBe('\'=HYPERLINK("http://evil") «Цифровая дипломатия», "quoted"\r\nnext line');
    expect(get('title')).toBe('МИД Узбекистана');
    expect(get('tags')).toBe("'+7 700; тег");
    expect(get('note')).toBe("'@SUM(1)\tnote");
    expect(get('concepts')).toBe('digital-diplomacy; soft-power');
    expect(get('country')).toBe('UZ');
    expect(get('source_kind')).toBe('mfa');
    expect(get('created_utc')).toBe('2025-03-14T10:00:00.000Z');
    expect(get('url')).toBe('https://mfa.uz/ru/press/1');
    for (const r of rows) expect(r).toHaveLength(header.length);
    await library.close();
  });

  test('opening an example finds its quote on the page; a quote the page lost is marked not found', async () => {
    const library = await h.openExtensionPage('library.html');
    await library.setViewportSize({ width: 1280, height: 800 });
    // An example whose quote the page no longer holds (the page was edited since).
    await putExamples(library, [
      {
        id: 'gone-1',
        quote: 'A sentence the ministry has since removed from its page.',
        prefix: '',
        suffix: '',
        selectors: { quote: { type: 'TextQuoteSelector', exact: 'A sentence the ministry has since removed from its page.' } },
        url: PRESS,
        title: 'Press release',
        site: 'mfa.uz',
        platform: 'web',
        detection: { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: [], platform: 'web' },
        concepts: [],
        tags: [],
        functionId: '',
        note: '',
        createdAt: Date.UTC(2025, 0, 1),
        updatedAt: Date.UTC(2025, 0, 1),
        lexiconVersion: 'test',
      },
    ]);
    await library.reload();
    const rowOf = (text: string) => library.getByRole('row').filter({ hasText: text });
    await expect.poll(() => rowOf('everyday instrument').count()).toBe(1);

    const [found] = await Promise.all([h.context.waitForEvent('page'), rowOf('everyday instrument').getByRole('button', { name: 'Open' }).click()]);
    await expect
      .poll(() => found.evaluate(() => {
        const hl = CSS.highlights.get('diplolens-found');
        if (!hl) return '';
        const [r] = [...hl];
        const range = document.createRange();
        range.setStart(r!.startContainer, r!.startOffset);
        range.setEnd(r!.endContainer, r!.endOffset);
        return range.toString();
      }), { timeout: 15_000 })
      .toContain('Digital diplomacy has become an everyday instrument');
    await found.close();

    const [lost] = await Promise.all([h.context.waitForEvent('page'), rowOf('since removed').getByRole('button', { name: 'Open' }).click()]);
    await expect.poll(() => rowOf('since removed').textContent(), { timeout: 15_000 }).toContain('not found on the page');
    // The quote is kept as evidence.
    expect(await rowOf('since removed').textContent()).toContain('A sentence the ministry has since removed');
    await lost.close();
    await library.close();
  });

  test('importing a malformed file shows what is wrong and changes nothing', async () => {
    const library = await h.openExtensionPage('library.html');
    await expect.poll(() => savedCount(library)).toBeGreaterThanOrEqual(3);
    const before = await savedCount(library);
    await library.getByLabel('Import a DiploLens JSON backup').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"diplolens-examples","version":1,"examples":[{"id":"x","quote":'),
    });
    await expect.poll(() => library.getByRole('alert').textContent()).toContain('Nothing was imported from broken.json');
    await library.reload();
    await expect.poll(() => savedCount(library)).toBe(before);
    await library.close();
  });

  test('a CSV chosen by mistake is named as such, once, without the JSON parser’s words', async () => {
    const library = await h.openExtensionPage('library.html');
    await expect.poll(() => savedCount(library)).toBeGreaterThanOrEqual(3);
    await library.getByLabel('Import a DiploLens JSON backup').setInputFiles({
      name: 'diplolens-examples.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\ufeffid,created_utc,quote,url\r\nx,2025-01-01T00:00:00Z,Soft power,https://mfa.uz/\r\n'),
    });
    await expect
      .poll(() => library.getByRole('alert').locator('span').first().textContent())
      .toBe('Nothing was imported from diplolens-examples.csv: this is a CSV table, not a backup. DiploLens imports its own JSON backup: choose Export → Export JSON (backup) to make one.');
    await library.close();
  });
});
