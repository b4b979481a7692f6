import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // DIPLOLENS_PROFILE=1 keeps names readable for bench/profile-highlight.ts.
  vite: () => ({ plugins: [preact()], build: process.env.DIPLOLENS_PROFILE ? { minify: false } : {} }),
  manifest: ({ browser }) => ({
    // In the browser's language, from public/_locales (generated from utils/i18n by scripts/i18n-locales.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'contextMenus',
      // Firefox: the same sites the content script runs on, as host permissions, so the background
      // may give a page's frame the highlight colours as a user-origin sheet (tabs.insertCSS; Firefox
      // answers 'Missing host permission for the tab' without them): the only way its highlights in
      // open shadow roots are painted (see the hook below). The install prompt says the same as the
      // content script's already does ('Access your data for all websites').
      ...(browser === 'firefox' ? ['http://*/*', 'https://*/*'] : []),
    ],
    commands: {
      'toggle-highlights': {
        // On a Mac, Option+Shift+H types 'Ó' in every text field: Control there instead.
        suggested_key: { default: 'Alt+Shift+H', mac: 'MacCtrl+Shift+H' },
        description: '__MSG_cmdToggleHighlights__',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S' },
        description: '__MSG_cmdSaveSelection__',
      },
      'show-definition': {
        // The hover card from the keyboard (utils/content/keyboard-card.ts). Chrome takes at most four suggested keys.
        suggested_key: { default: 'Alt+Shift+D', mac: 'MacCtrl+Shift+D' },
        description: '__MSG_cmdShowDefinition__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'diplolens@diplolens.org',
              // data_collection_permissions came in Firefox 140 on desktop (the ESR Debian ships:
              // firefox-esr 140) and 142 on Android (extensionworkshop.com, "Firefox built-in consent
              // for data collection"); the two minimums are separate keys, and web-ext lint checks both.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Highlight colours as the content script's stylesheet, injected by the
    // browser: painting highlights then adds no <style> element to the page.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const cs of manifest.content_scripts ?? []) {
        // Firefox applies the document's ::highlight() rules to the light DOM only, so for ranges
        // in open shadow roots the content script has the background insert the same sheet as a
        // user-origin sheet ('highlights.shadowSheet'): the manifest's css_origin key is not
        // supported by Firefox (MDN browser-compat-data), and firefox-esr 140 ignores it.
        cs.css = [...(cs.css ?? []), 'highlights.css'];
      }
    },
  },
  zip: {
    excludeSources: ['test-results/**', 'bench/results/**', '**/*.log', 'screenshots/**', '.ci/**'],
  },
});
