/**
 * The operations the extension performs on saved examples. Everything that
 * touches the database goes through here; callers receive plain values.
 */
import type { DiploLensDB } from './schema';
import type { Example, ExampleDraft, ExamplePatch } from './types';

export interface RepositoryDeps {
  now?: () => number;
  newId?: () => string;
}

export function createExampleRepository(db: DiploLensDB, deps: RepositoryDeps = {}) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  return {
    async add(draft: ExampleDraft): Promise<Example> {
      const t = now();
      const example: Example = { ...draft, id: draft.id ?? newId(), createdAt: t, updatedAt: t };
      await db.examples.add(example);
      return example;
    },

    async get(id: string): Promise<Example | undefined> {
      return db.examples.get(id);
    },

    /** Newest first. */
    async list(limit = Infinity): Promise<Example[]> {
      const rows = await db.examples.orderBy('createdAt').reverse().limit(limit).toArray();
      return rows;
    },

    async count(): Promise<number> {
      return db.examples.count();
    },

    async update(id: string, patch: ExamplePatch): Promise<Example | undefined> {
      const changed = await db.examples.update(id, { ...patch, updatedAt: now() });
      return changed ? db.examples.get(id) : undefined;
    },

    async remove(ids: string[]): Promise<Example[]> {
      return db.transaction('rw', db.examples, async () => {
        const rows = (await db.examples.bulkGet(ids)).filter((r): r is Example => !!r);
        await db.examples.bulkDelete(ids);
        return rows;
      });
    },

    /** Puts rows back exactly as they were (undo of a delete, or an import). */
    async restore(rows: Example[]): Promise<void> {
      await db.examples.bulkPut(rows);
    },
  };
}

export type ExampleRepository = ReturnType<typeof createExampleRepository>;
