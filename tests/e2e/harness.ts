/**
 * End-to-end harness: the BUILT extension (.output/chrome-mv3) in real Chromium
 * (Debian's /usr/bin/chromium, driven by playwright-core), with fixture pages
 * served on localhost under real hostnames via --host-resolver-rules.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Serves tests/fixtures/pages/<host>/<path>. A path without an extension is
 * looked up as <path>.html, then <path>/index.html, so deep URLs such as
 * /en/press/2025/ministry-statement work as they do on the real sites.
 */
export function startFixtureServer(pagesDir: string = PAGES_DIR): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? 'localhost').split(':')[0]!.toLowerCase();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const base = join(pagesDir, host);
    const candidates = [join(base, path), join(base, `${path}.html`), join(base, path, 'index.html')];
    const file = candidates.find((f) => normalize(f).startsWith(base) && existsSync(f) && statSync(f).isFile());
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Not found</title><h1>Not found: ${host}${path.replace(/[<>&]/g, '')}</h1>`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port })));
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: Server;
  /** Opens a fixture page by its real URL (http://mfa.gov.uz/...). */
  open(url: string): Promise<Page>;
  /** The tab id of a page, from the service worker. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens an extension page (popup.html, library.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: { headless?: boolean; pagesDir?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run 'npm run build' first.`);
  }
  const { server, port } = await startFixtureServer(options.pagesDir);
  const profile = mkdtempSync(join(tmpdir(), 'diplolens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    server,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      await page.bringToFront();
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      }, url);
      if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
      return id;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Sends a protocol request to a tab's content script from the service worker. */
export function askTab<T>(h: Harness, tabId: number, type: string, payload: unknown = null): Promise<T> {
  // As the popup does (sendToTabWhenReady): the content script starts in the page's
  // first idle period after load, so a request sent at once may find no one listening yet.
  return h.worker.evaluate(
    async ([id, t, p]) => {
      for (let i = 0; ; i++) {
        try {
          return await chrome.tabs.sendMessage(id as number, { dl: 1, type: t, payload: p }, { frameId: 0 });
        } catch (error) {
          if (i >= 12 || !/Receiving end does not exist/.test(String(error))) throw error;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
    [tabId, type, payload] as const,
  ) as Promise<T>;
}

/** Selects the first occurrence of `text` in the page, as a user would with the mouse. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
        return true;
      }
    }
    return false;
  }, text);
  if (!found) throw new Error(`text not on page: ${text}`);
}

/** The viewport centre of the first painted highlight whose text is `text` (any case), or null. */
export function highlightCentre(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const [, hl] of CSS.highlights)
      for (const r of hl) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString().toLowerCase() === wanted) {
          const b = range.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
    return null;
  }, text.toLowerCase());
}

export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');

/**
 * Puts rows straight into the extension's IndexedDB from one of its pages
 * (as an import would, without the UI): for tests, benchmarks and screenshots.
 */
export async function putExamples(page: Page, rows: object[]): Promise<void> {
  await putRows(page, 'examples', rows);
}

/** Rows put straight into one of the extension's tables (as putExamples, for any table: 'codebooks', …). */
export async function putRows(page: Page, store: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await page.evaluate(async ({ store, batch }) => {
      // The page creates its database when it starts (Dexie, asynchronously): on a busy machine that
      // can come after the page's load. Wait for it rather than create an empty one here (an open
      // without a version would make version 1 with no tables: aborted, it leaves nothing).
      const opened = (): Promise<IDBDatabase | null> =>
        new Promise((ok, no) => {
          const open = indexedDB.open('diplolens');
          open.onupgradeneeded = () => open.transaction!.abort();
          open.onsuccess = () => {
            if (open.result.objectStoreNames.contains('examples')) ok(open.result);
            else (open.result.close(), ok(null));
          };
          open.onerror = () => (open.error?.name === 'AbortError' ? ok(null) : no(open.error));
        });
      let db = await opened();
      for (let tries = 0; !db && tries < 100; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        db = await opened();
      }
      if (!db) throw new Error('the extension page did not create its database within 10 s');
      await new Promise((ok, no) => {
        const tx = db.transaction(store, 'readwrite');
        for (const r of batch) tx.objectStore(store).put(r);
        tx.oncomplete = ok;
        tx.onerror = () => no(tx.error);
      });
      db.close();
    }, { store, batch: rows.slice(i, i + 10_000) });
  }
}
