/**
 * The user's codebooks in the database (schema v4, table `codebooks`: one row per
 * version, keyed [id+version]), as the CodebookStorage of utils/codebook/library.ts. The
 * active codebook's id is a small setting beside them (an extension storage area), so
 * every view and the background can hear it change.
 *
 * Codebooks the first editor kept in the extension's storage (before the table existed)
 * are moved in once, every version, then removed there (`moveFromExtensionStorage`).
 */
import type { CodebookStorage } from '../codebook/library';
import type { Codebook } from '../codebook/model';
import { ACTIVE_KEY, INDEX_KEY, extensionCodebookStorage, type StorageAreaLike } from '../codebook/extension-storage';
import type { DiploLensDB } from './schema';

/** The latest of a codebook's versions: the highest number (user codebooks count 1, 2, 3 …), else the last saved. */
function latestOf(rows: Codebook[]): Codebook | undefined {
  let best: Codebook | undefined;
  const n = (v: string) => (/^\d+$/.test(v) ? Number(v) : -1);
  for (const r of rows) if (!best || n(r.version) > n(best.version) || (n(r.version) === n(best.version) && r.updatedAt > best.updatedAt)) best = r;
  return best;
}

export function databaseCodebookStorage(db: DiploLensDB, settings: Pick<StorageAreaLike, 'get' | 'set'>): CodebookStorage {
  return {
    async list() {
      const byId = new Map<string, Codebook[]>();
      for (const row of await db.codebooks.toArray()) {
        const list = byId.get(row.id) ?? [];
        list.push(row);
        byId.set(row.id, list);
      }
      return [...byId.values()].flatMap((rows) => latestOf(rows) ?? []);
    },
    async get(id) {
      return latestOf(await db.codebooks.where('id').equals(id).toArray());
    },
    async getVersion(id, version) {
      return db.codebooks.get([id, version]);
    },
    async put(cb) {
      await db.codebooks.put(structuredClone(cb));
    },
    async remove(id) {
      await db.codebooks.where('id').equals(id).delete();
    },
    async activeId() {
      const v = (await settings.get(ACTIVE_KEY))[ACTIVE_KEY];
      return typeof v === 'string' ? v : undefined;
    },
    async setActiveId(id) {
      await settings.set({ [ACTIVE_KEY]: id });
    },
  };
}

/**
 * Moves every version of every codebook kept in the extension's storage into the database,
 * in one transaction, then removes them there; the active id stays where it is. Returns how
 * many versions were moved. A second call finds nothing to move.
 */
export async function moveFromExtensionStorage(db: DiploLensDB, area: StorageAreaLike): Promise<number> {
  const raw = (await area.get(INDEX_KEY))[INDEX_KEY];
  if (raw === undefined) return 0;
  const old = extensionCodebookStorage(area);
  const index = (raw && typeof raw === 'object' ? raw : {}) as Record<string, { versions?: unknown }>;
  const rows: Codebook[] = [];
  const keys: string[] = [INDEX_KEY];
  for (const [id, entry] of Object.entries(index)) {
    const versions = Array.isArray(entry?.versions) ? entry.versions.filter((v): v is string => typeof v === 'string') : [];
    for (const v of versions) {
      keys.push(`codebook:${id}@${v}`);
      const cb = await old.getVersion(id, v);
      if (cb) rows.push(cb);
    }
  }
  await db.transaction('rw', db.codebooks, async () => {
    // A version already in the database (a move cut short last time) is kept as it is there.
    for (const cb of rows) if (!(await db.codebooks.get([cb.id, cb.version]))) await db.codebooks.add(cb);
  });
  await area.remove(keys);
  return rows.length;
}
