/**
 * Saving without the popup (context menu, keyboard shortcut): ask the tab's
 * content script for its status and selection, tag the concepts, and save
 * through the one writer (save-example.ts).
 */
import { buildDraft } from '../model/draft';
import { fail, ok, type PageStatus, type Result } from '../messages/protocol';
import type { SaveExample } from './save-example';

export interface SaveFromTabDeps {
  getStatus(tabId: number): Promise<Result<PageStatus>>;
  save: SaveExample;
  conceptsIn(text: string): string[];
  lexiconVersion: string;
}

export async function saveFromTab(tabId: number, deps: SaveFromTabDeps, selectionText?: string): Promise<Result<{ id: string }>> {
  const status = await deps.getStatus(tabId);
  if (!status.ok) return fail(`DiploLens cannot read this tab: ${status.error}`);
  const quote = status.value.quote?.quote ?? selectionText?.trim() ?? '';
  if (!quote) return fail('Nothing is selected on the page.');
  const draft = buildDraft(
    status.value,
    { quote, concepts: deps.conceptsIn(quote), tags: [], functionId: '', note: '' },
    deps.lexiconVersion,
  );
  try {
    return ok(await deps.save(draft));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
