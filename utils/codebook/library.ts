/**
 * The rules of the user's codebooks, over any storage (`CodebookStorage`: the database's
 * tables in the extension, a Map in tests):
 *   - the built-in codebook is always there, read-only, and the default;
 *   - the user creates, copies (the built-in one too), renames and deletes their own;
 *   - every saved change is a new version, and every version is kept, so an example can
 *     always be read with the codebook version it was coded with;
 *   - a codebook with errors (validate.ts) is not saved; one codebook is active, and
 *     deleting the active one makes the built-in one active again.
 */
import { builtinCodebook, BUILTIN_ID } from './builtin';
import type { Codebook } from './model';
import { copyCodebook, emptyCodebook, nextVersion } from './model';
import { errorsOf, summarise, validateCodebook, type Issue } from './validate';

export interface CodebookStorage {
  /** The latest version of every user codebook. */
  list(): Promise<Codebook[]>;
  get(id: string): Promise<Codebook | undefined>;
  getVersion(id: string, version: string): Promise<Codebook | undefined>;
  /** Stores a codebook as its latest version and keeps that version. */
  put(cb: Codebook): Promise<void>;
  /** Removes a codebook and all its versions. */
  remove(id: string): Promise<void>;
  activeId(): Promise<string | undefined>;
  setActiveId(id: string): Promise<void>;
}

export type Saved = { ok: true; codebook: Codebook; issues: Issue[] } | { ok: false; error: string; issues: Issue[] };

export interface CodebookLibrary {
  /** The built-in codebook first, then the user's by name. */
  list(): Promise<Codebook[]>;
  get(id: string): Promise<Codebook | undefined>;
  /** A version as it was (the built-in one: only its current version is known). */
  version(id: string, version: string): Promise<Codebook | undefined>;
  active(): Promise<Codebook>;
  setActive(id: string): Promise<void>;
  create(name: string): Promise<Codebook>;
  copy(id: string, name: string): Promise<Codebook>;
  /** Saves a change as the next version; refused when the codebook has errors or is built in. */
  save(cb: Codebook): Promise<Saved>;
  rename(id: string, name: string): Promise<Saved>;
  remove(id: string): Promise<void>;
  /** Adds a codebook read from a file (a new id, version 1). */
  add(cb: Codebook): Promise<Saved>;
}

export interface LibraryDeps {
  storage: CodebookStorage;
  newId: () => string;
  now: () => number;
}

export class CodebookError extends Error {}

export function createCodebookLibrary({ storage, newId, now }: LibraryDeps): CodebookLibrary {
  const builtin = builtinCodebook();
  const get = async (id: string) => (id === BUILTIN_ID ? builtinCodebook() : storage.get(id));
  const mustGet = async (id: string) => {
    const cb = await get(id);
    if (!cb) throw new CodebookError(`There is no codebook ${id}.`);
    return cb;
  };
  const store = async (cb: Codebook): Promise<Saved> => {
    const issues = validateCodebook(cb);
    const errors = errorsOf(issues);
    if (errors.length) return { ok: false, error: `Not saved: ${summarise(errors)}`, issues };
    await storage.put(cb);
    return { ok: true, codebook: cb, issues };
  };
  return {
    async list() {
      const mine = await storage.list();
      return [builtinCodebook(), ...mine.sort((a, b) => a.name.localeCompare(b.name))];
    },
    get,
    async version(id, version) {
      if (id === BUILTIN_ID) return version === builtin.version ? builtinCodebook() : undefined;
      return storage.getVersion(id, version);
    },
    async active() {
      const id = await storage.activeId();
      return (id && id !== BUILTIN_ID && (await storage.get(id))) || builtinCodebook();
    },
    async setActive(id) {
      await mustGet(id);
      await storage.setActiveId(id);
    },
    async create(name) {
      const cb = emptyCodebook(newId(), name.trim() || 'New codebook', now());
      await storage.put(cb);
      return cb;
    },
    async copy(id, name) {
      const cb = copyCodebook(await mustGet(id), newId(), name.trim() || 'Copy', now());
      await storage.put(cb);
      return cb;
    },
    async save(cb) {
      if (cb.builtIn || cb.id === BUILTIN_ID) return { ok: false, error: 'The built-in codebook cannot be changed: copy it to make your own.', issues: [] };
      const current = await storage.get(cb.id);
      if (!current) return { ok: false, error: 'This codebook was deleted (in another tab?): nothing was saved.', issues: [] };
      return store({ ...cb, builtIn: false, version: nextVersion(current.version), updatedAt: now() });
    },
    async rename(id, name) {
      const cb = await mustGet(id);
      return this.save({ ...cb, name });
    },
    async remove(id) {
      if (id === BUILTIN_ID) throw new CodebookError('The built-in codebook cannot be deleted.');
      if ((await storage.activeId()) === id) await storage.setActiveId(BUILTIN_ID);
      await storage.remove(id);
    },
    async add(cb) {
      const t = now();
      return store({ ...cb, id: newId(), builtIn: false, version: '1', createdAt: t, updatedAt: t });
    },
  };
}

/** A CodebookStorage in memory (tests; a page before its database opens). */
export function memoryCodebookStorage(): CodebookStorage {
  const versions = new Map<string, Map<string, Codebook>>();
  const latest = new Map<string, Codebook>();
  let active: string | undefined;
  return {
    list: async () => [...latest.values()].map((c) => structuredClone(c)),
    get: async (id) => (latest.has(id) ? structuredClone(latest.get(id)!) : undefined),
    getVersion: async (id, v) => {
      const cb = versions.get(id)?.get(v);
      return cb ? structuredClone(cb) : undefined;
    },
    put: async (cb) => {
      latest.set(cb.id, structuredClone(cb));
      if (!versions.has(cb.id)) versions.set(cb.id, new Map());
      versions.get(cb.id)!.set(cb.version, structuredClone(cb));
    },
    remove: async (id) => {
      latest.delete(id);
      versions.delete(id);
    },
    activeId: async () => active,
    setActiveId: async (id) => void (active = id),
  };
}
