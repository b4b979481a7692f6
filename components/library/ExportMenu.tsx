/** The export choices: format, and whether all, the filtered view or the selection. */
import { useState } from 'preact/hooks';

export type ExportKind = 'csv' | 'segments' | 'codebook' | 'json' | 'annotations';

const KINDS: Array<{ kind: ExportKind; label: string; hint: string }> = [
  { kind: 'csv', label: 'Export CSV', hint: 'one row per example (Excel, R, pandas)' },
  { kind: 'segments', label: 'Export coded segments (CSV)', hint: 'one row per example and concept (NVivo, MAXQDA, Taguette, tidy R)' },
  { kind: 'codebook', label: 'Export codebook (CSV)', hint: 'concepts and diplomatic functions with definitions' },
  { kind: 'json', label: 'Export JSON (backup)', hint: 'everything, re-importable' },
  { kind: 'annotations', label: 'Export Web Annotations', hint: 'W3C JSON-LD' },
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
  const [scope, setScope] = useState<'all' | 'view' | 'selected'>('all');
  const effective = scope === 'selected' && !p.hasSelection ? 'all' : scope === 'view' && !p.filtered ? 'all' : scope;
  return (
    <details class="export-menu">
      <summary class="button">Export</summary>
      <div class="export-menu__panel">
        <fieldset class="export-menu__scope">
          <legend class="field__label">Which examples</legend>
          <label>
            <input type="radio" name="scope" checked={effective === 'all'} onChange={() => setScope('all')} /> All
          </label>
          <label>
            <input type="radio" name="scope" checked={effective === 'view'} disabled={!p.filtered} onChange={() => setScope('view')} />{' '}
            The filtered view
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={effective === 'selected'}
              disabled={!p.hasSelection}
              onChange={() => setScope('selected')}
            />{' '}
            The selection
          </label>
        </fieldset>
        <label class="switch export-menu__bom">
          <input type="checkbox" checked={p.bom} onChange={(e) => p.onBom(e.currentTarget.checked)} />
          <span>CSV with a byte-order mark (for Excel)</span>
        </label>
        <ul class="export-menu__list">
          {KINDS.map((k) => (
            <li key={k.kind}>
              <button type="button" class="button" onClick={() => p.onExport(k.kind, effective)}>
                {k.label}
              </button>
              <span class="muted small"> {k.hint}</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
