/**
 * What the settings page reaches: the settings, the browser's storage manager and
 * shortcuts, the collection (to count it and make a backup). Built once in the entry
 * point; OptionsApp takes it as a prop, so tests pass their own.
 */
import type { browser as browserApi } from 'wxt/browser';
import type { ExampleRepository } from '../../utils/db/repository';
import type { Example } from '../../utils/model/example';
import { exportJson } from '../../utils/export/json';
import type { Correction } from '../../utils/detect/correction';
import { requestPersistence } from '../../utils/persist';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../utils/settings';
import { LEXICON_VERSION } from '../../seeds/lexicon';

export interface ShortcutInfo {
  name: string;
  /** The keys as the browser shows them ('Alt+Shift+S', '⌃⇧S'), '' when none is assigned. */
  shortcut: string;
  /** The browser's own description (the manifest's, in the browser's language). */
  description: string;
}

export interface OptionsServices {
  loadSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  /** navigator.storage.estimate(): bytes used and allowed, where the browser says. */
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persisted(): Promise<boolean>;
  /** Asks for persistent storage; resolves to whether it is granted now. */
  persist(): Promise<boolean>;
  countExamples(): Promise<number>;
  /** Exports every example as a JSON backup and starts the download; resolves to the file name. */
  backup(): Promise<string>;
  shortcuts(): Promise<ShortcutInfo[]>;
  /** Opens the browser's own page for changing shortcuts; false where it cannot be opened from here. */
  openShortcutSettings(): Promise<boolean>;
  /** Where the browser's shortcut page is, said in words when it cannot be opened ('chrome://extensions/shortcuts'). */
  shortcutSettingsAddress: string;
  openLibrary(): void;
  version: string;
  now(): number;
}

export interface OptionsDeps {
  browser: typeof browserApi;
  repo: ExampleRepository;
  storage?: StorageManager;
  download(name: string, blob: Blob): void;
  now?: () => number;
  /** The user's corrections of source judgements, which the backup carries (through the background). */
  corrections?: () => Promise<Correction[]>;
}

const stamp = (t: number) => new Date(t).toISOString().slice(0, 19).replace(/[:T]/g, '-');

export function createOptionsServices(deps: OptionsDeps): OptionsServices {
  const { browser } = deps;
  const storage = deps.storage ?? globalThis.navigator?.storage;
  const now = deps.now ?? (() => Date.now());
  const firefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  return {
    loadSettings,
    updateSettings,
    watchSettings,
    estimate: async () => {
      try {
        return (await storage?.estimate?.()) ?? {};
      } catch {
        return {};
      }
    },
    persisted: async () => {
      try {
        return (await storage?.persisted?.()) ?? false;
      } catch {
        return false;
      }
    },
    persist: () => requestPersistence(storage),
    countExamples: () => deps.repo.count(),
    async backup() {
      const rows: Example[] = [];
      for (let after: string | null = null; ; ) {
        const page = await deps.repo.page(after, 1000);
        if (!page.length) break;
        rows.push(...page);
        after = page[page.length - 1]!.id;
      }
      const t = now();
      const name = `diplolens-${stamp(t)}.json`;
      deps.download(name, new Blob([exportJson(rows, { now: new Date(t), lexiconVersion: LEXICON_VERSION, corrections: await deps.corrections?.() })], { type: 'application/json' }));
      await updateSettings({ lastBackupAt: t });
      return name;
    },
    async shortcuts() {
      const all = (await browser.commands?.getAll?.()) ?? [];
      return all
        .filter((c) => c.name)
        .map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '', description: c.description ?? '' }));
    },
    async openShortcutSettings() {
      // Firefox 137+ opens its add-on shortcut page itself; Chrome lets an extension page open chrome://extensions/shortcuts.
      const ff = browser.commands as { openShortcutSettings?: () => Promise<void> };
      try {
        if (ff.openShortcutSettings) {
          await ff.openShortcutSettings();
          return true;
        }
        if (firefox) return false;
        await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
        return true;
      } catch {
        return false;
      }
    },
    shortcutSettingsAddress: firefox ? 'about:addons' : 'chrome://extensions/shortcuts',
    openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
    version: browser.runtime.getManifest().version,
    now,
  };
}
