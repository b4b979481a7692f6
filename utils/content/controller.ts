/**
 * The content script's runtime: answers the popup's requests about this page.
 * Everything it starts is tied to `signal`, so invalidation (extension update,
 * reload) tears it all down.
 */
import { NONE_DETECTION } from '../detect/types';
import type { PageStatus, ToContent } from '../messages/protocol';
import { createListener, type HandlerTable, type Sender } from '../messages/transport';
import { quoteFromSelection } from '../dom/selection-quote';
import { readPageInfo } from './page-info';

type Listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => true | undefined;

export interface ContentDeps {
  doc: Document;
  win: Window;
  onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  signal: AbortSignal;
}

export function startContent(deps: ContentDeps) {
  const { doc, win, signal } = deps;

  function status(): PageStatus {
    const info = readPageInfo(doc, win.location.href);
    const quote = quoteFromSelection(win.getSelection(), doc.body ?? doc);
    return {
      url: info.url,
      canonicalUrl: info.canonicalUrl,
      title: info.title,
      lang: info.lang,
      detection: NONE_DETECTION,
      highlighting: false,
      highlightReason: '',
      concepts: [],
      quote,
    };
  }

  const handlers: HandlerTable<ToContent> = {
    'status.get': () => status(),
    'highlights.set': () => status(),
    'concept.next': () => ({ index: -1, total: 0 }),
    'quote.find': () => ({ found: false }),
  };

  const listener = createListener<ToContent>(handlers) as Listener;
  deps.onMessage.addListener(listener);
  signal.addEventListener('abort', () => deps.onMessage.removeListener(listener), { once: true });

  return { status };
}
