/** The keyboard shortcuts as the browser assigned them, and the way to change them. */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { PageKey } from '../../utils/i18n/index';
import type { OptionsServices, ShortcutInfo } from './services';

const COMMANDS = {
  _execute_action: 'command._execute_action',
  'toggle-highlights': 'command.toggle-highlights',
  'save-selection': 'command.save-selection',
  'show-definition': 'command.show-definition',
} as const satisfies Record<string, PageKey>;

export function ShortcutsSection({ services: s }: { services: OptionsServices }) {
  const { t, parts } = useI18n();
  const [list, setList] = useState<ShortcutInfo[] | null>(null);
  const [cannotOpen, setCannotOpen] = useState(false);
  useEffect(() => {
    const load = () => void s.shortcuts().then(setList, () => setList([]));
    load();
    // Back from the browser's shortcut page: show what was changed there.
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [s]);
  // In the interface's language (the browser gives the manifest's, in the browser's language).
  const describe = (c: ShortcutInfo) => (c.name in COMMANDS ? t(COMMANDS[c.name as keyof typeof COMMANDS]) : c.description);
  return (
    <section class="options__section" id="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('options.shortcuts')}</h2>
      <p class="muted small">{t('options.shortcutsHelp')}</p>
      {list && (
        <table class="shortcuts">
          <tbody>
            {list.map((c) => (
              <tr key={c.name}>
                <th scope="row">{describe(c)}</th>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('options.notSet')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="button" onClick={() => void s.openShortcutSettings().then((opened) => setCannotOpen(!opened))}>
        {t('options.changeShortcuts')}
      </button>
      {cannotOpen && <p class="muted small">{parts('options.shortcutsWhere', { address: <code>{s.shortcutSettingsAddress}</code> })}</p>}
    </section>
  );
}
