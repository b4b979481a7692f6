/**
 * The collection as data: how much storage it uses, whether the browser keeps it
 * (persistent storage), the last backup and a reminder, and the CSV byte-order mark.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { BackupReminder, Settings } from '../../utils/settings';
import type { OptionsServices } from './services';

export function DataSection({ settings, services: s, onChange }: { settings: Settings; services: OptionsServices; onChange(patch: Partial<Settings>): void }) {
  const { t, bytes, dateTime } = useI18n();
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void s.estimate().then(setEstimate);
    void s.persisted().then(setPersisted);
    void s.countExamples().then(setCount, () => setCount(null));
  }, [s]);

  const backup = async () => {
    setBusy(true);
    try {
      setMessage({ kind: 'ok', text: t('options.backupDone', { file: await s.backup() }) });
      void s.estimate().then(setEstimate);
    } catch (error) {
      setMessage({ kind: 'error', text: t('options.backupFailed', { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="options__section" id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('options.data')}</h2>
      <ul class="data-facts">
        {count !== null && <li>{t('options.examples', { count })}</li>}
        {estimate && (
          <li>
            {estimate.usage !== undefined && estimate.quota !== undefined
              ? t('options.used', { used: bytes(estimate.usage), quota: bytes(estimate.quota) })
              : t('options.usedUnknown')}
          </li>
        )}
        {persisted !== null && (
          <li class={persisted ? 'data-facts__ok' : 'data-facts__warn'}>
            {persisted ? t('options.persisted') : t('options.notPersisted')}{' '}
            {!persisted && (
              <button type="button" class="button" onClick={() => void s.persist().then(setPersisted)}>
                {t('options.askPersist')}
              </button>
            )}
          </li>
        )}
        <li>{settings.lastBackupAt ? t('options.lastBackup', { date: dateTime(settings.lastBackupAt) }) : t('options.noBackup')}</li>
      </ul>
      <div class="options__row">
        <button type="button" class="button button--primary" disabled={busy} onClick={() => void backup()}>
          {t('options.backupNow')}
        </button>
        <label class="field options__inline">
          <span class="field__label">{t('options.reminder')}</span>
          <select
            value={String(settings.backupReminderDays)}
            onChange={(e) => onChange({ backupReminderDays: Number(e.currentTarget.value) as BackupReminder })}
          >
            <option value="0">{t('options.reminderNever')}</option>
            <option value="7">{t('options.reminderWeek')}</option>
            <option value="30">{t('options.reminderMonth')}</option>
          </select>
        </label>
      </div>
      <p class={`message ${message ? `message--${message.kind}` : ''}`} role="status">
        {message?.text ?? ''}
      </p>
      <label class="switch switch--large">
        <input type="checkbox" checked={settings.csvBom} aria-describedby="bom-help" onChange={(e) => onChange({ csvBom: e.currentTarget.checked })} />
        <span>{t('options.bom')}</span>
      </label>
      <p id="bom-help" class="muted small options__help">
        {t('options.bomHelp')}
      </p>
    </section>
  );
}
