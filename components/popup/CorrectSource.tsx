/**
 * The user corrects the judgement of the page's source: "This is an official source…" (kind,
 * subkind, country) or "Not official", for the site or account the page is; and, once marked,
 * changes or removes the mark. Self-contained: it reads the page's status and talks to the
 * background through its own client (components/corrections-client.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createCorrectionIndex, sourceOf } from '../../utils/detect/apply-corrections';
import { targetKey, type Correction, type CorrectionTarget } from '../../utils/detect/correction';
import type { PageStatus } from '../../utils/messages/protocol';
import type { CorrectionClient } from '../corrections-client';
import { CorrectionForm, type OfficialMark } from '../CorrectionForm';
import { useI18n } from '../i18n';
import { targetWords } from '../correction-words';

export interface CorrectSourceProps {
  status: PageStatus;
  client: CorrectionClient;
  /** After a change: the tab has judged its page again; the popup reads its status anew. */
  onChanged(): void;
}

export function CorrectSource({ status, client, onChanged }: CorrectSourceProps) {
  const { t } = useI18n();
  const target = useMemo(() => (status.source ? sourceOf(status.source.url, status.source.signals) : null), [status.source]);
  const [corrections, setCorrections] = useState<Correction[] | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const reload = async () => {
    const r = await client.list();
    setCorrections(r.ok ? r.value : []);
  };
  useEffect(() => void reload(), [client]);

  if (!target || !corrections) return null;
  // The correction that decides this page: its own, or its site's above it (consular.mfa.gov.uz under mfa.gov.uz).
  const mine = createCorrectionIndex(corrections).find(target);
  const what = targetWords(t, mine?.target ?? target);
  const d = status.detection;

  const done = async (r: { ok: true } | { ok: false; error: string }, ok: string) => {
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: t('correct.failed', { error: r.error }) });
    setEditing(false);
    setMessage({ kind: 'ok', text: ok });
    await reload();
    onChanged();
  };
  const save = async (mark: OfficialMark | null) => {
    setBusy(true);
    const at = mine?.target ?? target;
    const input = mark
      ? { target: at, kind: mark.kind, subkind: mark.subkind, country: mark.country, label: mark.label.trim() }
      : { target: at, kind: 'none' as const, subkind: 'none' as const, country: null, label: mine?.label ?? '' };
    await done(await client.save(input, mine && mine.key !== targetKey(at) ? mine.key : undefined), t('correct.saved'));
  };
  const remove = async () => {
    if (!mine) return;
    setBusy(true);
    await done(await client.remove(mine.key), t('correct.removed'));
  };

  const initial: OfficialMark = {
    kind: mine && mine.kind !== 'none' ? mine.kind : d.kind === 'government' ? 'government' : 'mfa',
    subkind: mine && mine.kind !== 'none' ? mine.subkind : d.subkind,
    country: mine && mine.kind !== 'none' ? mine.country : d.country,
    label: mine?.label ?? '',
  };

  return (
    <section class="correct-source" aria-label={t('correct.region')}>
      {mine && (
        <p class="correct-source__mine">
          {t('correct.markedHere', { what })}
        </p>
      )}
      {editing ? (
        <CorrectionForm title={t('correct.formTitle', { what })} initial={initial} busy={busy} onSave={(m) => void save(m)} onCancel={() => setEditing(false)} />
      ) : (
        <div class="correct-source__actions">
          <button type="button" class="button" disabled={busy} onClick={() => (setEditing(true), setMessage(null))}>
            {mine && mine.kind !== 'none' ? t('correct.change') : t('correct.official')}
          </button>
          {(d.kind !== 'none' || (mine && mine.kind !== 'none')) && !(mine && mine.kind === 'none') && (
            <button type="button" class="button" disabled={busy} onClick={() => void save(null)}>
              {t('correct.notOfficial')}
            </button>
          )}
          {mine && (
            <button type="button" class="button button--link" disabled={busy} onClick={() => void remove()}>
              {t('correct.remove')}
            </button>
          )}
        </div>
      )}
      {message && (
        <p class={`message message--${message.kind}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
