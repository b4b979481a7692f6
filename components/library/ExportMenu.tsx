/** The export choices: format, and whether all, the filtered view or the selection. */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { PageKey } from '../../utils/i18n/index';

export type ExportKind = 'csv' | 'segments' | 'codebook' | 'json' | 'annotations' | 'qdpx' | 'qdc';

const KINDS: Array<{ kind: ExportKind; label: PageKey; hint: PageKey }> = [
  { kind: 'csv', label: 'export.csv', hint: 'export.csvHint' },
  { kind: 'segments', label: 'export.segments', hint: 'export.segmentsHint' },
  { kind: 'codebook', label: 'export.codebook', hint: 'export.codebookHint' },
  { kind: 'json', label: 'export.json', hint: 'export.jsonHint' },
  { kind: 'annotations', label: 'export.annotations', hint: 'export.annotationsHint' },
  { kind: 'qdpx', label: 'export.qdpx', hint: 'export.qdpxHint' },
  { kind: 'qdc', label: 'export.qdc', hint: 'export.qdcHint' },
];

export interface ExportMenuProps {
  onExport(kind: ExportKind, scope: 'all' | 'view' | 'selected'): void;
  /** Whether CSV files start with a byte-order mark (Excel needs it to read UTF-8). */
  bom: boolean;
  onBom(on: boolean): void;
  hasSelection: boolean;
  filtered: boolean;
}

export function ExportMenu(p: ExportMenuProps) {
  const { t } = useI18n();
  const say = t as (key: PageKey) => string;
  const [scope, setScope] = useState<'all' | 'view' | 'selected'>('all');
  const effective = scope === 'selected' && !p.hasSelection ? 'all' : scope === 'view' && !p.filtered ? 'all' : scope;
  return (
    <details class="export-menu">
      <summary class="button">{t('export.button')}</summary>
      <div class="export-menu__panel">
        <fieldset class="export-menu__scope">
          <legend class="field__label">{t('export.which')}</legend>
          <label>
            <input type="radio" name="scope" checked={effective === 'all'} onChange={() => setScope('all')} /> {t('export.all')}
          </label>
          <label>
            <input type="radio" name="scope" checked={effective === 'view'} disabled={!p.filtered} onChange={() => setScope('view')} />{' '}
            {t('export.view')}
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={effective === 'selected'}
              disabled={!p.hasSelection}
              onChange={() => setScope('selected')}
            />{' '}
            {t('export.selection')}
          </label>
        </fieldset>
        <label class="switch export-menu__bom">
          <input type="checkbox" checked={p.bom} onChange={(e) => p.onBom(e.currentTarget.checked)} />
          <span>{t('export.bom')}</span>
        </label>
        <ul class="export-menu__list">
          {KINDS.map((k) => (
            <li key={k.kind}>
              <button type="button" class="button" onClick={() => p.onExport(k.kind, effective)}>
                {say(k.label)}
              </button>
              <span class="muted small"> {say(k.hint)}</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
