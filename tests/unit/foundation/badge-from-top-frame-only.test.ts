/**
 * The content script runs in every frame (allFrames), so 'page.detect' comes
 * from the tab's page and from every page embedded in it; the background judges
 * each and records the judgement as the tab's only for the top frame. Only the top frame
 * (frameId 0) speaks for the tab: a ministry's page framed by a phishing page
 * must not make its badge say MFA, and an ad or video frame on an official
 * page must not wipe it.
 */
import { describe, expect, test, vi } from 'vitest';
import { createBackgroundHandlers, type BadgeApi } from '../../../utils/background/handlers';
import { createTabDetections } from '../../../utils/background/tab-detections';
import { CONTENT_SCRIPT_REQUESTS, type ToBackground } from '../../../utils/messages/protocol';
import { createListener, senderGate, topFrameTabId, type Sender } from '../../../utils/messages/transport';
import { NONE_DETECTION, type Detection } from '../../../utils/detect/types';
import type { ExampleRepository } from '../../../utils/db/repository';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const MFA: Detection = { kind: 'mfa', subkind: 'ministry', country: 'UZ', confidence: 0.98, reasons: [], platform: 'web' };
const NONE: Detection = { ...NONE_DETECTION };

function setup() {
  const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
  const detections = createTabDetections();
  const handlers = createBackgroundHandlers({
    repo: {} as ExampleRepository,
    badge,
    detections,
    // The background's own judgement: the ministry's site is official, anything else not.
    detect: (url) => (new URL(url).hostname === 'mfa.uz' ? MFA : NONE),
    match: () => [],
    lexiconVersion: 'test',
  });
  const listener = createListener<ToBackground>(handlers, senderGate<ToBackground>(EXT, CONTENT_SCRIPT_REQUESTS));
  /** Delivers a message as the browser would, from `sender`. */
  const send = (type: keyof ToBackground, payload: unknown, sender: Sender) =>
    new Promise<unknown>((resolve) => listener({ dl: 1, type, payload }, sender, resolve));
  return { badge, detections, handlers, send };
}

const top = (tabId: number, url: string): Sender => ({ url, frameId: 0, tab: { id: tabId, url } });
const frame = (tabId: number, frameId: number, url: string, tabUrl: string): Sender => ({ url, frameId, tab: { id: tabId, url: tabUrl } });

/** What a content script sends for its page: its address and signals; the judgement is the background's. */
const page = (url: string) => ({ url, signals: {} });

