/**
 * Firefox end-to-end harness: the BUILT Firefox extension (.output/firefox-mv2,
 * the build that `wxt zip -b firefox` packs for addons.mozilla.org) installed as
 * a temporary add-on in Debian's firefox-esr over WebDriver BiDi, with the same
 * fixture server as the Chromium tests (tests/e2e/harness.ts) and every host
 * routed to it (network.dns.forceResolve; the port stays in the URL).
 *
 * Errors of the extension are gathered from four places, since no one of them
 * sees every context in Firefox:
 *  - Firefox's stdout: `JavaScript error: moz-extension://UUID/…` for an uncaught
 *    error or rejected promise in any of the extension's contexts, from start-up on;
 *  - BiDi `log.entryAdded` on web pages: errors whose stack is in moz-extension://UUID
 *    (the content scripts; BiDi reports none for moz-extension pages);
 *  - console.error, error and unhandledrejection in the background page, hooked
 *    through runtime.getBackgroundPage() (MV2: it shares a process with extension tabs);
 *  - the same hooks in each extension page the harness opens (BiDi preload scripts
 *    do not run in moz-extension pages), reported through a BiDi channel.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { ROOT, startFixtureServer } from '../e2e/harness';
import { launchFirefox, type Firefox } from './firefox';
import type { BiDiClient } from './bidi';
import type { Browser } from 'webextension-polyfill';

/**
 * For Tab.evaluate() callbacks run in an extension page: its `browser` global
 * (Firefox MV2: `browserAction`, promise-based). Not declared globally, so that
 * product code that forgets to import `browser` still fails to type-check.
 */
export type ExtensionPage = typeof globalThis & { browser: Browser };

export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots/firefox');
/** Fixed with extensions.webextensions.uuids, so extension pages have known addresses. */
export const ADDON_UUID = '4d1b1e25-16f0-4e2a-9d3c-0f1efc0de016';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface RemoteEvalResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string; lineNumber?: number; stackTrace?: { callFrames: { url: string; lineNumber: number }[] } };
}

/** Where to find an element: a CSS selector, or the accessibility tree's role and name (as a user reads it). */
export type Locator = string | { role: string; name?: string };

export class Tab {
  constructor(
    private readonly bidi: BiDiClient,
    readonly context: string,
  ) {}

  /**
   * Runs `fn` in the page's own world (an extension page's is the extension's) and
   * returns its JSON-serialisable result. `fn` is sent as source: it may use only its arguments.
   */
  async evaluate<R, A extends Json[] = []>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    const r = await this.bidi.send<RemoteEvalResult>('script.callFunction', {
      target: { context: this.context },
      functionDeclaration: `async function (json) { const r = await (${fn.toString()})(...JSON.parse(json)); return r === undefined ? 'undefined' : JSON.stringify(r); }`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.type === 'exception') {
      const frame = r.exceptionDetails?.stackTrace?.callFrames[0];
      throw new Error(`in the page: ${r.exceptionDetails?.text ?? 'exception'}${frame ? ` (${frame.url}:${frame.lineNumber + 1})` : ''}`);
    }
    const text = r.result?.value as string;
    return (text === 'undefined' ? undefined : JSON.parse(text)) as Awaited<R>;
  }

  async navigate(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async reload(): Promise<void> {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async url(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  async activate(): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.bidi.send('browsingContext.setViewport', { context: this.context, viewport: { width, height } });
  }

  /** A PNG of the viewport (or of a box in it, in CSS pixels), written to `path` when one is given. */
  async screenshot(path?: string, clip?: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
    const r = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
      context: this.context,
      ...(clip ? { clip: { type: 'box', ...clip } } : {}),
    });
    const png = Buffer.from(r.data, 'base64');
    if (path) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, png);
    }
    return png;
  }

  /** The elements a locator finds now (BiDi shared references). */
  async locate(locator: Locator, maxNodeCount?: number): Promise<{ sharedId: string }[]> {
    const r = await this.bidi.send<{ nodes: { sharedId: string }[] }>('browsingContext.locateNodes', {
      context: this.context,
      locator:
        typeof locator === 'string'
          ? { type: 'css', value: locator }
          : { type: 'accessibility', value: locator.name === undefined ? { role: locator.role } : locator },
      ...(maxNodeCount ? { maxNodeCount } : {}),
    });
    return r.nodes.map((n) => ({ sharedId: n.sharedId }));
  }

  /** The first element a locator finds, waiting for it up to `timeoutMs`. */
  async find(locator: Locator, timeoutMs = 10_000): Promise<{ sharedId: string }> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const [node] = await this.locate(locator, 1);
      if (node) return node;
      if (Date.now() > until) throw new Error(`nothing matches ${JSON.stringify(locator)} within ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  /** Runs `fn` with the element as its first argument (in the page's world). */
  async onElement<R>(node: { sharedId: string }, fn: string): Promise<R> {
    const r = await this.bidi.send<RemoteEvalResult>('script.callFunction', {
      target: { context: this.context },
      functionDeclaration: `function (el) { return JSON.stringify((${fn})(el) ?? null); }`,
      arguments: [node],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text}`);
    return JSON.parse(r.result?.value as string) as R;
  }

  /** The text of the first element a locator finds. */
  async textOf(locator: Locator): Promise<string> {
    return this.onElement<string>(await this.find(locator), '(el) => el.textContent');
  }

  /** A real mouse click in the middle of the element (scrolled into view first). */
  async click(locator: Locator): Promise<void> {
    const node = await this.find(locator);
    await this.onElement(node, '(el) => el.scrollIntoView({ block: "center" })');
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: node } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Key presses into whatever has focus: text as typed, or a named key (`Enter`). */
  async press(keys: string): Promise<void> {
    const named: Record<string, string> = { Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004' };
    const chars = named[keys] ? [named[keys]] : [...keys];
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: chars.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    });
  }

  /** Chooses files in an `<input type=file>` as the file picker would. */
  async setFiles(locator: Locator, paths: string[]): Promise<void> {
    await this.bidi.send('input.setFiles', { context: this.context, element: await this.find(locator), files: paths });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => undefined);
  }
}

