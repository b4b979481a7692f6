/**
 * Saving without the popup (context menu, keyboard shortcut): ask the tab's
 * content script for its status and selection, tag the concepts, and save
 * through the one writer (save-example.ts). A quote already saved from the page
 * is saved again, and said to be a duplicate, so the page's confirmation warns
 * (and its Undo takes the new copy out) instead of a silent second copy.
 */
import { buildDraft } from '../model/draft';
import type { Example } from '../model/example';
import { findDuplicate } from '../library/same-page';
import type { PageStatus, Result } from '../messages/protocol';
import type { SaveExample } from './save-example';

export interface SaveFromTabDeps {
  getStatus(tabId: number): Promise<Result<PageStatus>>;
  save: SaveExample;
  conceptsIn(text: string): string[];
  lexiconVersion: string;
  /** The examples saved from a page before (repository.fromPage); without it no save is called a duplicate. */
  savedFromPage?(url: string): Promise<Example[]>;
}

/** What came of it; `code` names a failure the page says in its own words. */
export type SaveFromTabResult =
  | { ok: true; value: { id: string; duplicate: boolean } }
  | { ok: false; error: string; code?: 'nothingSelected' };

export async function saveFromTab(tabId: number, deps: SaveFromTabDeps, selectionText?: string): Promise<SaveFromTabResult> {
  const status = await deps.getStatus(tabId);
  if (!status.ok) return { ok: false, error: `DiploLens cannot read this tab: ${status.error}` };
  const quote = status.value.quote?.quote ?? selectionText?.trim() ?? '';
  if (!quote) return { ok: false, error: 'Nothing is selected on the page.', code: 'nothingSelected' };
  const draft = buildDraft(
    status.value,
    { quote, concepts: deps.conceptsIn(quote), tags: [], functionId: '', note: '' },
    deps.lexiconVersion,
  );
  try {
    // A failed look-up only costs the warning, never the save.
    const before = await deps.savedFromPage?.(status.value.url).catch(() => []);
    const duplicate = !!before && !!findDuplicate(before, status.value.url, draft.quote);
    const { id } = await deps.save(draft);
    return { ok: true, value: { id, duplicate } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
