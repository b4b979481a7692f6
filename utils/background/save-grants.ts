/**
 * After a save from the context menu or the shortcut, the page shows a confirmation with
 * 'Undo' and 'Add tags or a note' (utils/content/save-toast.ts). Those two act on the library
 * from a content script, which may otherwise only add examples: a page that could script its
 * content script (or a content script on a hostile page) must not delete or rewrite the user's
 * collection. So the background grants each tab, when it saved into it, the right to undo or
 * annotate THAT example, from THAT tab's top frame, for GRANT_MS; a new save in the tab, the tab
 * closing or loading another page, or an undo ends it. Extension pages keep their own requests.
 *
 * The grants live in storage.session beside the tabs' detections (tab-detections.ts): Chrome
 * stops an idle MV3 worker after ~30 s, and a user who types a note for a minute must not find
 * their grant gone with it. Memory is written through and answers first, as there.
 */
import { cleanTags } from '../model/draft';
import { EXAMPLE_LIMITS } from '../model/limits';
import type { ExampleRepository } from '../db/repository';
import type { ContentToBackground, SaveNotice } from '../messages/protocol';
import { topFrameTabId, type HandlerTable, type Sender } from '../messages/transport';
import type { SessionArea } from './tab-detections';

/** How long the page may undo or annotate what it saved: long enough to type a note, short of a whole session. */
export const GRANT_MS = 10 * 60 * 1000;

interface Grant {
  exampleId: string;
  /** Epoch ms after which the grant is over. */
  until: number;
}

export interface SaveGrants {
  /** Tab `tabId` may undo or annotate `exampleId` (replacing what it could before). */
  grant(tabId: number, exampleId: string): Promise<void>;
  /** True while tab `tabId` may still change `exampleId`. */
  allows(tabId: number, exampleId: string): Promise<boolean>;
  revoke(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `saveGrant:${tabId}`;

function readGrant(value: unknown): Grant | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { exampleId, until } = value as Partial<Grant>;
  return typeof exampleId === 'string' && typeof until === 'number' ? { exampleId, until } : undefined;
}

export function createSaveGrants(area?: SessionArea | null, opts: { now?: () => number; ttlMs?: number } = {}): SaveGrants {
  const now = opts.now ?? Date.now;
  const ttl = opts.ttlMs ?? GRANT_MS;
  const memory = new Map<number, Grant | null>();
  async function read(tabId: number): Promise<Grant | undefined> {
    // null in memory: revoked in this worker (storage may still hold it if the remove failed).
    if (memory.has(tabId)) return memory.get(tabId) ?? undefined;
    if (!area) return undefined;
    try {
      return readGrant((await area.get(keyOf(tabId)))[keyOf(tabId)]);
    } catch {
      return undefined;
    }
  }
  return {
    async grant(tabId, exampleId) {
      const g = { exampleId, until: now() + ttl };
      memory.set(tabId, g);
      try {
        await area?.set({ [keyOf(tabId)]: g });
      } catch {
        // Memory still has it for this worker's life.
      }
    },
    async allows(tabId, exampleId) {
      const g = await read(tabId);
      return !!g && g.exampleId === exampleId && now() < g.until;
    },
    async revoke(tabId) {
      memory.set(tabId, null);
      try {
        await area?.remove(keyOf(tabId));
      } catch {
        // The browser empties session storage when it closes.
      }
    },
  };
}

export type SaveFollowUpRequests = Pick<ContentToBackground, 'saved.undo' | 'saved.details'>;

/** A tag list and note as a page sent them, checked as the draft check would (the page is not trusted). */
function checkDetails(tags: unknown, note: unknown): { tags: string[]; note: string } {
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) throw new Error('tags must be a list of text');
  if (typeof note !== 'string') throw new Error('the note must be text');
  const clean = cleanTags(tags as string[]);
  if (clean.length > EXAMPLE_LIMITS.tags) throw new Error(`at most ${EXAMPLE_LIMITS.tags} tags`);
  if (clean.some((t) => t.length > EXAMPLE_LIMITS.tagChars || /[\u0000-\u001f\u007f]/.test(t))) throw new Error('a tag is too long or holds a control character');
  if (note.length > EXAMPLE_LIMITS.noteChars) throw new Error(`a note can have at most ${EXAMPLE_LIMITS.noteChars} characters`);
  return { tags: clean, note: note.trim() };
}

/** 'saved.undo' and 'saved.details': each refused (done: false, nothing changed) unless the sender's tab holds the grant for that id. */
export function createSaveFollowUps(deps: { grants: SaveGrants; repo: Pick<ExampleRepository, 'remove' | 'update'> }): HandlerTable<SaveFollowUpRequests> {
  const granted = async (sender: Sender, id: unknown): Promise<number | undefined> => {
    // The confirmation is shown in the tab's top frame only; a frame embedded in the page has no say.
    const tabId = topFrameTabId(sender);
    if (tabId === undefined || typeof id !== 'string') return undefined;
    return (await deps.grants.allows(tabId, id)) ? tabId : undefined;
  };
  return {
    'saved.undo': async ({ id }, sender) => {
      const tabId = await granted(sender, id);
      if (tabId === undefined) return { done: false };
      // Revoked first: a second undo (a double click) finds nothing to do.
      await deps.grants.revoke(tabId);
      await deps.repo.remove([id]);
      return { done: true };
    },
    'saved.details': async ({ id, tags, note }, sender) => {
      if ((await granted(sender, id)) === undefined) return { done: false };
      const changed = await deps.repo.update(id, checkDetails(tags, note));
      // Removed meanwhile (in the library): nothing to annotate.
      return { done: !!changed };
    },
  };
}

/**
 * Tells the tab what its save came to and, when an example was saved, grants the tab its undo
 * and details first (the user may click at once). A tab that cannot be told (no content script)
 * keeps the badge alone.
 */
export async function confirmSave(
  tabId: number,
  result: { ok: true; value: { id: string; duplicate: boolean } } | { ok: false; error: string; code?: 'nothingSelected' },
  deps: { grants: SaveGrants; tell(tabId: number, notice: SaveNotice): Promise<unknown> },
): Promise<void> {
  if (result.ok) await deps.grants.grant(tabId, result.value.id);
  else await deps.grants.revoke(tabId);
  const notice: SaveNotice = result.ok
    ? { ok: true, id: result.value.id, duplicate: result.value.duplicate }
    : { ok: false, error: result.error, ...(result.code ? { code: result.code } : {}) };
  await deps.tell(tabId, notice);
}
