import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers, showBadge } from '../utils/background/handlers';
import { saveFromTab } from '../utils/background/save-from-tab';
import { createExampleSaver } from '../utils/background/save-example';
import { createTabDetections, type SessionArea } from '../utils/background/tab-detections';
import { createExampleRepository } from '../utils/db/repository';
import { openDatabase } from '../utils/db/schema';
import { conceptsIn, defaultLexicon, match } from '../utils/lexicon/index';
import { termTable } from '../utils/lexicon/hit-codec';
import { LEXICON, LEXICON_VERSION } from '../seeds/lexicon';
import { CONTENT_SCRIPT_REQUESTS, type ToBackground } from '../utils/messages/protocol';
import { createListener, senderGate, sendToTab } from '../utils/messages/transport';
import { detectSource } from '../utils/detect/index';
import { createChangeChannel } from '../utils/db/changes';
import { BUILTIN_ID, BUILTIN_VERSION } from '../utils/codebook/builtin';
import { createCorrectionRepository } from '../utils/db/corrections';
import { createCorrections } from '../utils/background/corrections';
import { confirmSave, createSaveGrants } from '../utils/background/save-grants';
import { createActiveCodebook, touchesActiveCodebook } from '../utils/background/active-codebook';
import { createCodebookLibrary } from '../utils/codebook/library';
import { databaseCodebookStorage, moveFromExtensionStorage } from '../utils/db/codebooks';

const MENU_SAVE = 'diplolens-save-selection';