describe("'page.detect' sets a tab's badge only from the tab's top frame", () => {
  test('a ministry page framed by another site does not make its badge say MFA', async () => {
    const { badge, detections, send } = setup();
    await send('page.detect', page('https://phish.example/login'), top(4, 'https://phish.example/login'));
    vi.mocked(badge.setBadgeText).mockClear();

    const reply = await send('page.detect', page('https://mfa.uz/en'), frame(4, 3, 'https://mfa.uz/en', 'https://phish.example/login'));

    // The frame learns its own page's judgement (for its highlights); the tab's badge is not its to set.
    expect(reply).toEqual({ ok: true, value: MFA });
    expect(badge.setBadgeText).not.toHaveBeenCalled();
    expect((await detections.get(4))?.kind).toBe('none');
  });

  test('an ad or video frame on an official page does not wipe its badge', async () => {
    const { badge, detections, handlers, send } = setup();
    await send('page.detect', page('https://mfa.uz/en/press'), top(9, 'https://mfa.uz/en/press'));
    expect(badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 9 });

    await send('page.detect', page('https://www.youtube.com/embed/abc'), frame(9, 12, 'https://www.youtube.com/embed/abc', 'https://mfa.uz/en/press'));
    await send('page.detect', page('https://ads.example/slot'), frame(9, 13, 'https://ads.example/slot', 'https://mfa.uz/en/press'));

    expect(badge.setBadgeText).toHaveBeenCalledTimes(1);
    expect((await detections.get(9))?.kind).toBe('mfa');
    // And the badge set again (popup toggle) is still the top page's.
    await handlers['badge.refresh']({ tabId: 9 }, { url: `${EXT}popup.html` });
    expect(badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 9 });
  });

  test('the top frame of the tab sets it, and a new page in the tab replaces it', async () => {
    const { badge, detections, send } = setup();
    await send('page.detect', page('https://mfa.uz/en'), top(2, 'https://mfa.uz/en'));
    expect(badge.setBadgeText).toHaveBeenLastCalledWith({ text: 'MFA', tabId: 2 });
    await send('page.detect', page('https://news.example/'), top(2, 'https://news.example/'));
    expect(badge.setBadgeText).toHaveBeenLastCalledWith({ text: '', tabId: 2 });
    expect((await detections.get(2))?.kind).toBe('none');
  });

  test('a sender without a tab, or without a frame id, sets no badge', async () => {
    const { badge, detections, handlers } = setup();
    await handlers['page.detect'](page('https://mfa.uz/en'), { url: `${EXT}library.html` });
    await handlers['page.detect'](page('https://mfa.uz/en'), { url: 'https://mfa.uz/en', frameId: 0 });
    await handlers['page.detect'](page('https://mfa.uz/en'), { url: 'https://mfa.uz/en', tab: { id: 6 } });
    expect(badge.setBadgeText).not.toHaveBeenCalled();
    expect(await detections.get(6)).toBeUndefined();
  });

  test('a page cannot hand the background a judgement: what is not a page to judge is refused, and the badge is left as it was', async () => {
    const { badge, detections, send } = setup();
    await send('page.detect', page('https://mfa.uz/en'), top(1, 'https://mfa.uz/en'));
    vi.mocked(badge.setBadgeText).mockClear();
    for (const payload of ['MFA', null, { detection: MFA }, { url: 5 }, { url: { href: 'https://mfa.uz/' } }]) {
      const reply = (await send('page.detect', payload, top(1, 'https://mfa.uz/en'))) as { ok: boolean };
      expect(reply.ok).toBe(false);
    }
    // The old round trip, in which the page reported a judgement back, is no request at all.
    const old = (await send('page.detected' as keyof ToBackground, { detection: { kind: 'none' } }, top(1, 'https://mfa.uz/en'))) as { ok: boolean };
    expect(old.ok).toBe(false);
    expect(badge.setBadgeText).not.toHaveBeenCalled();
    expect((await detections.get(1))?.kind).toBe('mfa');
  });
});

describe('topFrameTabId', () => {
  test("is the tab's id for its top frame only", () => {
    expect(topFrameTabId({ frameId: 0, tab: { id: 5 } })).toBe(5);
    expect(topFrameTabId({ frameId: 7, tab: { id: 5 } })).toBeUndefined();
    expect(topFrameTabId({ tab: { id: 5 } })).toBeUndefined();
    expect(topFrameTabId({ frameId: 0 })).toBeUndefined();
    expect(topFrameTabId({ frameId: 0, tab: {} })).toBeUndefined();
    // chrome.tabs.TAB_ID_NONE
    expect(topFrameTabId({ frameId: 0, tab: { id: -1 } })).toBeUndefined();
  });
});

describe('the sender gate is unchanged', () => {
  test('a content script, in any frame, still reaches only CONTENT_SCRIPT_REQUESTS', async () => {
    const { send } = setup();
    for (const sender of [top(3, 'https://evil.example/'), frame(3, 8, 'https://evil.example/ad', 'https://evil.example/')]) {
      const reply = (await send('badge.refresh', { tabId: 3 }, sender)) as { ok: boolean; error?: string };
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/only from DiploLens's own pages/);
    }
    // The two 'saved.*' requests act only on the example the background saved into the sender's own tab (save-grants.test.ts);
    // 'codebook.page' only reads the active codebook's concepts and colours, which the page shows anyway.
    expect([...CONTENT_SCRIPT_REQUESTS].sort()).toEqual(['codebook.page', 'detect', 'example.save', 'highlights.shadowSheet', 'lexicon.match', 'page.detect', 'saved.details', 'saved.undo']);
  });
});
