/**
 * The popup's concept list in the active codebook's colours, in real Chromium: a copy of
 * the built-in codebook with digital diplomacy in teal is made active; the popup on a
 * ministry page paints that chip with its shades (utils/library/code-colours.ts chipPaint:
 * text 4.5:1, edge 3:1), a concept the copy leaves as it was in its built-in colour, light
 * and dark; axe finds no contrast problem. Screenshots for looking.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { launch, putRows, SCREENSHOT_DIR, type Harness } from './harness';
import { axeViolations } from './axe';
import { builtinCodebook } from '../../utils/codebook/builtin';
import { conceptColour, copyCodebook } from '../../utils/codebook/model';
import { chipPaint } from '../../utils/library/code-colours';
import { hexToRgb } from '../../utils/codebook/colour';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const TEAL = '#0f766e';
const mine = copyCodebook(builtinCodebook(), '7d1c2a9e-0c4b-4f7e-9d21-3a5b6c7d8e9f', 'Teal', Date.UTC(2026, 11, 7));
mine.concepts = mine.concepts.map((c) => (c.id === 'digital-diplomacy' ? { ...c, colour: TEAL } : c));
let h: Harness;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
  const seed = await h.openExtensionPage('library.html');
  await seed.getByRole('heading', { level: 2 }).first().waitFor();
  await putRows(seed, 'codebooks', [mine]);
  await seed.evaluate(async (cb) => {
    // Made active as the editor does (utils/db/codebooks.ts setActiveId).
    await chrome.storage.local.set({ 'codebooks.active': cb.id });
  }, mine);
  await seed.close();
});
afterAll(async () => {
  await h?.close();
});

const rgb = (hex: string) => `rgb(${hexToRgb(hex).join(', ')})`;

describe('the popup’s concepts in the active codebook’s colours', () => {
  test.each(['light', 'dark'] as const)('%s: each chip in its code’s shades, contrast clean', async (scheme) => {
    const page = await h.open(PRESS);
    const tabId = await h.tabIdOf(page);
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const region = popup.getByRole('region', { name: 'Concepts on this page' });
    await region.waitFor();
    const dd = region.getByRole('button', { name: /^Digital diplomacy/ });
    await expect.poll(() => dd.getAttribute('class')).toContain('chip--coded');
    const paint = chipPaint(TEAL)[scheme];
    expect(await dd.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(paint.fill));
    expect(await dd.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(rgb(paint.edge));
    // Every chip of the list is coded, each in its own concept's colour from the active codebook.
    const chips = await region.locator('.chip--button').evaluateAll((els) => els.map((el) => ({ coded: el.classList.contains('chip--coded'), bg: getComputedStyle(el).backgroundColor, text: el.textContent })));
    expect(chips.length).toBeGreaterThan(1);
    for (const c of chips) expect(c.coded, c.text ?? '').toBe(true);
    const other = mine.concepts.find((c) => c.id !== 'digital-diplomacy' && chips.some((x) => x.text?.startsWith(c.label)))!;
    const otherBg = chips.find((x) => x.text?.startsWith(other.label))!.bg;
    expect(otherBg).toBe(rgb(chipPaint(conceptColour(mine, other))[scheme].fill));
    await region.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-colours-${scheme}.png`, fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });
});