export default defineBackground(() => {
  const db = openDatabase();
  // An open library hears of what is saved from pages (changes.ts).
  const repo = createExampleRepository(db, { announce: createChangeChannel().announce });
  // The user's corrections: every judgement reads them; after a change every open tab judges its page again.
  // tabs.query without the tabs permission still gives each tab's id (not its address), all sendMessage needs.
  const corrections = createCorrections({
    repo: createCorrectionRepository(db),
    recheckTabs: async () => {
      const tabs = await browser.tabs.query({});
      await Promise.all(tabs.map((t) => (t.id === undefined ? null : sendToTab(browser.tabs, t.id, 'source.recheck', null))));
    },
  });
  // MV3 (Chrome) names it `action`, MV2 (Firefox build) `browserAction`.
  const badge = browser.action ?? browser.browserAction;
  // In storage.session, so a restarted MV3 worker still knows each tab's page
  // (Chrome 102+, Firefox 115+; memory where it is missing).
  const session: SessionArea | undefined = browser.storage.session;
  const detections = createTabDetections(session);
  // What a tab may undo or annotate of the example it just saved from the context menu or shortcut.
  const grants = createSaveGrants(session);
  let terms: ReturnType<typeof termTable> | null = null;
  // The active codebook (the built-in one unless the user chose theirs in the editor): compiled on
  // the first request after a change, here in the background, never on a page. A change (another
  // codebook chosen, or the active one's content saved) is told to every open tab, which repaints.
  const library = createCodebookLibrary({ storage: databaseCodebookStorage(db, browser.storage.local), newId: () => crypto.randomUUID(), now: () => Date.now() });
  // Codebooks of the first editor (kept in storage.local) are moved into the database first, once, as the editor does.
  let moved: Promise<unknown> | null = null;
  const active = createActiveCodebook({
    load: async () => {
      await (moved ??= moveFromExtensionStorage(db, browser.storage.local).catch((e: unknown) => console.debug('[DiploLens] codebooks not moved', e)));
      return library.active();
    },
    builtin: { id: BUILTIN_ID, version: BUILTIN_VERSION, wire: LEXICON_VERSION },
    // Compiled on the first request (~50 ms).
    builtinLexicon: () => ({ lexicon: defaultLexicon(), terms: (terms ??= termTable(LEXICON)) }),
    tell: async (version) => {
      const tabs = await browser.tabs.query({});
      await Promise.all(tabs.map((t) => (t.id === undefined ? null : sendToTab(browser.tabs, t.id, 'codebook.changed', { version }))));
    },
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesActiveCodebook(changes, area)) void active.changed().catch((e) => console.debug('[DiploLens] codebook', e));
  });
  // The one writer: 'example.save' (hover card, popup) and the context menu and shortcut below.
  // New examples are coded with the active codebook's id and version.
  const codedWith = () => active.codedWith();
  const saveExample = createExampleSaver(repo, codedWith);
  const handlers = createBackgroundHandlers({
    repo,
    save: saveExample,
    badge,
    detections,
    detect: detectSource,
    corrections,
    codebook: active,
    match: () => [],
    lexiconVersion: LEXICON_VERSION,
    codedWith,
    grants,
    // Firefox paints ::highlight() rules of the document's sheets in the light DOM only (firefox-esr
    // 140); a user-origin sheet applies in every tree. Chromium paints shadow trees from the manifest's sheet.
    insertShadowSheet: import.meta.env.FIREFOX
      ? async (tabId, frameId, codebookCss) => {
          await browser.tabs.insertCSS(tabId, { file: '/highlights.css', cssOrigin: 'user', frameId });
          // A user codebook's colours for its own highlight names (the document's constructed sheet reaches the light DOM only).
          if (codebookCss) await browser.tabs.insertCSS(tabId, { code: codebookCss, cssOrigin: 'user', frameId });
        }
      : undefined,
  });
  browser.runtime.onMessage.addListener(
    createListener<ToBackground>(handlers, senderGate<ToBackground>(browser.runtime.getURL('/'), CONTENT_SCRIPT_REQUESTS)),
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    void detections.delete(tabId);
    void grants.revoke(tabId);
  });
  // A page loading in the tab: its judgement is the new page's to report (a browser page or a PDF never
  // does). Only the status is read: Chrome gives `url` only with the tabs permission, which DiploLens lacks.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void detections.delete(tabId);
      void grants.revoke(tabId);
    }
  });

  const save = async (tabId: number, selectionText?: string) => {
    const coding = await active.current();
    const result = await saveFromTab(
      tabId,
      {
        getStatus: (id) => sendToTab(browser.tabs, id, 'status.get', null),
        save: saveExample,
        conceptsIn: (text) => conceptsIn(match(text, coding.lexicon)),
        lexiconVersion: coding.wire,
        savedFromPage: (url) => repo.fromPage(url),
      },
      selectionText,
    );
    // Feedback in the page itself (the toolbar icon may not be pinned): a confirmation with Undo.
    await confirmSave(tabId, result, { grants, tell: (id, notice) => sendToTab(browser.tabs, id, 'save.done', notice) });
    // Feedback where the user is looking: the toolbar badge, for two seconds.
    await badge.setBadgeText({ text: result.ok ? '✓' : '!', tabId });
    await badge.setTitle({ title: result.ok ? 'DiploLens: saved to your library' : `DiploLens: ${result.error}`, tabId });
    setTimeout(() => void detections.get(tabId).then((d) => showBadge(badge, tabId, d)), 2000);
    return result;
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: 'Save selection to DiploLens', contexts: ['selection'] });
  });
  const onContextMenu = async (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => {
    if (info.menuItemId !== MENU_SAVE || tab?.id === undefined) return { ok: false, error: 'not ours' } as const;
    return save(tab.id, info.selectionText);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenu(info, tab));
  // Seam for the end-to-end tests: a headless browser cannot open its own context
  // menu, so they call the same handler the menu calls. It only saves what the
  // tab's own content script reports, like the menu.
  (globalThis as unknown as { diplolens: object }).diplolens = { onContextMenu };

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'save-selection') await save(tab.id);
    if (command === 'show-definition') await sendToTab(browser.tabs, tab.id, 'card.show', null);
    if (command === 'toggle-highlights') {
      const status = await sendToTab(browser.tabs, tab.id, 'status.get', null);
      if (status.ok) await sendToTab(browser.tabs, tab.id, 'highlights.set', { on: !status.value.highlighting });
    }
  });
});
