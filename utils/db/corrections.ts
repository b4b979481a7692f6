/**
 * The user's corrections of source judgements, in the database (schema v4). Only the
 * background writes them (the one place that also re-judges open tabs); pages read and
 * write through its messages. Every write is one transaction.
 */
import type { DiploLensDB } from './schema';
import type { Correction, CorrectionInput } from '../detect/correction';
import { targetKey } from '../detect/correction';
import { newerWins } from './newer-wins';

export interface CorrectionRepositoryDeps {
  now?: () => number;
}

export function createCorrectionRepository(db: DiploLensDB, deps: CorrectionRepositoryDeps = {}) {
  const now = deps.now ?? Date.now;
  return {
    /** Newest change first. */
    async list(): Promise<Correction[]> {
      return db.corrections.orderBy('updatedAt').reverse().toArray();
    },

    /**
     * Stores a correction for its site or account, replacing the one there (its creation time
     * is kept). `replaces` is the key of the correction it is an edit of, when the edit changed
     * its site or account: that one goes, in the same transaction.
     */
    async put(input: CorrectionInput, replaces?: string): Promise<Correction> {
      const key = targetKey(input.target);
      const t = now();
      return db.transaction('rw', db.corrections, async () => {
        const old = (await db.corrections.get(key)) ?? (replaces ? await db.corrections.get(replaces) : undefined);
        const row: Correction = { ...input, key, createdAt: old?.createdAt ?? t, updatedAt: t };
        if (replaces && replaces !== key) await db.corrections.delete(replaces);
        await db.corrections.put(row);
        return row;
      });
    },

    /** Takes a correction away; returns it (for undo), or undefined when there was none. */
    async remove(key: string): Promise<Correction | undefined> {
      return db.transaction('rw', db.corrections, async () => {
        const old = await db.corrections.get(key);
        if (old) await db.corrections.delete(key);
        return old;
      });
    },

    /** A backup's corrections, merged by site or account: a newer one replaces the stored one. One transaction. */
    async importMerge(rows: Correction[]): Promise<{ added: number; updated: number; unchanged: number }> {
      return db.transaction('rw', db.corrections, async () => {
        const { put, added, updated, unchanged } = newerWins(rows, await db.corrections.bulkGet(rows.map((r) => r.key)));
        await db.corrections.bulkPut(put);
        return { added, updated, unchanged };
      });
    },
  };
}

export type CorrectionRepository = ReturnType<typeof createCorrectionRepository>;
