/**
 * Highlighting in real Firefox (firefox-esr, the built add-on): ranges
 * registered with the CSS Custom Highlight API and painted, in the light DOM
 * and in open shadow roots, without changing the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightBox, launch, painted, SCREENSHOT_DIR, waitFor, type FirefoxHarness, type Tab } from './harness';

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const COMPONENTS = 'http://mfa.uz/en/press/news/2025/web-component-briefing';
let h: FirefoxHarness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const rangeCount = async (tab: Tab) => Object.values(await painted(tab)).flat().length;

async function rangesInside(tab: Tab, selector: string): Promise<number> {
  return tab.evaluate((sel: string) => {
    let n = 0;
    for (const [, hl] of CSS.highlights) for (const r of hl) if (r.startContainer.parentElement?.closest(sel)) n++;
    return n;
  }, selector);
}

/** Whether the browser paints something at a highlight: its box with highlights on differs from the same box with them off. */
async function paintedAt(tab: Tab, tabId: number, text: string): Promise<boolean> {
  const box = await waitFor(() => highlightBox(tab, text), (b) => b !== null, `a highlight of '${text}'`);
  const on = await tab.screenshot(undefined, box!);
  await h.askTab(tabId, 'highlights.set', { on: false });
  await waitFor(() => rangeCount(tab), (n) => n === 0, 'highlights cleared');
  const off = await tab.screenshot(undefined, box!);
  await h.askTab(tabId, 'highlights.set', { on: true });
  await waitFor(() => rangeCount(tab), (n) => n > 0, 'highlights back');
  return !on.equals(off);
}

describe('highlights in Firefox', () => {
  test('a ministry press release is highlighted: nothing inside script, style or textarea, nothing in the page changed', async () => {
    const page = await h.open(PRESS, {
      // Every change to the page after the parser is done (the page's own script changes nothing).
      preload: () => {
        const log: string[] = [];
        (window as unknown as { mutations: string[] }).mutations = log;
        document.addEventListener(
          'DOMContentLoaded',
          () =>
            new MutationObserver((records) => {
              for (const r of records) log.push(`${r.type} on ${r.target.nodeName} ${r.attributeName ?? ''}`);
            }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
          { once: true },
        );
      },
    });
    await waitFor(() => rangeCount(page), (n) => n > 8, 'more than 8 highlighted ranges');
    const byName = await painted(page);
    const texts = Object.values(byName).flat().map((t) => t.toLowerCase());
    expect(texts).toEqual(expect.arrayContaining(['digital diplomacy', 'soft power', 'nation branding', 'цифровая дипломатия']));
    expect(Object.keys(byName).every((n) => n.startsWith('diplolens-'))).toBe(true);
    expect(await rangesInside(page, 'script, style, textarea')).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { mutations: string[] }).mutations)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('diplolens-ui') === null)).toBe(true);
    await page.screenshot(`${SCREENSHOT_DIR}/highlighted-press-release.png`);
    await page.close();
  });

  test('the highlights are painted', async () => {
    const page = await h.open(PRESS);
    const tabId = await h.tabIdOf(page);
    expect(await paintedAt(page, tabId, 'soft power')).toBe(true);
    await page.close();
  });

  test('ranges inside an open shadow root are registered and painted', async () => {
    const page = await h.open(COMPONENTS);
    await waitFor(
      () => page.evaluate(() => [...CSS.highlights.values()].flatMap((hl) => [...hl]).filter((r) => r.startContainer.getRootNode() instanceof ShadowRoot).length),
      (n) => n >= 2,
      'two ranges inside the shadow root',
    );
    const tabId = await h.tabIdOf(page);
    await page.setViewport(800, 300);
    await page.screenshot(`${SCREENSHOT_DIR}/highlighted-shadow-root.png`);
    // 'digital diplomacy' is in the light DOM, 'soft power' inside <mfa-briefing>'s shadow root.
    expect(await paintedAt(page, tabId, 'digital diplomacy')).toBe(true);
    expect(await paintedAt(page, tabId, 'soft power')).toBe(true);
    await page.close();
  });

  test('no error from the extension in the console', async () => {
    expect(await h.extensionErrors()).toEqual([]);
  });
});
