import { afterEach, describe, expect, test } from 'vitest';
import { createLibraryServices } from '../../../components/library/services';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { makeDraft } from '../helpers/examples';

let db: DiploLensDB;
afterEach(async () => db?.delete());

describe('the library loads every example once', () => {
  test('in slices, even when the receiver reorders each slice in place (as the library sorts them)', async () => {
    db = openDatabase(`load-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    for (let i = 0; i < 1234; i++) await repo.add(makeDraft({ quote: `example ${i}` }));
    const s = createLibraryServices({ browser: {} as never, repo, download: () => undefined, yieldTo: async () => undefined });
    const seen: string[] = [];
    let slices = 0;
    await s.loadAll((slice) => {
      slices++;
      slice.reverse(); // a receiver may sort its slice: paging must not depend on its order
      for (const r of slice) seen.push(r.id);
    });
    expect(slices).toBeGreaterThan(2);
    expect(seen).toHaveLength(1234);
    expect(new Set(seen).size).toBe(1234);
  });
});
