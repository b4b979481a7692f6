/**
 * The interface language for Preact views: a context holding the translator, and a
 * root that follows the language setting. A change made anywhere (the settings page,
 * another window) reaches every open view at once through the storage change event,
 * and a browser language change does too when the setting is 'auto'; nothing reloads.
 * Without a root (tests, a view rendered alone) the views speak English.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { pageTranslator, resolveLocale, type PageTranslator } from '../utils/i18n/index';
import type { LanguageChoice } from '../utils/i18n/locales';

const I18nContext = createContext<PageTranslator>(pageTranslator('en'));

/** The translator of the view's language. */
export function useI18n(): PageTranslator {
  return useContext(I18nContext);
}

export function I18nProvider({ value, children }: { value: PageTranslator; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Where the language comes from: the setting, its changes, and the browser's languages. Collaborators, so tests pass their own. */
export interface LanguageSource {
  load(): Promise<LanguageChoice>;
  /** Calls back with the choice after every settings change; returns the unsubscribe. */
  watch(cb: (choice: LanguageChoice) => void): () => void;
  /** The browser's preferred languages (navigator.languages). */
  preferred(): readonly string[];
  /** Calls back when the browser's languages change ('languagechange'); returns the unsubscribe. */
  onPreferredChange?(cb: () => void): () => void;
}

/** The source for extension pages: the settings in extension storage and the page's navigator. */
export function browserLanguageSource(
  settings: { load(): Promise<{ language: LanguageChoice }>; watch(cb: (s: { language: LanguageChoice }) => void): () => void },
  win: Window = window,
): LanguageSource {
  return {
    load: async () => (await settings.load()).language,
    watch: (cb) => settings.watch((s) => cb(s.language)),
    preferred: () => win.navigator.languages ?? [win.navigator.language],
    onPreferredChange(cb) {
      win.addEventListener('languagechange', cb);
      return () => win.removeEventListener('languagechange', cb);
    },
  };
}

/**
 * Renders its children in the chosen language, and again in another as soon as the
 * choice changes. It waits for the stored choice before the first render (one storage
 * read), so a Russian user never sees the page flash in English. Sets `<html lang>`.
 */
export function LanguageRoot({ source, children, doc = document }: { source: LanguageSource; children: ComponentChildren; doc?: Document }) {
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  const [, setPreferredVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void source.load().then(
      (c) => live && setChoice(c),
      () => live && setChoice('auto'),
    );
    const unwatch = source.watch((c) => setChoice(c));
    const unlisten = source.onPreferredChange?.(() => setPreferredVersion((v) => v + 1));
    return () => {
      live = false;
      unwatch();
      unlisten?.();
    };
  }, [source]);
  if (choice === null) return null;
  const t = pageTranslator(resolveLocale(choice, source.preferred()));
  doc.documentElement.lang = t.tag;
  return <I18nProvider value={t}>{children}</I18nProvider>;
}