export interface FirefoxHarness {
  firefox: Firefox;
  server: Server;
  port: number;
  /** An extension page kept open to call the extension's APIs from (tabs, badge, messages). */
  control: Tab;
  /** http://mfa.uz/en/… → http://mfa.uz:PORT/en/… (every host resolves to the fixture server). */
  url(address: string): string;
  /**
   * Opens a fixture page by its real address in a new tab and waits for its load.
   * `preload` runs in the page's own world before any of its scripts (BiDi preload script).
   */
  open(address: string, options?: { preload?: () => void }): Promise<Tab>;
  /** Opens an extension page (popup.html?tab=ID, library.html) in a new tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** The extension's tab id of a page (verified by asking the page's content script for its address). */
  tabIdOf(tab: Tab): Promise<number>;
  /** The toolbar button's badge text for a tab, as the extension sees it. */
  badgeText(tabId: number): Promise<string>;
  /** Sends a protocol request to a tab's content script, as the popup does. */
  askTab<T>(tabId: number, type: string, payload?: Json): Promise<T>;
  /** The extension's own errors so far, from every context (see the file's comment). */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

/** Polls `read` until `accept` says yes, or fails with the last value seen. */
export async function waitFor<T>(read: () => Promise<T>, accept: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > until) {
      throw new Error(
        `waited ${timeoutMs} ms for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${String(lastError)}` : ''}`,
      );
    }
    await sleep(150);
  }
}

/**
 * Installed in the background page and in each extension page opened: records
 * console.error, uncaught errors and unhandled rejections. `report` is a BiDi channel.
 */
const HOOK = `function (report, where) {
  const w = where === 'background' ? null : window;
  const install = (win, label) => {
    if (win.__diplolensErrorsHooked) return;
    win.__diplolensErrorsHooked = true;
    const original = win.console.error;
    win.console.error = function (...args) {
      report(label + ': console.error: ' + args.map((a) => (a && a.stack ? a + ' ' + a.stack : String(a))).join(' '));
      return original.apply(this, args);
    };
    win.addEventListener('error', (e) => report(label + ': ' + e.message + ' (' + e.filename + ':' + e.lineno + ')'));
    win.addEventListener('unhandledrejection', (e) => report(label + ': unhandled rejection: ' + String(e.reason && e.reason.stack ? e.reason + ' ' + e.reason.stack : e.reason)));
  };
  if (w) { install(w, location.pathname.slice(1)); return null; }
  return browser.runtime.getBackgroundPage().then((bg) => { install(bg, 'background'); return null; });
}`;

function addonId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json names no gecko id: the UUID cannot be fixed without it.`);
  return id;
}

