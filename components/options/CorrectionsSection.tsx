/**
 * The settings page's list of the user's corrections: every site and account marked in the
 * popup, what the mark says, edited (kind, subkind, country, name; or 'Not official') or
 * removed here, with undo. Self-contained: it talks to the background through its client,
 * which applies every change to the open tabs at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Correction } from '../../utils/detect/correction';
import type { CorrectionClient } from '../corrections-client';
import { CorrectionForm, type OfficialMark } from '../CorrectionForm';
import { targetWords } from '../correction-words';
import { useI18n } from '../i18n';

export function CorrectionsSection({ client }: { client: CorrectionClient }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [rows, setRows] = useState<Correction[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; undo?: Correction } | null>(null);

  const reload = async () => {
    const r = await client.list();
    if (r.ok) setRows(r.value);
    else setMessage({ kind: 'error', text: r.error });
  };
  useEffect(() => {
    void reload();
    // A mark made in the popup meanwhile shows when the user comes back to this page.
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [client]);

  const save = async (c: Correction, mark: OfficialMark | null) => {
    const input = mark
      ? { target: c.target, kind: mark.kind, subkind: mark.subkind, country: mark.country, label: mark.label.trim() }
      : { target: c.target, kind: 'none' as const, subkind: 'none' as const, country: null, label: c.label };
    const r = await client.save(input);
    if (!r.ok) return setMessage({ kind: 'error', text: t('correct.failed', { error: r.error }) });
    setEditing(null);
    setMessage({ kind: 'ok', text: t('correct.saved') });
    await reload();
  };
  const remove = async (c: Correction) => {
    const r = await client.remove(c.key);
    if (!r.ok) return setMessage({ kind: 'error', text: r.error });
    setMessage({ kind: 'ok', text: t('options.correctionRemoved', { what: targetWords(t, c.target) }), undo: c });
    await reload();
  };
  const undo = async (c: Correction) => {
    const { key: _k, createdAt: _c, updatedAt: _u, ...input } = c;
    const r = await client.save(input);
    setMessage(r.ok ? null : { kind: 'error', text: t('correct.failed', { error: r.error }) });
    await reload();
  };

  const verdict = (c: Correction) =>
    c.kind === 'none'
      ? t('correct.notOfficial')
      : [t(`filters.kind.${c.kind}`), t(`subkind.${c.subkind}`), c.country ? (i18n.region(c.country) ?? c.country) : ''].filter(Boolean).join(' · ');

  return (
    <div class="corrections">
      <p class="muted small">{t('options.correctionsHelp')}</p>
      {rows && rows.length === 0 && <p class="muted small">{t('options.correctionsEmpty')}</p>}
      {rows && rows.length > 0 && (
        <table class="corrections__table">
          <thead>
            <tr>
              <th scope="col">{t('options.correctionWhat')}</th>
              <th scope="col">{t('options.correctionVerdict')}</th>
              <th scope="col">{t('options.correctionWhen')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const what = targetWords(t, c.target);
              return (
                <tr key={c.key}>
                  <th scope="row" class="corrections__what">
                    {what}
                    {c.label && <span class="muted small"> — {c.label}</span>}
                  </th>
                  <td>
                    {editing === c.key ? (
                      <CorrectionForm
                        title={t('correct.formTitle', { what })}
                        initial={{ kind: c.kind === 'government' ? 'government' : 'mfa', subkind: c.subkind, country: c.country, label: c.label }}
                        onSave={(m) => void save(c, m)}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      verdict(c)
                    )}
                  </td>
                  <td class="small">{i18n.date(c.updatedAt)}</td>
                  <td class="corrections__actions">
                    <button type="button" class="button" aria-label={`${t('options.correctionEdit')}: ${what}`} onClick={() => setEditing(c.key)}>
                      {t('options.correctionEdit')}
                    </button>
                    {c.kind !== 'none' && (
                      <button type="button" class="button" aria-label={`${t('correct.notOfficial')}: ${what}`} onClick={() => void save(c, null)}>
                        {t('correct.notOfficial')}
                      </button>
                    )}
                    <button type="button" class="button" aria-label={`${t('common.remove')}: ${what}`} onClick={() => void remove(c)}>
                      {t('common.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {message && (
        <p class={`message message--${message.kind}`} role="status">
          {message.text}{' '}
          {message.undo && (
            <button type="button" class="button button--link" onClick={() => void undo(message.undo!)}>
              {t('options.correctionUndo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
