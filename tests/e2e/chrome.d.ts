// The service worker's `chrome` global, as seen from worker.evaluate() callbacks.
declare const chrome: typeof import('wxt/browser').browser;
