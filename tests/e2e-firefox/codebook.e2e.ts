/**
 * The active codebook on pages in real Firefox (firefox-esr, the built add-on): a user codebook
 * made active repaints an open page without reload, in its own colours, in the light DOM (a
 * constructed sheet the document adopts) and inside an open shadow root, which a document's
 * ::highlight() rules do not reach in Firefox (the background inserts the codebook's rules as a
 * user-origin sheet too).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightBox, launch, painted, SCREENSHOT_DIR, waitFor, type FirefoxHarness, type Tab } from './harness';

const COMPONENTS = 'http://mfa.uz/en/press/news/2025/web-component-briefing';
let h: FirefoxHarness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const rangeCount = async (tab: Tab) => Object.values(await painted(tab)).flat().length;

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

describe('the active codebook in Firefox', () => {
  test('an open page repaints with a user codebook, its colours in the light DOM and in an open shadow root', async () => {
    const page = await h.open(COMPONENTS);
    await waitFor(() => rangeCount(page), (n) => n >= 2, 'the built-in highlights');
    const tabId = await h.tabIdOf(page);

    // A codebook as the editor stores it (a database row per version) and chosen as the one in use.
    await h.control.evaluate(async () => {
      const cb = {
        id: 'ff-codebook',
        name: 'Goals',
        description: '',
        version: '1',
        builtIn: false,
        categories: [{ id: 'goals', label: 'Goals', description: '', colour: '#db2777' }],
        concepts: [
          { id: 'programme', label: 'Programme', definition: '', category: 'goals', references: [], terms: { en: [{ text: 'programme' }] } },
          { id: 'branding', label: 'Branding', definition: '', category: 'goals', colour: '#0284c7', references: [], terms: { en: [{ text: 'nation branding' }] } },
        ],
        functions: [],
        createdAt: 1,
        updatedAt: 1,
      };
      const open = indexedDB.open('diplolens');
      const db: IDBDatabase = await new Promise((ok, no) => ((open.onsuccess = () => ok(open.result)), (open.onerror = () => no(open.error))));
      await new Promise((ok, no) => {
        const tx = db.transaction('codebooks', 'readwrite');
        tx.objectStore('codebooks').put(cb);
        tx.oncomplete = ok;
        tx.onerror = () => no(tx.error);
      });
      db.close();
      await (globalThis as unknown as { browser: { storage: { local: { set(x: object): Promise<void> } } } }).browser.storage.local.set({ 'codebooks.active': 'ff-codebook' });
    });

    const byName = await waitFor(
      () => painted(page),
      (p) => Object.values(p).flat().sort().join('|') === 'nation branding|programme|programme',
      "the codebook's terms",
    );
    expect(Object.keys(byName).filter((n) => byName[n]!.length).every((n) => /^diplolens-u[0-9a-z]+-k\d+$/.test(n))).toBe(true);
    // 'programme' is in the light DOM (and again in the shadow root), 'nation branding' inside <mfa-briefing>'s shadow root.
    const inShadow = await page.evaluate(() => [...CSS.highlights.values()].flatMap((hl) => [...hl]).filter((r) => r.startContainer.getRootNode() instanceof ShadowRoot).length);
    expect(inShadow).toBe(2);
    await page.setViewport(800, 300);
    await page.screenshot(`${SCREENSHOT_DIR}/codebook-shadow-root.png`);
    expect(await paintedAt(page, tabId, 'programme')).toBe(true);
    expect(await paintedAt(page, tabId, 'nation branding')).toBe(true);
    expect(await page.evaluate(() => document.querySelector('diplolens-ui') === null)).toBe(true);
    expect(await h.extensionErrors()).toEqual([]);
    await page.close();
  });
});
