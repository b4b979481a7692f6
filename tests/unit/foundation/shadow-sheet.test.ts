/**
 * Firefox colours ::highlight() inside open shadow roots only from a user-origin sheet
 * (firefox-esr 140: the manifest's author sheet reaches the light DOM only). A content
 * script that meets a shadow root asks the background to insert that sheet into its own
 * frame; the background inserts it there and nowhere else, and only where a browser needs it.
 */
import { describe, expect, test, vi } from 'vitest';
import { createBackgroundHandlers, type BadgeApi } from '../../../utils/background/handlers';
import { CONTENT_SCRIPT_REQUESTS, type ToBackground } from '../../../utils/messages/protocol';
import { createListener, senderGate, type Sender } from '../../../utils/messages/transport';
import { NONE_DETECTION } from '../../../utils/detect/types';
import type { ExampleRepository } from '../../../utils/db/repository';

const EXT = 'moz-extension://4d1b1e25/';

function setup(insertShadowSheet?: (tabId: number, frameId: number) => Promise<void>) {
  const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
  const handlers = createBackgroundHandlers({
    repo: {} as ExampleRepository,
    badge,
    detect: () => ({ ...NONE_DETECTION }),
    match: () => [],
    lexiconVersion: 'test',
    insertShadowSheet,
  });
  const listener = createListener<ToBackground>(handlers, senderGate<ToBackground>(EXT, CONTENT_SCRIPT_REQUESTS));
  const send = (sender: Sender) => new Promise<unknown>((resolve) => listener({ dl: 1, type: 'highlights.shadowSheet', payload: null }, sender, resolve));
  return { send };
}

describe("'highlights.shadowSheet'", () => {
  test.each([
    ['the top frame', 0],
    ['an embedded frame (a web component inside an iframe)', 7],
  ])('from %s: the sheet goes into exactly that tab and frame', async (_what, frameId) => {
    const insert = vi.fn(async () => {});
    const { send } = setup(insert);
    const reply = await send({ url: 'https://mfa.uz/en', frameId, tab: { id: 12, url: 'https://mfa.uz/en' } });
    expect(reply).toEqual({ ok: true, value: { inserted: true } });
    expect(insert.mock.calls).toEqual([[12, frameId]]);
  });

  test('where the browser needs no sheet (Chromium), nothing is inserted', async () => {
    const { send } = setup(undefined);
    expect(await send({ url: 'https://mfa.uz/en', frameId: 0, tab: { id: 12, url: 'https://mfa.uz/en' } })).toEqual({ ok: true, value: { inserted: false } });
  });

  test('a sender outside any tab gets no sheet inserted anywhere', async () => {
    const insert = vi.fn(async () => {});
    const { send } = setup(insert);
    expect(await send({ url: `${EXT}library.html` })).toEqual({ ok: true, value: { inserted: false } });
    expect(insert).not.toHaveBeenCalled();
  });

  test('a refusal by the browser (no permission for the tab) comes back as an error, not a crash', async () => {
    const { send } = setup(async () => Promise.reject(new Error('Missing host permission for the tab')));
    const reply = (await send({ url: 'https://mfa.uz/en', frameId: 0, tab: { id: 12, url: 'https://mfa.uz/en' } })) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/host permission/);
  });
});
