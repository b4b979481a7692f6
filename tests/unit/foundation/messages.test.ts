import { describe, expect, test, vi } from 'vitest';
import { CONTENT_SCRIPT_REQUESTS, type ToBackground } from '../../../utils/messages/protocol';
import { createListener, senderGate, sendToBackground, sendToTabWhenReady, type HandlerTable, type Sender } from '../../../utils/messages/transport';
import { NONE_DETECTION } from '../../../utils/detect/types';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const fromPage: Sender = { url: `${EXT}popup.html` };
const fromContent: Sender = { url: 'https://evil.example/', tab: { id: 7, url: 'https://evil.example/' } };

/** A runtime whose sendMessage calls the listener as the browser would. */
function wire(table: HandlerTable<ToBackground>, sender: Sender) {
  const listener = createListener<ToBackground>(table, senderGate<ToBackground>(EXT, CONTENT_SCRIPT_REQUESTS));
  return {
    listener,
    runtime: {
      sendMessage: (m: unknown) =>
        new Promise<unknown>((resolve) => {
          const handled = listener(m, sender, resolve);
          if (!handled) resolve(undefined);
        }),
    },
  };
}

function table(overrides: Partial<HandlerTable<ToBackground>> = {}): HandlerTable<ToBackground> {
  return {
    detect: async ({ items }) => ({ detections: items.map(() => NONE_DETECTION) }),
    'example.save': async () => ({ id: 'new-id' }),
    'page.detect': async () => NONE_DETECTION,
    'lexicon.match': async () => ({ hits: [], ms: 0 }),
    'badge.refresh': async () => null,
    'corrections.list': async () => ({ corrections: [] }),
    'correction.save': async () => Promise.reject(new Error('not in this test')),
    'correction.remove': async () => ({ removed: null }),
    'corrections.import': async () => ({ added: 0, updated: 0, unchanged: 0 }),
    'saved.undo': async () => ({ done: false }),
    'saved.details': async () => ({ done: false }),
    'highlights.shadowSheet': async () => ({ inserted: false }),
    'codebook.page': async () => ({ version: 'v1', builtIn: true }),
    ...overrides,
  };
}

describe('message protocol', () => {
  test('a request gets its handler value back as ok', async () => {
    const { runtime } = wire(table(), fromContent);
    const r = await sendToBackground(runtime, 'page.detect', { url: 'https://news.example/', signals: {} });
    expect(r).toEqual({ ok: true, value: NONE_DETECTION });
  });

  test('a handler that throws comes back as an error value, not a lost promise', async () => {
    const { runtime } = wire(table({ 'example.save': async () => Promise.reject(new Error('disk full')) }), fromPage);
    const r = await sendToBackground(runtime, 'example.save', { draft: {} as never });
    expect(r).toEqual({ ok: false, error: 'disk full' });
  });

  test('a content script may not send a request meant for extension pages', async () => {
    const badge = vi.fn(async () => null);
    const { runtime } = wire(table({ 'badge.refresh': badge }), fromContent);
    const r = await sendToBackground(runtime, 'badge.refresh', { tabId: 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/only from DiploLens's own pages/);
    expect(badge).not.toHaveBeenCalled();
  });

  test('an extension page may send it', async () => {
    const { runtime } = wire(table(), fromPage);
    expect(await sendToBackground(runtime, 'badge.refresh', { tabId: 1 })).toEqual({ ok: true, value: null });
  });

  test('messages that are not DiploLens envelopes are left to other listeners', () => {
    const { listener } = wire(table(), fromPage);
    const reply = vi.fn();
    expect(listener({ type: 'example.save' }, fromPage, reply)).toBeUndefined();
    expect(listener('hello', fromPage, reply)).toBeUndefined();
    expect(reply).not.toHaveBeenCalled();
  });

  test('an unknown request type is answered with an error', async () => {
    const { listener } = wire(table(), fromPage);
    const reply = vi.fn();
    listener({ dl: 1, type: 'examples.dropAll', payload: null }, fromPage, reply);
    expect(reply).toHaveBeenCalledWith({ ok: false, error: "Unknown request 'examples.dropAll'." });
  });

  test('no listener on the other side is reported, not thrown', async () => {
    const r = await sendToBackground({ sendMessage: async () => undefined }, 'page.detect', { url: 'https://news.example/', signals: {} });
    expect(r.ok).toBe(false);
  });

  test('a rejected sendMessage (receiving end does not exist) is an error value', async () => {
    const r = await sendToBackground(
      { sendMessage: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) },
      'page.detect',
      { url: 'https://news.example/', signals: {} },
    );
    expect(r).toEqual({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' });
  });
});

describe('asking a tab whose content script has not started yet', () => {
  const tabsAnsweringAfter = (failures: number, error = 'Could not establish connection. Receiving end does not exist.') => {
    let calls = 0;
    return {
      get calls() {
        return calls;
      },
      sendMessage: async () => {
        calls++;
        if (calls <= failures) throw new Error(error);
        return { ok: true, value: 'status' };
      },
    };
  };
  const noWait = { wait: async () => undefined };

  test('asks again until the content script answers', async () => {
    const tabs = tabsAnsweringAfter(3);
    const r = await sendToTabWhenReady(tabs, 1, 'status.get', null, noWait);
    expect(r).toEqual({ ok: true, value: 'status' });
    expect(tabs.calls).toBe(4);
  });

  test('gives up after its tries with the browser\'s own words', async () => {
    const tabs = tabsAnsweringAfter(100);
    const r = await sendToTabWhenReady(tabs, 1, 'status.get', null, { ...noWait, tries: 5 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/Receiving end does not exist/);
    expect(tabs.calls).toBe(5);
  });

  test('any other error comes back at once', async () => {
    const tabs = tabsAnsweringAfter(100, 'Cannot access a chrome:// URL');
    const r = await sendToTabWhenReady(tabs, 1, 'status.get', null, noWait);
    expect(!r.ok && r.error).toBe('Cannot access a chrome:// URL');
    expect(tabs.calls).toBe(1);
  });
});
