/**
 * A concept's terms, per language: each term's text and options (prefix wildcard, exact
 * form, case-sensitive), its problems beside it (empty, duplicate, over-broad, pattern
 * syntax: utils/codebook/terms.ts and validate.ts), and languages added or removed.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { Codebook, CodebookConcept } from '../../utils/codebook/model';
import { UNDETERMINED } from '../../utils/codebook/model';
import { isWildcardTerm } from '../../utils/codebook/terms';
import type { Issue } from '../../utils/codebook/validate';
import { addLanguage, addTerm, removeTerm, setWildcard, updateTerm } from '../../utils/codebook/edit';
import { useLanguageName } from './language';

/** Languages offered for terms: DiploLens's five (inflected), 'any language', then others matched as written. */
export const TERM_LANGUAGES = ['en', 'ru', 'uz', 'kk', 'tr', UNDETERMINED, 'ar', 'az', 'de', 'es', 'fa', 'fr', 'ky', 'tg', 'tk', 'uk', 'zh'] as const;

export interface TermsEditorProps {
  codebook: Codebook;
  concept: CodebookConcept;
  issues: readonly Issue[];
  readOnly: boolean;
  onChange(cb: Codebook): void;
}

export function TermsEditor({ codebook: cb, concept, issues, readOnly, onChange }: TermsEditorProps) {
  const { t } = useI18n();
  const langName = useLanguageName();
  const [newLang, setNewLang] = useState('');
  const langs = Object.keys(concept.terms);
  const missing = TERM_LANGUAGES.filter((l) => !langs.includes(l));
  const termIssues = (lang: string, index: number) =>
    issues.filter((i) => i.where.kind === 'term' && i.where.conceptId === concept.id && i.where.lang === lang && i.where.index === index);
  const focusLater = (sel: string) => requestAnimationFrame(() => document.querySelector<HTMLInputElement>(sel)?.focus());

  return (
    <div class="cb-terms">
      <h3 class="cb-terms__title">{t('cb.terms.title')}</h3>
      <p class="small muted">{t('cb.terms.help')}</p>
      {langs.map((lang) => {
        const list = concept.terms[lang] ?? [];
        const name = langName(lang);
        return (
          <fieldset class="cb-lang" key={lang}>
            <legend>
              {name} <span class="muted small">({lang})</span>
            </legend>
            {list.length === 0 && <p class="small muted">{t('cb.terms.noneInLang')}</p>}
            <ol class="cb-term-list">
              {list.map((term, index) => {
                const problems = termIssues(lang, index);
                const pid = `term-${concept.id}-${lang}-${index}`;
                const bad = problems.some((p) => p.level === 'error');
                return (
                  <li class={`cb-term${bad ? ' cb-term--error' : ''}`} key={index}>
                    <input
                      type="text"
                      class="cb-term__text"
                      data-term={`${lang}-${index}`}
                      value={term.text}
                      readOnly={readOnly}
                      spellcheck={false}
                      aria-label={t('cb.terms.termLabel', { n: index + 1, language: name })}
                      aria-invalid={bad ? 'true' : undefined}
                      aria-describedby={problems.length ? pid : undefined}
                      onInput={(e) => onChange(updateTerm(cb, concept.id, lang, index, { text: e.currentTarget.value }))}
                    />
                    <label class="cb-opt" title={t('cb.terms.wildcardHint')}>
                      <input
                        type="checkbox"
                        checked={isWildcardTerm(term.text)}
                        disabled={readOnly}
                        onChange={(e) => onChange(setWildcard(cb, concept.id, lang, index, e.currentTarget.checked))}
                      />
                      {t('cb.terms.wildcard')}
                    </label>
                    <label class="cb-opt" title={t('cb.terms.exactHint')}>
                      <input
                        type="checkbox"
                        checked={Boolean(term.exact || term.caseSensitive)}
                        disabled={readOnly || Boolean(term.caseSensitive)}
                        onChange={(e) => onChange(updateTerm(cb, concept.id, lang, index, { exact: e.currentTarget.checked }))}
                      />
                      {t('cb.terms.exact')}
                    </label>
                    <label class="cb-opt" title={t('cb.terms.caseHint')}>
                      <input
                        type="checkbox"
                        checked={Boolean(term.caseSensitive)}
                        disabled={readOnly}
                        onChange={(e) => onChange(updateTerm(cb, concept.id, lang, index, { caseSensitive: e.currentTarget.checked }))}
                      />
                      {t('cb.terms.case')}
                    </label>
                    {!readOnly && (
                      <button
                        type="button"
                        class="button button--link cb-term__remove"
                        aria-label={t('cb.terms.remove', { term: term.text.trim() || t('cb.terms.emptyTerm'), language: name })}
                        onClick={() => {
                          onChange(removeTerm(cb, concept.id, lang, index));
                          focusLater(`[data-term="${lang}-${Math.max(0, index - 1)}"]`);
                        }}
                      >
                        ×
                      </button>
                    )}
                    {problems.length > 0 && (
                      <ul id={pid} class="cb-term__problems" lang="en">
                        {problems.map((p, i) => (
                          <li key={i} class={p.level === 'error' ? 'message--error' : 'cb-warning'}>
                            {p.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
            {!readOnly && (
              <button
                type="button"
                class="button cb-lang__add"
                onClick={() => {
                  onChange(addTerm(cb, concept.id, lang));
                  focusLater(`[data-term="${lang}-${list.length}"]`);
                }}
              >
                {t('cb.terms.add', { language: name })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!readOnly && missing.length > 0 && (
        <div class="cb-addlang">
          <label class="field">
            <span class="field__label">{t('cb.terms.addLanguage')}</span>
            <select value={newLang} onChange={(e) => setNewLang(e.currentTarget.value)}>
              <option value="">{t('cb.terms.chooseLanguage')}</option>
              {missing.map((l) => (
                <option key={l} value={l}>
                  {langName(l)} ({l})
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="button"
            disabled={!newLang}
            onClick={() => {
              const lang = newLang;
              onChange(addLanguage(cb, concept.id, lang));
              setNewLang('');
              focusLater(`[data-term="${lang}-0"]`);
            }}
          >
            {t('cb.terms.addLanguageButton')}
          </button>
        </div>
      )}
    </div>
  );
}
