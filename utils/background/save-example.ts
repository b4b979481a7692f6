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

/** The codebook (id and version) the pages' concepts are found with now. */
export type CodedWith = () => { id: string; version: string } | Promise<{ id: string; version: string }>;

/**
 * `codedWith` stamps each new example with the codebook its concepts were found with
 * (schema v4); a draft cannot name its own, as a page could name any.
 */
export function createExampleSaver(repo: Pick<ExampleRepository, 'add'>, codedWith?: CodedWith): SaveExample {
  return async (draft) => {
    const checked = checkDraft(draft);
    if (codedWith) {
      const cb = await codedWith();
      checked.codebookId = cb.id;
      checked.codebookVersion = cb.version;
    } else {
      delete checked.codebookId;
      delete checked.codebookVersion;
    }
    try {
      return { id: (await repo.add(checked)).id };
    } catch (error) {
      throw new Error(describeStorageError(error));
    }
  };
}
