/**
 * Chrome stops an idle MV3 service worker after about 30 seconds, and all it
 * held in memory goes with it. The tabs' detections are kept in
 * storage.session, so a 'badge.refresh' (popup toggle) or the badge reset
 * after a keyboard save in the next worker still shows an official page's
 * badge instead of clearing it.
 */
import { describe, expect, test, vi } from 'vitest';
import { createBackgroundHandlers, showBadge, type BadgeApi } from '../../../utils/background/handlers';
import { createTabDetections, type SessionArea } from '../../../utils/background/tab-detections';
import { NONE_DETECTION, type Detection } from '../../../utils/detect/types';
import type { ExampleRepository } from '../../../utils/db/repository';
import type { Sender } from '../../../utils/messages/transport';

const MFA: Detection = { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: ['mfa.uz'], platform: 'web' };
const GOV: Detection = { kind: 'government', subkind: 'government', country: 'KZ', confidence: 0.9, reasons: [], platform: 'web' };
/** What the content script of each page sends: its address and signals. */
const MFA_PAGE = { url: 'https://mfa.uz/en', signals: {} };
const GOV_PAGE = { url: 'https://gov.kz/', signals: {} };
const POPUP: Sender = { url: 'chrome-extension://abcdefghijklmnop/popup.html' };
const topOf = (tabId: number): Sender => ({ url: 'https://mfa.uz/en', frameId: 0, tab: { id: tabId } });

/** storage.session as the browser keeps it: outside the worker, values copied in and out. */
function fakeSession() {
  const data = new Map<string, unknown>();
  const area: SessionArea = {
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
  return { area, data };
}

/** One life of the background worker: what entrypoints/background.ts builds when it starts. */
function startWorker(session: SessionArea | undefined) {
  const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
  const detections = createTabDetections(session);
  const handlers = createBackgroundHandlers({
    repo: {} as ExampleRepository,
    badge,
    detections,
    // The background's own judgement of the pages these tests load.
    detect: (url) => (url === MFA_PAGE.url ? MFA : url === GOV_PAGE.url ? GOV : { ...NONE_DETECTION }),
    match: () => [],
    lexiconVersion: 'test',
  });
  return { badge, detections, handlers };
}

describe('the badge after the service worker restarts', () => {
  test("'badge.refresh' in a new worker sets the official page's badge again, not ''", async () => {
    const { area } = fakeSession();
    const first = startWorker(area);
    await first.handlers['page.detect'](MFA_PAGE, topOf(7));
    expect(first.badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 7 });

    // ~30 s idle: the worker stops; the popup's toggle starts a new one.
    const second = startWorker(area);
    await second.handlers['badge.refresh']({ tabId: 7 }, POPUP);
    expect(second.badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 7 });
    expect(second.badge.setTitle).toHaveBeenLastCalledWith({ title: 'DiploLens: foreign-ministry source (UZ)', tabId: 7 });
  });

  test('the badge reset after a keyboard save reads the tab from storage (as entrypoints/background.ts does)', async () => {
    const { area } = fakeSession();
    await startWorker(area).handlers['page.detect'](GOV_PAGE, topOf(3));
    const second = startWorker(area);
    await showBadge(second.badge, 3, await second.detections.get(3));
    expect(second.badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'GOV', tabId: 3 });
  });

  test('a closed tab is forgotten; a new page in the tab replaces the old one', async () => {
    const { area, data } = fakeSession();
    const worker = startWorker(area);
    await worker.handlers['page.detect'](MFA_PAGE, topOf(1));
    await worker.handlers['page.detect'](MFA_PAGE, topOf(2));
    await worker.handlers['page.detect'](GOV_PAGE, topOf(2));
    expect(data.size).toBe(2);

    await worker.detections.delete(1); // tabs.onRemoved
    expect(data.size).toBe(1);
    const next = startWorker(area);
    expect(await next.detections.get(1)).toBeUndefined();
    expect((await next.detections.get(2))?.kind).toBe('government');
  });

  test('nothing is read from storage until a tab is asked for', async () => {
    const { area } = fakeSession();
    const get = vi.spyOn(area, 'get');
    const worker = startWorker(area);
    expect(get).not.toHaveBeenCalled();
    await worker.handlers['badge.refresh']({ tabId: 5 }, POPUP);
    expect(get).toHaveBeenCalledTimes(1);
    expect(worker.badge.setBadgeText).toHaveBeenLastCalledWith({ text: '', tabId: 5 });
  });

  test('without storage.session (older browsers) the detections are kept in memory', async () => {
    const worker = startWorker(undefined);
    await worker.handlers['page.detect'](MFA_PAGE, topOf(4));
    await worker.handlers['badge.refresh']({ tabId: 4 }, POPUP);
    expect(worker.badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 4 });
    await worker.detections.delete(4);
    expect(await worker.detections.get(4)).toBeUndefined();
  });

  test('a failing storage (quota) leaves the detection in memory and the badge set', async () => {
    const area: SessionArea = {
      get: async () => Promise.reject(new Error('no session storage')),
      set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: async () => Promise.reject(new Error('no session storage')),
    };
    const worker = startWorker(area);
    await worker.handlers['page.detect'](MFA_PAGE, topOf(8));
    expect(worker.badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 8 });
    expect((await worker.detections.get(8))?.kind).toBe('mfa');
    expect(await worker.detections.get(9)).toBeUndefined();
    await expect(worker.detections.delete(8)).resolves.toBeUndefined();
  });

  test('a stored value that is not a detection is no detection', async () => {
    const { area, data } = fakeSession();
    data.set('tabDetection:6', 'MFA');
    expect(await createTabDetections(area).get(6)).toBeUndefined();
  });
});
