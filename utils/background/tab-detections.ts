/**
 * The last detection of each tab's top-level page, for the toolbar badge.
 *
 * Chrome stops an idle MV3 service worker after about 30 seconds, and with it
 * anything held in memory; a later 'badge.refresh' (the popup's highlight
 * toggle) or the badge reset after a keyboard save would then find nothing and
 * clear an official page's badge. So the detections live in
 * `storage.session` (Chrome 102+, Firefox 115+): it outlives the worker, is
 * emptied when the browser closes, and is not exposed to content scripts
 * unless `setAccessLevel` says so (DiploLens never does). Where it is missing,
 * or a write to it fails, memory holds them as before.
 *
 * Nothing is read at start-up: each tab's entry is read when it is needed.
 */
import type { Detection } from '../model/source';
import { detectionOrUndefined } from '../model/read';

/** What the background keeps per tab: its own judgement of the tab's page ('page.detect'), read for the badge, dropped when the tab closes. */
export interface TabDetections {
  get(tabId: number): Promise<Detection | undefined>;
  /** Replaces the tab's entry (a new page in the tab replaces the old page's). */
  set(tabId: number, detection: Detection): Promise<void>;
  delete(tabId: number): Promise<void>;
}

/** The part of a `storage.StorageArea` (browser.storage.session) used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tabDetection:${tabId}`;

/**
 * Tab detections in `area` (browser.storage.session), with memory as the
 * fallback. Memory is written through and read first: it answers for the tabs
 * seen since this worker started (also when a storage write failed), storage
 * for those seen before a restart. Reads never fill memory, so a slow read can
 * never bring back an entry replaced or deleted meanwhile.
 */
export function createTabDetections(area?: SessionArea | null): TabDetections {
  const memory = new Map<number, Detection>();
  return {
    async get(tabId) {
      const held = memory.get(tabId);
      if (held || !area) return held;
      try {
        const value = (await area.get(keyOf(tabId)))[keyOf(tabId)];
        return detectionOrUndefined(value);
      } catch {
        return undefined;
      }
    },
    async set(tabId, detection) {
      memory.set(tabId, detection);
      try {
        await area?.set({ [keyOf(tabId)]: detection });
      } catch {
        // Quota or a browser without session storage: memory still has it.
      }
    },
    async delete(tabId) {
      memory.delete(tabId);
      try {
        await area?.remove(keyOf(tabId));
      } catch {
        // Nothing to do: the browser empties session storage when it closes.
      }
    },
  };
}
