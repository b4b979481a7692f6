/**
 * The toolbar popup (connected): how the page's source was judged, the concepts
 * on the page, and a form that saves the selection as an example. The page is
 * never left; Enter saves.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ExampleDraft } from '../../utils/model/example';
import type { PageStatus, Result } from '../../utils/messages/protocol';
import { buildDraft } from '../../utils/model/draft';
import { ExampleForm, type FormValue } from '../ExampleForm';
import type { Option } from '../../utils/vocabulary';
import { SourceStatus } from '../SourceStatus';
import { PageConcepts } from './PageConcepts';
import { HighlightSettings, type SiteChoice } from './HighlightSettings';
import { siteOf } from '../../utils/model/example';
import type { Settings } from '../../utils/settings';
import { useI18n } from '../i18n';
import type { PageTranslator } from '../../utils/i18n/index';
import type { Example } from '../../utils/model/example';
import { findDuplicate } from '../../utils/library/same-page';
import { CorrectSource } from './CorrectSource';
import type { CorrectionClient } from '../corrections-client';
import type { CodeColours } from '../../utils/library/code-colours';

export interface PopupServices {
  getStatus(): Promise<Result<PageStatus>>;
  setHighlights(on: boolean): Promise<Result<PageStatus>>;
  nextConcept(conceptId: string): Promise<Result<{ index: number; total: number }>>;
  save(draft: ExampleDraft): Promise<Result<{ id: string }>>;
  conceptsIn(text: string): string[];
  concepts: Option[];
  conceptCategory(id: string): string;
  functions: Option[];
  suggestTags(query: string): string[];
  lexiconVersion: string;
  countryLabel(code: string | null): string | undefined;
  /** Opens the library: everything, or one page's examples, or one example in the editor. */
  openLibrary(at?: { page?: string; open?: string }): void;
  /** The examples saved from a page, newest first. */
  savedFrom?(url: string): Promise<Example[]>;
  /** Opens the settings page (options_ui). */
  openSettings(): void;
  loadSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** The user's corrections of the source's judgement (CorrectSource); none in tests that do not need them. */
  corrections?: CorrectionClient;
  /**
   * The active codebook as the concept list shows it: each concept's colour (else the
   * built-in one's) and label (a concept of the user's own, which the lexicon does not
   * name). None: the lexicon's labels and the page's own chips.
   */
  activeCodebook?(): Promise<PopupCodebook>;
}

export interface PopupCodebook {
  colours: CodeColours;
  conceptLabel(id: string): string | undefined;
}

/**
 * On social platforms each post is judged by its author, and an example saved
 * from a post keeps that judgement (utils/model/draft.ts). A timeline or a
 * reply thread is seldom the author's own page, so the post's judgement is
 * shown beside the page's whenever the two differ.
 */
function PostSource({ status, countryLabel }: { status: PageStatus; countryLabel: PopupServices['countryLabel'] }) {
  const { t } = useI18n();
  const q = status.quote;
  if (!q?.detection || (!q.author && !q.authorName)) return null;
  const page = status.detection;
  if (q.detection.kind === page.kind && q.detection.country === page.country && q.detection.subkind === page.subkind) return null;
  const who = [q.author && `@${q.author}`, q.authorName].filter(Boolean).join(' · ');
  return (
    <SourceStatus
      detection={q.detection}
      countryLabel={countryLabel(q.detection.country)}
      label={t('source.postRegion')}
      byline={t('source.postBy', { who })}
    />
  );
}

const EMPTY: FormValue = { quote: '', concepts: [], tags: [], functionId: '', note: '' };

/** A message in the popup, said in whatever language the popup is in when it is shown. */
type Message = { kind: 'ok' | 'error' | 'warn'; say(t: PageTranslator): string; duplicate?: Example };

