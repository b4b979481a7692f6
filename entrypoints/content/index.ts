import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent } from '../../utils/content/controller';
import { createContentLexicon } from '../../utils/content/lexicon-adapter';
import { NONE_DETECTION } from '../../utils/detect/types';
import { browserScheduler } from '../../utils/highlight/scheduler';
import { sendToBackground } from '../../utils/messages/transport';
import { loadSettings, settingsItem } from '../../utils/settings';
import { adapterFor } from '../../utils/sites/index';
import { renderHoverCard } from '../../components/HoverCard';
import cardCss from '../../components/hover-card.css?inline';
import { renderSaveToast } from '../../components/SaveToast';
import toastCss from '../../components/save-toast.css?inline';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // The hover card's CSS is inlined into its shadow root; the highlight colours
  // come from public/highlights.css, which the manifest injects (see wxt.config.ts).
  cssInjectionMode: 'manual',
  main(ctx) {
    // Start in the page's first idle period, not in the task that evaluated this
    // script: each stays short (no long task on any page), and the page's own
    // start-up goes first. The timeout bounds the wait on a busy page.
    ctx.requestIdleCallback(() => start(ctx), { timeout: 1000 });
  },
});

function start(ctx: ContentScriptContext) {
  // Errors stay inside the extension: a failing start must not reach the page.
  try {
    const scheduler = browserScheduler(window);
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    startContent({
      doc: document,
      win: window,
      signal: ctx.signal,
      onMessage: browser.runtime.onMessage as never,
      send: (type, payload) => sendToBackground(browser.runtime, type, payload),
      // Not ctx.requestAnimationFrame: it adds an abort listener to ctx.signal per call that is never
      // taken off, and a page that changes every frame asks for a frame every frame. After
      // invalidation a pending frame does nothing.
      nextFrame: (cb) => void requestAnimationFrame(() => ctx.isValid && cb()),
    // Through ctx: WXT starts its location watcher only for listeners added this way.
    onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', (e) => cb(e.newUrl.href)),
      detect: async (items) => {
      const r = await sendToBackground(browser.runtime, 'detect', { items });
      // The background answers from its registries; if it cannot, nothing is official.
      return r.ok ? r.value.detections : items.map(() => ({ ...NONE_DETECTION }));
    },
      adapterFor,
      loadSettings,
      watchSettings: (cb) => settingsItem.watch(() => void loadSettings().then(cb)),
      // Matching runs in the background: the page's main thread only hands text over.
      lexicon: createContentLexicon(async (text, version) => {
        const r = await sendToBackground(browser.runtime, 'lexicon.match', { text, version });
        if (!r.ok) throw new Error(r.error);
        return r.value;
      }),
      highlightApi: highlights
        ? {
            registry: CSS.highlights,
            createHighlight: () => new Highlight(),
            createRange: (init) => new StaticRange(init),
          }
        : null,
      scheduler,
      cardCss,
      renderCard: renderHoverCard,
      saveToast: { css: toastCss, render: renderSaveToast },
      // Walk on while the background matches one request (see HighlighterDeps.maxInFlight).
      maxInFlight: 2,
      shadowSheet: import.meta.env.FIREFOX,
    });
  } catch (error) {
    console.debug('[DiploLens] content script did not start', error);
  }
}
