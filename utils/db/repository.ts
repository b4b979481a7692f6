/**
 * The operations the extension performs on saved examples. Everything that
 * touches the database goes through here; callers receive plain values.
 */
import type { DiploLensDB } from './schema';
import { siteOf, type Example, type ExampleDraft, type ExamplePatch } from '../model/example';
import { samePage } from '../library/same-page';
import type { ExampleChanges } from './changes';
import type { Codebook } from '../codebook/model';
import { newerWins } from './newer-wins';

export interface RepositoryDeps {
  now?: () => number;
  newId?: () => string;
  /** Told of every write once it is committed (changes.ts: other pages re-read those rows). */
  announce?: (changes: ExampleChanges) => void;
}

const sameTags = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((t, i) => t === b[i]);

export function createExampleRepository(db: DiploLensDB, deps: RepositoryDeps = {}) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const announce = (changed: string[], deleted: string[] = []) => deps.announce?.({ changed, deleted });

  return {
    async add(draft: ExampleDraft): Promise<Example> {
      const t = now();
      const example: Example = { ...draft, id: draft.id ?? newId(), createdAt: t, updatedAt: t };
      await db.examples.add(example);
      announce([example.id]);
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

    /** The examples saved from one page (its address or its canonical address), newest first: read through the site index. */
    async fromPage(url: string): Promise<Example[]> {
      const rows = await db.examples.where('site').equals(siteOf(url)).toArray();
      return rows.filter((e) => samePage(e, url)).sort((a, b) => b.createdAt - a.createdAt);
    },

    /** The rows with these ids, in the order given; ids no longer stored are left out. */
    async getMany(ids: string[]): Promise<Example[]> {
      return (await db.examples.bulkGet(ids)).filter((r): r is Example => !!r);
    },

    /** Keyset paging by id, for loading a large collection in slices. */
    async page(afterId: string | null, limit: number): Promise<Example[]> {
      const from = afterId === null ? db.examples.orderBy('id') : db.examples.where('id').above(afterId);
      return from.limit(limit).toArray();
    },

    async count(): Promise<number> {
      return db.examples.count();
    },

    async update(id: string, patch: ExamplePatch): Promise<Example | undefined> {
      const changed = await db.examples.update(id, { ...patch, updatedAt: now() });
      if (!changed) return undefined;
      announce([id]);
      return db.examples.get(id);
    },

    async remove(ids: string[]): Promise<Example[]> {
      const rows = await db.transaction('rw', db.examples, async () => {
        const found = (await db.examples.bulkGet(ids)).filter((r): r is Example => !!r);
        await db.examples.bulkDelete(ids);
        return found;
      });
      announce([], rows.map((r) => r.id));
      return rows;
    },

    /** Puts rows back exactly as they were (undo of a delete). */
    async restore(rows: Example[]): Promise<void> {
      await db.examples.bulkPut(rows);
      announce(rows.map((r) => r.id));
    },

    /** Every tag in use, from the multi-entry index (no row is read). */
    async allTags(): Promise<string[]> {
      return (await db.examples.orderBy('tags').uniqueKeys()) as string[];
    },

    /** Adds and removes tags on many examples at once, in one transaction; returns the rows as stored. */
    async retag(ids: string[], add: string[], remove: string[]): Promise<Example[]> {
      const t = now();
      const drop = new Set(remove.map((x) => x.toLocaleLowerCase()));
      const rows = await db.transaction('rw', db.examples, async () => {
        await db.examples
          .where('id')
          .anyOf(ids)
          .modify((row) => {
            const kept = row.tags.filter((x) => !drop.has(x.toLocaleLowerCase()));
            for (const tag of add) if (!kept.some((x) => x.toLocaleLowerCase() === tag.toLocaleLowerCase())) kept.push(tag);
            row.tags = kept;
            row.updatedAt = t;
          });
        return (await db.examples.bulkGet(ids)).filter((r): r is Example => !!r);
      });
      announce(rows.map((r) => r.id));
      return rows;
    },

    /**
     * Tags as a vocabulary (utils/library/tag-vocabulary.ts): sets each example's tags to
     * `after`, in one transaction, only where they are still `before` (an example edited
     * since the plan was made keeps its newer tags). Returns each changed row as it was
     * and as written: Undo (`revertTags`) puts the former back exactly, modified time too.
     */
    async changeTags(patches: readonly { id: string; before: readonly string[]; after: readonly string[] }[]): Promise<{ previous: Example[]; written: Example[] }> {
      const t = now();
      const result = await db.transaction('rw', db.examples, async () => {
        const current = await db.examples.bulkGet(patches.map((p) => p.id));
        const previous: Example[] = [];
        const written: Example[] = [];
        patches.forEach((p, i) => {
          const row = current[i];
          if (!row || !sameTags(row.tags, p.before)) return;
          previous.push(row);
          written.push({ ...row, tags: [...p.after], updatedAt: t });
        });
        await db.examples.bulkPut(written);
        return { previous, written };
      });
      announce(result.written.map((r) => r.id));
      return result;
    },

    /**
     * Undo of `changeTags`: puts back the rows as they were, in one transaction, each only
     * if it is still as `changeTags` wrote it (not edited, retagged or deleted since).
     * Returns the rows put back.
     */
    async revertTags(previous: readonly Example[], written: readonly Example[]): Promise<Example[]> {
      const expected = new Map(written.map((r) => [r.id, r]));
      const rows = await db.transaction('rw', db.examples, async () => {
        const current = await db.examples.bulkGet(previous.map((r) => r.id));
        const back = previous.filter((r, i) => {
          const now = current[i];
          const wrote = expected.get(r.id);
          return !!now && !!wrote && now.updatedAt === wrote.updatedAt && sameTags(now.tags, wrote.tags);
        });
        await db.examples.bulkPut(back);
        return back;
      });
      announce(rows.map((r) => r.id));
      return rows;
    },

    /** Every version of every codebook of the user's, for the JSON backup. */
    codebookVersions: (): Promise<Codebook[]> => db.codebooks.toArray(),
    /**
     * Merges a backup's examples by id (newer-wins.ts: a known id is replaced only by a
     * newer edit) and codebooks (a version not here is added; one here is kept: a version
     * never changes once saved), all in one transaction: a failure writes nothing.
     */
    async importMerge(rows: Example[], codebooks: readonly Codebook[] = []): Promise<{ added: number; updated: number; unchanged: number; written: Example[]; codebooksAdded: number }> {
      const result = await db.transaction('rw', db.examples, db.codebooks, async () => {
        const have = await db.codebooks.bulkGet(codebooks.map((c) => [c.id, c.version] as [string, string]));
        const newBooks = codebooks.filter((_, i) => !have[i]);
        await db.codebooks.bulkAdd(newBooks);
        const { put, added, updated, unchanged } = newerWins(rows, await db.examples.bulkGet(rows.map((r) => r.id)));
        await db.examples.bulkPut(put);
        return { added, updated, unchanged, written: put, codebooksAdded: newBooks.length };
      });
      announce(result.written.map((r) => r.id));
      return result;
    },
  };
}

export type ExampleRepository = ReturnType<typeof createExampleRepository>;