export function PopupApp({ services }: { services: PopupServices }) {
  const tr = useI18n();
  const { t } = tr;
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<FormValue>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** What was saved from this page before (for the count, and to catch a second save of the same quote). */
  const [fromPage, setFromPage] = useState<Example[]>([]);

  const [codebook, setCodebook] = useState<PopupCodebook | null>(null);
  useEffect(() => {
    // Nothing waits for it: until it answers (or if it fails) the list has the lexicon's labels and plain chips.
    void services.activeCodebook?.().then(setCodebook, () => undefined);
  }, [services]);
  useEffect(() => {
    void services.loadSettings().then(setSettings);
  }, [services]);

  /** A settings change reaches the page's content script, which applies it; the status follows. */
  const changeSettings = async (patch: Partial<Settings>) => {
    setSettings(await services.updateSettings(patch));
    // Let the content script apply it, then read its new state.
    await new Promise((r) => setTimeout(r, 150));
    const r = await services.getStatus();
    if (r.ok) {
      const { highlighting, highlightReason, highlightReasonCode, concepts } = r.value;
      setStatus((old) => (old ? { ...old, highlighting, highlightReason, highlightReasonCode, concepts } : old));
    }
  };

  useEffect(() => {
    void services.getStatus().then((r) => {
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setStatus(r.value);
      void services.savedFrom?.(r.value.url).then(setFromPage, () => setFromPage([]));
      const quote = r.value.quote?.quote ?? '';
      setForm({ ...EMPTY, quote, concepts: services.conceptsIn(quote) });
    });
  }, [services]);

  const onChange = (next: FormValue) => {
    // Concepts follow the quote as it is edited, unless the user removed some.
    if (next.quote !== form.quote) next = { ...next, concepts: services.conceptsIn(next.quote) };
    setForm(next);
    setMessage(null);
  };

  const save = async (anyway = false) => {
    if (!status) return;
    if (!form.quote.trim()) {
      setMessage({ kind: 'error', say: (tt) => tt.t('popup.selectFirst') });
      return;
    }
    // The same quote from the same page again: say so and offer the saved one, instead of a silent second copy.
    const duplicate = anyway ? undefined : findDuplicate(fromPage, status.url, form.quote);
    if (duplicate) {
      setMessage({ kind: 'warn', duplicate, say: (tt) => tt.t('popup.duplicate', { date: tt.dateTime(duplicate.createdAt) }) });
      return;
    }
    setBusy(true);
    const r = await services.save(buildDraft(status, form, services.lexiconVersion));
    setBusy(false);
    if (r.ok) {
      setMessage({ kind: 'ok', say: (tt) => tt.t('popup.saved') });
      void services.savedFrom?.(status.url).then(setFromPage, () => {});
      setForm({ ...EMPTY, tags: form.tags, functionId: form.functionId });
    } else {
      const error = r.error;
      setMessage({ kind: 'error', say: (tt) => tt.t('popup.notSaved', { error }) });
    }
  };

  const toggle = async () => {
    if (!status) return;
    const r = await services.setHighlights(!status.highlighting);
    if (r.ok) setStatus(r.value);
  };

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="brand">DiploLens</h1>
        <nav class="popup__links">
          <button type="button" class="button button--link" onClick={() => services.openLibrary()}>
            {t('common.openLibrary')}
          </button>
          <button type="button" class="button button--link" onClick={services.openSettings}>
            {t('common.settings')}
          </button>
        </nav>
      </header>

      {error && (
        <p class="notice" role="status">
          {t('popup.cannotRead', { error })}
        </p>
      )}

      {status && (
        <>
          <p class="page-title" title={status.url}>
            {status.title || status.url}
          </p>
          <SourceStatus detection={status.detection} countryLabel={services.countryLabel(status.detection.country)} />
          <PostSource status={status} countryLabel={services.countryLabel} />
          {/* The form and its Save button come first, in the first screen of a 400×600 popup; the page's concepts follow in full (no inner scroll box). */}
          <ExampleForm
            value={form}
            onChange={onChange}
            onSave={() => void save()}
            functions={services.functions}
            concepts={services.concepts}
            suggest={services.suggestTags}
            busy={busy}
          />
          {/* Right under Save: what the save did (a message at the bottom of a long popup went unseen). */}
          <p class={`message ${message ? `message--${message.kind}` : ''}`} role="status" aria-live="polite">
            {message?.say(tr) ?? ''}
          </p>
          {message?.duplicate && (
            <div class="message__actions">
              <button type="button" class="button" onClick={() => services.openLibrary({ page: status?.url, open: message.duplicate!.id })}>
                {t('popup.openExisting')}
              </button>
              <button type="button" class="button button--link" onClick={() => void save(true)}>
                {t('popup.saveAnyway')}
              </button>
            </div>
          )}
          {status && fromPage.length > 0 && (
            <p class="popup__from-page muted small">
              {t('popup.fromPage', { count: fromPage.length })} ·{' '}
              <button type="button" class="button button--link" onClick={() => services.openLibrary({ page: status.url })}>
                {t('popup.showThem')}
              </button>
            </p>
          )}
          {/* The user's correction of the source's judgement: below the form, which must stay in the first screen. */}
          {services.corrections && (
            <CorrectSource
              status={status}
              client={services.corrections}
              // The tab has judged its page again before the background answered: show its new judgement.
              onChanged={() => void services.getStatus().then((r) => r.ok && setStatus((old) => (old ? { ...old, detection: r.value.detection, highlighting: r.value.highlighting, highlightReason: r.value.highlightReason, concepts: r.value.concepts } : old)))}
            />
          )}
          <PageConcepts
            status={status}
            conceptLabel={(id) => codebook?.conceptLabel(id) ?? services.concepts.find((c) => c.id === id)?.label ?? id}
            conceptColour={codebook ? codebook.colours.of : undefined}
            onToggle={toggle}
            onNext={(id) => void services.nextConcept(id)}
            hiddenCategories={settings?.hiddenCategories.length ?? 0}
          />
          {settings && (
            <HighlightSettings
              site={siteOf(status.url)}
              siteChoice={settings.sites[siteOf(status.url)] ?? 'auto'}
              everywhere={settings.highlightEverywhere}
              onSite={(choice: SiteChoice) => {
                const sites = { ...settings.sites };
                const host = siteOf(status.url);
                if (choice === 'auto') delete sites[host];
                else sites[host] = choice;
                void changeSettings({ sites });
              }}
              onEverywhere={(on) => void changeSettings({ highlightEverywhere: on })}
              onMore={services.openSettings}
            />
          )}
        </>
      )}
      {!status && !error && <p class="muted">{t('popup.reading')}</p>}
    </main>
  );
}
