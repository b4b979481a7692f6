import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../utils/content/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    // Errors stay inside the extension: a failing start must not reach the page.
    try {
      startContent({
        doc: document,
        win: window,
        onMessage: browser.runtime.onMessage as never,
        signal: ctx.signal,
      });
    } catch (error) {
      console.debug('[DiploLens] content script did not start', error);
    }
  },
});
