/**
 * The active codebook on pages, in real Chromium: a concept made in the editor, with a term,
 * is highlighted on a page that was open already, without reload, once its codebook is used on
 * pages; in the codebook's colour (a sheet the document adopts: no element added); its hover
 * card names it and saves the sentence, coded with that codebook's id and version.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { highlightCentre, launch, SCREENSHOT_DIR, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';

/** Every painted range, read in the page's main world: highlight name → texts. */
function painted(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of CSS.highlights) {
      out[name] = [...hl].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    }
    return out;
  });
}

/** The examples stored, read from an extension page's IndexedDB. */
function examples(page: Page) {
  return page.evaluate(async () => {
    const open = indexedDB.open('diplolens');
    const db: IDBDatabase = await new Promise((ok, no) => ((open.onsuccess = () => ok(open.result)), (open.onerror = () => no(open.error))));
    const rows: Array<{ quote: string; concepts: string[]; codebookId?: string; codebookVersion?: string; lexiconVersion: string }> = await new Promise((ok, no) => {
      const req = db.transaction('examples').objectStore('examples').getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    db.close();
    return rows;
  });
}

describe('the active codebook on pages', () => {
  test('a concept made in the editor is highlighted on an open page without reload, and an example saved from it is coded with its codebook', async () => {
    const page = await h.open(PRESS);
    await expect.poll(async () => Object.values(await painted(page)).flat().length, { timeout: 10_000 }).toBeGreaterThan(8);
    expect(Object.values(await painted(page)).flat().map((t) => t.toLowerCase())).toContain('soft power');
    const elements = () => page.evaluate(() => document.querySelectorAll('*').length);
    const before = await elements();

    const editor = await h.openExtensionPage('codebook.html');
    await editor.setViewportSize({ width: 1366, height: 900 });
    await expect.poll(() => editor.getByText('✓ Used on pages').count(), { timeout: 10_000 }).toBe(1);
    await editor.getByRole('button', { name: 'New codebook' }).click();
    await expect.poll(() => editor.getByText(/^Created “/).count()).toBe(1);
    await editor.getByRole('button', { name: 'Add concept' }).click();
    await editor.getByRole('textbox', { name: 'Concept name' }).fill('Diplomatic training');
    await editor.getByRole('textbox', { name: 'Definition' }).fill('Courses that prepare diplomats.');
    await editor.getByRole('button', { name: 'Add a term in English' }).click();
    await editor.getByRole('textbox', { name: 'Term 1 in English' }).fill('training courses');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => editor.getByText('Saved as version 2.').count()).toBe(1);
    // Not used on pages yet: the open page still shows the built-in concepts.
    expect(Object.values(await painted(page)).flat().map((t) => t.toLowerCase())).not.toContain('training courses');
    await editor.getByRole('button', { name: 'Use on pages' }).click();
    await expect.poll(() => editor.getByText(/is used on pages now/).count()).toBe(1);
    await editor.screenshot({ path: `${SCREENSHOT_DIR}/codebook-used-on-pages.png` });
    const id = (await h.worker.evaluate(async () => (await chrome.storage.local.get('codebooks.active'))['codebooks.active'])) as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // The open page repaints with the new codebook: its term, in its own highlight name; the built-in concepts are gone.
    await page.bringToFront();
    await expect.poll(async () => Object.values(await painted(page)).flat(), { timeout: 10_000 }).toEqual(['training courses']);
    const names = Object.entries(await painted(page)).filter(([, texts]) => texts.length).map(([name]) => name);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^diplolens-u[0-9a-z]+-k0$/);
    // Its colour comes from a sheet the document adopted (the category's #2563eb), not from an element.
    const rule = await page.evaluate(
      (name) => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).find((t) => t.includes(`::highlight(${name})`)) ?? '',
      names[0]!,
    );
    expect(rule).toMatch(/background-color: rgba?\(37,? 99,? 235/);
    expect(await elements()).toBe(before);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/codebook-on-page.png` });

    // The hover card names the codebook's concept, and saves the sentence around it.
    const box = await highlightCentre(page, 'training courses');
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const card = page.locator('diplolens-ui').getByRole('dialog');
    await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => card.textContent()).toContain('Diplomatic training');
    expect(await card.textContent()).toContain('Courses that prepare diplomats.');
    expect(await card.textContent()).toContain('General');
    // In the codebook's colour (its category's #2563eb), as its highlight.
    expect(await card.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(37, 99, 235)');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/codebook-hover-card.png` });
    await card.getByRole('button', { name: 'Save as example' }).click();
    await expect.poll(() => card.textContent()).toContain('In your library');

    const saved = (await examples(editor)).filter((e) => e.quote.includes('training courses'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ concepts: ['diplomatic-training'], codebookId: id, codebookVersion: '2', lexiconVersion: `${id}@2` });

    // The context menu's path codes the same way.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes('soft power and nation branding'))!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const tabId = await h.tabIdOf(page);
    const menu = await h.worker.evaluate(
      async ([tab]) =>
        (globalThis as unknown as { diplolens: { onContextMenu(info: object, tab: object): Promise<{ ok: boolean; value?: { id: string } }> } }).diplolens.onContextMenu(
          { menuItemId: 'diplolens-save-selection' },
          { id: tab },
        ),
      [tabId] as const,
    );
    expect(menu.ok).toBe(true);
    const fromMenu = (await examples(editor)).find((e) => e.quote.includes('soft power and nation branding'))!;
    // The codebook has no concept in that sentence: none is tagged (the built-in lexicon's would be soft power).
    expect(fromMenu).toMatchObject({ concepts: [], codebookId: id, codebookVersion: '2' });
    await Promise.all([page.close(), editor.close()]);
  });
});
