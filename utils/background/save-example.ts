/**
 * The one writer of new examples: every save (popup, context menu, keyboard
 * shortcut, hover card) reaches it through 'example.save' or, inside the
 * background, directly. The draft is checked (utils/model/check-draft.ts),
 * then added; a failed write is said in words (a full disk first).
 */
import type { ExampleRepository } from '../db/repository';
import { describeStorageError } from '../db/storage-error';
import { checkDraft } from '../model/check-draft';

export type SaveExample = (draft: unknown) => Promise<{ id: string }>;

export function createExampleSaver(repo: Pick<ExampleRepository, 'add'>): SaveExample {
  return async (draft) => {
    const checked = checkDraft(draft);
    try {
      return { id: (await repo.add(checked)).id };
    } catch (error) {
      throw new Error(describeStorageError(error));
    }
  };
}
