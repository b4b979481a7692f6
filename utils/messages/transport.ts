/**
 * Sending and receiving the protocol's messages. The browser's messaging APIs
 * are passed in (collaborators as parameters), so tests use WXT's fake browser.
 */
import {
  fail,
  isEnvelope,
  type Envelope,
  type Req,
  type Res,
  type Result,
  type ToBackground,
  type ToContent,
} from './protocol';

/** The part of a runtime.MessageSender that DiploLens reads. */
export interface Sender {
  id?: string;
  url?: string;
  /**
   * The frame that sent it, when `tab` is set: 0 is the tab's top frame. Content
   * scripts run in every frame (allFrames), so a message from a tab may come
   * from any page embedded in it.
   */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * The tab whose top-level page sent the message, or undefined when it came
 * from a frame embedded in the page (or from no tab at all). Chrome also gives
 * a prerendered page, not yet shown in the tab, a frameId other than 0.
 */
export function topFrameTabId(sender: Sender): number | undefined {
  const tabId = sender.tab?.id;
  if (sender.frameId !== 0 || typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return undefined;
  return tabId;
}

type Handler<M, K extends keyof M> = (payload: Req<M, K>, sender: Sender) => Promise<Res<M, K>> | Res<M, K>;
export type HandlerTable<M> = { [K in keyof M]: Handler<M, K> };

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

async function send<M, K extends keyof M>(
  deliver: (msg: Envelope<M, K>) => Promise<unknown>,
  type: K,
  payload: Req<M, K>,
): Promise<Result<Res<M, K>>> {
  try {
    const reply = (await deliver({ dl: 1, type, payload } as Envelope<M, K>)) as Result<Res<M, K>> | undefined;
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      return fail('No reply: the other side is not listening (is the page still loading, or is it a browser page?).');
    }
    return reply;
  } catch (error) {
    return fail(describe(error));
  }
}

export function sendToBackground<K extends keyof ToBackground>(
  runtime: { sendMessage(message: unknown): Promise<unknown> },
  type: K,
  payload: Req<ToBackground, K>,
): Promise<Result<Res<ToBackground, K>>> {
  return send<ToBackground, K>((m) => runtime.sendMessage(m), type, payload);
}

export function sendToTab<K extends keyof ToContent>(
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> },
  tabId: number,
  type: K,
  payload: Req<ToContent, K>,
  frameId = 0,
): Promise<Result<Res<ToContent, K>>> {
  // Content scripts run in every frame; the page's own answer comes from the top frame.
  return send<ToContent, K>((m) => tabs.sendMessage(tabId, m, { frameId }), type, payload);
}

/** The content script is not (yet) listening: Chromium's and Firefox's words for it, and ours for no reply. */
export function isNotListening(error: string): boolean {
  return /Receiving end does not exist|Could not establish connection|No reply: the other side is not listening/i.test(error);
}

/**
 * sendToTab, patient with a page that has just loaded: the content script
 * starts in the page's first idle period (up to a second after load), so a
 * popup opened at once asks again for a while (on a browser page, where no
 * content script runs, that is the 1.25 s before it says so). Other errors
 * come back at once.
 */
export async function sendToTabWhenReady<K extends keyof ToContent>(
  tabs: Parameters<typeof sendToTab>[0],
  tabId: number,
  type: K,
  payload: Req<ToContent, K>,
  // 6 × 250 ms: the content script starts at the latest a second after the page's load.
  { tries = 6, delayMs = 250, wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) } = {},
): Promise<Result<Res<ToContent, K>>> {
  let r = await sendToTab(tabs, tabId, type, payload);
  for (let i = 1; i < tries && !r.ok && isNotListening(r.error); i++) {
    await wait(delayMs);
    r = await sendToTab(tabs, tabId, type, payload);
  }
  return r;
}

/**
 * Turns a handler table into an onMessage listener. Replies through
 * `sendResponse` and returns true (fake-browser ignores returned promises;
 * real Chromium and Firefox accept both). Messages that are not ours get no
 * reply, so other listeners can answer them.
 */
export function createListener<M>(
  table: HandlerTable<M>,
  allow: (type: keyof M, sender: Sender) => string | null = () => null,
) {
  return (message: unknown, sender: Sender, sendResponse: (r: unknown) => void): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const type = message.type as keyof M;
    const handler = table[type] as Handler<M, keyof M> | undefined;
    if (!handler) {
      sendResponse(fail(`Unknown request '${String(type)}'.`));
      return true;
    }
    const refused = allow(type, sender);
    if (refused) {
      sendResponse(fail(refused));
      return true;
    }
    Promise.resolve()
      .then(() => handler(message.payload as Req<M, keyof M>, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse(fail(describe(error))),
      );
    return true;
  };
}

/**
 * The background's gate: a content script (a sender inside a web page's tab)
 * may send only CONTENT_SCRIPT_REQUESTS; everything else needs an extension page.
 */
export function senderGate<M>(extensionOrigin: string, contentAllowed: ReadonlySet<keyof M>) {
  return (type: keyof M, sender: Sender): string | null => {
    const fromExtensionPage = (sender.url ?? '').startsWith(extensionOrigin);
    if (fromExtensionPage || contentAllowed.has(type)) return null;
    return `'${String(type)}' is accepted only from DiploLens's own pages.`;
  };
}
