/**
 * The settings page (connected): language, highlighting (global switch, every page,
 * site rules, categories), data (storage, persistence, backups, the CSV byte-order
 * mark) and keyboard shortcuts. Every change is saved at once and reaches every open
 * view and tab through extension storage; a change made elsewhere shows here too.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { CategoryId } from '../../utils/lexicon/types';
import type { Settings } from '../../utils/settings';
import { DataSection } from './DataSection';
import { HighlightingSection } from './HighlightingSection';
import { LanguageSection } from './LanguageSection';
import { ShortcutsSection } from './ShortcutsSection';
import type { OptionsServices } from './services';

export interface OptionsAppProps {
  services: OptionsServices;
  categories: readonly CategoryId[];
  /** The browser's preferred languages, for 'follow the browser'. */
  preferred: readonly string[];
  /**
   * The list of corrections to official sources (issue 13 provides it: a self-contained
   * component). Mounted in its own section when given; the section is left out otherwise.
   */
  corrections?: ComponentChildren;
}

export function OptionsApp({ services: s, categories, preferred, corrections }: OptionsAppProps) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void s.loadSettings().then(setSettings);
    return s.watchSettings(setSettings);
  }, [s]);

  const change = async (patch: Partial<Settings>) => {
    // Shown at once; storage answers with the same (or, from another window, newer) settings.
    setSettings((old) => (old ? { ...old, ...patch } : old));
    try {
      setSettings(await s.updateSettings(patch));
      setError(null);
      setSaved((n) => n + 1);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const sections: Array<[string, string]> = [
    ['language', t('options.language')],
    ['highlighting', t('options.highlighting')],
    ['sites', t('options.sites')],
    ['categories', t('options.categories')],
    ['data', t('options.data')],
    ['shortcuts', t('options.shortcuts')],
    ...(corrections ? ([['corrections', t('options.corrections')]] as Array<[string, string]>) : []),
  ];

  return (
    <div class="options">
      <header class="options__header">
        <h1 class="brand">{t('options.title')}</h1>
        <button type="button" class="button" onClick={s.openLibrary}>
          {t('common.openLibrary')}
        </button>
      </header>
      <nav class="options__nav" aria-label={t('options.nav')}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options__main">
        {settings && (
          <>
            <LanguageSection value={settings.language} preferred={preferred} onChange={(language) => void change({ language })} />
            <HighlightingSection settings={settings} categories={categories} onChange={(p) => void change(p)} />
            <DataSection settings={settings} services={s} onChange={(p) => void change(p)} />
            <ShortcutsSection services={s} />
            {corrections && (
              <section class="options__section" id="corrections" aria-labelledby="corrections-title">
                <h2 id="corrections-title">{t('options.corrections')}</h2>
                {corrections}
              </section>
            )}
          </>
        )}
        <p class="options__about muted small">{t('options.about', { version: s.version })}</p>
      </main>
      <p class={`options__saved ${error ? 'message--error' : 'message--ok'}`} role="status" aria-live="polite">
        {error ?? (saved ? t('options.saved') : '')}
      </p>
    </div>
  );
}
