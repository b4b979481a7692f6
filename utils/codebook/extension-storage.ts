/**
 * The user's codebooks in the extension's storage area (browser.storage.local, unlimited
 * with the 'unlimitedStorage' permission), as a CodebookStorage for library.ts:
 *
 *   codebooks.index            { [codebook id]: its latest version }
 *   codebooks.active           the active codebook's id
 *   codebook:<id>@<version>    one version of a codebook, as stored (every version is kept)
 *
 * The area is a parameter (`browser.storage.local` in the extension, an in-memory area in
 * tests). Every read is checked: a damaged entry is skipped, never thrown at the editor.
 */
import type { CodebookStorage } from './library';
import type { Codebook } from './model';

/** The part of a storage area this needs (browser.storage.local has it). */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const INDEX_KEY = 'codebooks.index';
export const ACTIVE_KEY = 'codebooks.active';
export const versionKey = (id: string, version: string) => `codebook:${id}@${version}`;
/**
 * The last codebook saved or deleted ({ id, version, at }), written beside the database's rows
 * by the editor (`announcingStorage`): the background hears it as a storage change (one that
 * wakes a sleeping MV3 worker, as a BroadcastChannel message would not) and, when it is the
 * active codebook, compiles the new version and tells the open tabs.
 */
export const CHANGED_KEY = 'codebooks.changed';

type Index = Record<string, { latest: string; versions: string[] }>;

function readIndex(raw: unknown): Index {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Index = {};
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const e = v as { latest?: unknown; versions?: unknown } | null;
    if (e && typeof e.latest === 'string' && Array.isArray(e.versions)) out[id] = { latest: e.latest, versions: e.versions.filter((x): x is string => typeof x === 'string') };
  }
  return out;
}

/** A stored value is a codebook when it has the fields the editor and the compiler read. */
function asCodebook(v: unknown): Codebook | undefined {
  const c = v as Partial<Codebook> | null;
  return c && typeof c === 'object' && typeof c.id === 'string' && typeof c.name === 'string' && typeof c.version === 'string' && Array.isArray(c.categories) && Array.isArray(c.concepts) && Array.isArray(c.functions)
    ? (c as Codebook)
    : undefined;
}

export function extensionCodebookStorage(area: StorageAreaLike): CodebookStorage {
  const index = async () => readIndex((await area.get(INDEX_KEY))[INDEX_KEY]);
  const read = async (id: string, version: string) => asCodebook((await area.get(versionKey(id, version)))[versionKey(id, version)]);
  return {
    async list() {
      const idx = await index();
      const keys = Object.entries(idx).map(([id, e]) => versionKey(id, e.latest));
      if (!keys.length) return [];
      const got = await area.get(keys);
      return keys.flatMap((k) => asCodebook(got[k]) ?? []);
    },
    async get(id) {
      const e = (await index())[id];
      return e ? read(id, e.latest) : undefined;
    },
    async getVersion(id, version) {
      return (await index())[id] ? read(id, version) : undefined;
    },
    async put(cb) {
      const idx = await index();
      const e = idx[cb.id] ?? { latest: cb.version, versions: [] };
      // The version first, then the index that points at it: a write cut short leaves the old latest.
      await area.set({ [versionKey(cb.id, cb.version)]: structuredClone(cb) });
      idx[cb.id] = { latest: cb.version, versions: e.versions.includes(cb.version) ? e.versions : [...e.versions, cb.version] };
      await area.set({ [INDEX_KEY]: idx });
    },
    async remove(id) {
      const idx = await index();
      const e = idx[id];
      if (!e) return;
      delete idx[id];
      await area.set({ [INDEX_KEY]: idx });
      await area.remove(e.versions.map((v) => versionKey(id, v)));
    },
    async activeId() {
      const v = (await area.get(ACTIVE_KEY))[ACTIVE_KEY];
      return typeof v === 'string' ? v : undefined;
    },
    async setActiveId(id) {
      await area.set({ [ACTIVE_KEY]: id });
    },
  };
}

/**
 * A CodebookStorage that notes each save and delete in `area` (CHANGED_KEY), after the write.
 * The rows stay where `storage` keeps them (the database); only the note is new.
 */
export function announcingStorage(storage: CodebookStorage, area: Pick<StorageAreaLike, 'set'>, now: () => number = Date.now): CodebookStorage {
  const note = (id: string, version: string | null) => area.set({ [CHANGED_KEY]: { id, version, at: now() } });
  return {
    ...storage,
    async put(cb) {
      await storage.put(cb);
      await note(cb.id, cb.version);
    },
    async remove(id) {
      await storage.remove(id);
      await note(id, null);
    },
  };
}