export async function launch(options: { extensionDir?: string } = {}): Promise<FirefoxHarness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${extensionDir}: run 'npm run build:firefox' first.`);
  }
  const id = addonId(extensionDir);
  const { server, port } = await startFixtureServer();
  let firefox: Firefox;
  try {
    firefox = await launchFirefox({
      prefs: {
        'extensions.webextensions.uuids': JSON.stringify({ [id]: ADDON_UUID }),
        // Every host name resolves to the fixture server (the port stays in the URL).
        'network.dns.forceResolve': '127.0.0.1',
      },
    });
  } catch (error) {
    await new Promise((ok) => server.close(ok));
    throw error;
  }
  const { bidi } = firefox;
  const errors: string[] = [];
  const uncaught = `JavaScript error: moz-extension://${ADDON_UUID}/`;
  const offOutput = firefox.onOutput((line) => {
    if (line.startsWith(uncaught)) errors.push(`uncaught: ${line.slice('JavaScript error: '.length)}`);
  });
  for (const line of firefox.output) if (line.startsWith(uncaught)) errors.push(`uncaught: ${line.slice('JavaScript error: '.length)}`);
  bidi.on('log.entryAdded', (p) => {
    const entry = p as { level?: string; text?: string; stackTrace?: { callFrames?: { url?: string }[] } };
    if (entry.level !== 'error') return;
    const ours = (entry.stackTrace?.callFrames ?? []).some((f) => f.url?.startsWith(`moz-extension://${ADDON_UUID}/`));
    if (ours) errors.push(`content script: ${entry.text ?? ''}`);
  });
  bidi.on('script.message', (p) => {
    const m = p as { channel?: string; data?: { value?: unknown } };
    if (m.channel === 'diplolens-errors') errors.push(String(m.data?.value));
  });

  const hook = async (tab: Tab, where: 'page' | 'background') => {
    const r = await bidi.send<RemoteEvalResult>('script.callFunction', {
      target: { context: tab.context },
      functionDeclaration: HOOK,
      arguments: [
        { type: 'channel', value: { channel: 'diplolens-errors', ownership: 'none' } },
        { type: 'string', value: where },
      ],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.type === 'exception') throw new Error(`could not watch the ${where} for errors: ${r.exceptionDetails?.text}`);
  };

  let control: Tab;
  try {
    await bidi.send('session.subscribe', { events: ['log.entryAdded', 'script.message'] });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    control = new Tab(bidi, tree.contexts[0]!.context);
    // The library as the control page: an extension page a user keeps open, with the extension's APIs.
    await control.navigate(`moz-extension://${ADDON_UUID}/library.html`);
    await hook(control, 'page');
    await hook(control, 'background');
  } catch (error) {
    offOutput();
    await firefox.close();
    await new Promise((ok) => server.close(ok));
    throw error;
  }

  const harness: FirefoxHarness = {
    firefox,
    server,
    port,
    control,
    url(address) {
      const u = new URL(address);
      u.port = String(port);
      return u.href;
    },
    async open(address, options = {}) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      const tab = new Tab(bidi, context);
      let script: string | undefined;
      if (options.preload) {
        ({ script } = await bidi.send<{ script: string }>('script.addPreloadScript', {
          functionDeclaration: options.preload.toString(),
          contexts: [context],
        }));
      }
      await tab.navigate(harness.url(address));
      if (script) await bidi.send('script.removePreloadScript', { script });
      return tab;
    },
    async openExtensionPage(path) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      const tab = new Tab(bidi, context);
      await tab.navigate(`moz-extension://${ADDON_UUID}/${path}`);
      await hook(tab, 'page');
      return tab;
    },
    async tabIdOf(tab) {
      // Without the tabs permission the extension sees no tab's address: the page is
      // made the active tab, and its content script confirms which page it is.
      const href = await tab.url();
      await tab.activate();
      const tabId = await control.evaluate(async () => {
        const [t] = await (globalThis as ExtensionPage).browser.tabs.query({ active: true, lastFocusedWindow: true });
        return t?.id ?? null;
      });
      if (typeof tabId !== 'number') throw new Error(`no active tab for ${href}`);
      const status = await harness.askTab<{ ok: boolean; value?: { url: string } }>(tabId, 'status.get');
      if (!status.ok || status.value?.url !== href) {
        throw new Error(`tab ${tabId} is not ${href}: its content script says ${JSON.stringify(status)}`);
      }
      return tabId;
    },
    badgeText(tabId) {
      return control.evaluate((t: number) => (globalThis as ExtensionPage).browser.browserAction.getBadgeText({ tabId: t }), tabId);
    },
    askTab<T>(tabId: number, type: string, payload: Json = null) {
      // As the popup does (sendToTabWhenReady): the content script starts in the
      // page's first idle period, so a request sent at once may find no one listening.
      return control.evaluate(
        async (id: number, t: string, p: Json) => {
          for (let i = 0; ; i++) {
            try {
              return await (globalThis as ExtensionPage).browser.tabs.sendMessage(id, { dl: 1, type: t, payload: p }, { frameId: 0 });
            } catch (error) {
              if (i >= 20 || !/Receiving end does not exist|Could not establish connection/.test(String(error))) throw error;
              await new Promise((r) => setTimeout(r, 250));
            }
          }
        },
        tabId,
        type,
        payload,
      ) as Promise<T>;
    },
    async extensionErrors() {
      // Let events already sent arrive.
      await sleep(300);
      return [...errors];
    },
    async close() {
      offOutput();
      await firefox.close();
      await new Promise((ok) => server.close(ok));
    },
  };
  return harness;
}

/** Selects the first occurrence of `text` in the page, as a user would with the mouse. */
export async function selectText(tab: Tab, text: string): Promise<void> {
  const found = await tab.evaluate((needle: string) => {
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

/** Every registered highlight range, read in the page's main world: highlight name → texts. */
export function painted(tab: Tab): Promise<Record<string, string[]>> {
  return tab.evaluate(() => {
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

/** The viewport box of the first registered highlight range whose text is `text` (any case), or null. */
export function highlightBox(tab: Tab, text: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return tab.evaluate((wanted: string) => {
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('diplolens-')) continue;
      for (const r of hl) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString().toLowerCase() !== wanted) continue;
        const b = range.getBoundingClientRect();
        return { x: Math.floor(b.left) - 2, y: Math.floor(b.top) - 2, width: Math.ceil(b.width) + 4, height: Math.ceil(b.height) + 4 };
      }
    }
    return null;
  }, text.toLowerCase());
}
