/**
 * The page's confirmation after a context-menu or shortcut save offers Undo and 'Add tags or a
 * note', which a content script sends. A content script may otherwise only add examples: these
 * two are done only for the example the background saved into THAT tab, from its top frame, for a
 * limited time, and the grant survives an MV3 worker restart (storage.session). Everything else
 * (another tab, another id, an embedded frame, an expired or used grant, a new page in the tab)
 * is refused and changes nothing.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createBackgroundHandlers, type BadgeApi } from '../../../utils/background/handlers';
import { confirmSave, createSaveGrants, GRANT_MS, type SaveGrants } from '../../../utils/background/save-grants';
import { saveFromTab } from '../../../utils/background/save-from-tab';
import { createExampleSaver } from '../../../utils/background/save-example';
import type { SessionArea } from '../../../utils/background/tab-detections';
import { createExampleRepository } from '../../../utils/db/repository';
import { openDatabase, type DiploLensDB } from '../../../utils/db/schema';
import { detectSource } from '../../../utils/detect/index';
import { CONTENT_SCRIPT_REQUESTS, ok, type PageStatus, type SaveNotice, type ToBackground } from '../../../utils/messages/protocol';
import { createListener, senderGate, type Sender } from '../../../utils/messages/transport';
import { makeDraft } from '../helpers/examples';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const PAGE = 'https://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const tabTop = (tabId: number): Sender => ({ url: PAGE, frameId: 0, tab: { id: tabId, url: PAGE } });
const LIBRARY: Sender = { url: `${EXT}library.html` };

/** storage.session as the browser keeps it: outside the worker, values copied in and out. */
function fakeSession(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

let db: DiploLensDB;
afterEach(async () => {
  await db?.delete();
});

/** One life of the background worker over the same database and session storage. */
function worker(session: SessionArea, clock: { now: number }) {
  const repo = createExampleRepository(db);
  const grants = createSaveGrants(session, { now: () => clock.now });
  const badge: BadgeApi = { setBadgeText: () => {}, setBadgeBackgroundColor: () => {}, setTitle: () => {} };
  const handlers = createBackgroundHandlers({ repo, badge, detect: detectSource, match: () => [], lexiconVersion: 'test', grants });
  const listener = createListener<ToBackground>(handlers, senderGate<ToBackground>(EXT, CONTENT_SCRIPT_REQUESTS));
  const send = <K extends 'saved.undo' | 'saved.details'>(type: K, payload: unknown, sender: Sender) =>
    new Promise<{ ok: true; value: { done: boolean } } | { ok: false; error: string }>((resolve) => {
      // As Chrome carries it: JSON.
      listener({ dl: 1, type, payload: JSON.parse(JSON.stringify(payload)) }, sender, resolve as (r: unknown) => void);
    });
  return { repo, grants, send };
}

async function setup() {
  db = openDatabase(`grants-${crypto.randomUUID()}`);
  const session = fakeSession();
  const clock = { now: 1_000_000 };
  const w = worker(session, clock);
  const saved = await w.repo.add(makeDraft({ tags: [], note: '' }));
  const other = await w.repo.add(makeDraft({ quote: 'Another example, saved from the library.', tags: ['kept'], note: '' }));
  // The context menu saved `saved` into tab 7.
  await w.grants.grant(7, saved.id);
  return { ...w, session, clock, saved, other };
}

describe('Undo from the page', () => {
  test('the tab that saved it undoes it once: the example is gone, a second undo is refused', async () => {
    const { send, repo, saved, other } = await setup();
    expect(await send('saved.undo', { id: saved.id }, tabTop(7))).toEqual({ ok: true, value: { done: true } });
    expect(await repo.get(saved.id)).toBeUndefined();
    expect(await send('saved.undo', { id: saved.id }, tabTop(7))).toEqual({ ok: true, value: { done: false } });
    expect(await repo.get(other.id)).toBeDefined();
  });

  test.each([
    ['another tab', (s: { id: string }) => [{ id: s.id }, tabTop(8)] as const],
    ['another id (an example the user saved elsewhere)', (_s: { id: string }, o: { id: string }) => [{ id: o.id }, tabTop(7)] as const],
    ['a frame embedded in the tab', (s: { id: string }) => [{ id: s.id }, { ...tabTop(7), frameId: 3 }] as const],
    ['no tab (an extension page has its own delete)', (s: { id: string }) => [{ id: s.id }, LIBRARY] as const],
    ['an id that is not text', () => [{ id: { $ne: '' } }, tabTop(7)] as const],
  ])('refused from %s; nothing is deleted', async (_name, make) => {
    const { send, repo, saved, other } = await setup();
    const [payload, sender] = make(saved, other);
    expect(await send('saved.undo', payload, sender)).toEqual({ ok: true, value: { done: false } });
    expect(await repo.get(saved.id)).toBeDefined();
    expect(await repo.get(other.id)).toBeDefined();
  });

  test('refused once the grant has expired', async () => {
    const { send, repo, saved, clock } = await setup();
    clock.now += GRANT_MS - 1;
    expect(await send('saved.details', { id: saved.id, tags: ['a'], note: '' }, tabTop(7))).toEqual({ ok: true, value: { done: true } });
    clock.now += 1;
    expect(await send('saved.undo', { id: saved.id }, tabTop(7))).toEqual({ ok: true, value: { done: false } });
    expect(await repo.get(saved.id)).toBeDefined();
  });

  test('a new save in the tab replaces the grant: the earlier example can no longer be undone from it', async () => {
    const { send, repo, grants, saved, other } = await setup();
    await grants.grant(7, other.id);
    expect(await send('saved.undo', { id: saved.id }, tabTop(7))).toEqual({ ok: true, value: { done: false } });
    expect(await repo.get(saved.id)).toBeDefined();
  });

  test('a new page in the tab, or the tab closed, ends it (the background revokes)', async () => {
    const { send, grants, saved } = await setup();
    await grants.revoke(7);
    expect(await send('saved.undo', { id: saved.id }, tabTop(7))).toEqual({ ok: true, value: { done: false } });
  });

  test('the grant outlives the MV3 worker (storage.session): a new worker still honours it, and still refuses others', async () => {
    const { session, clock, saved } = await setup();
    const next = worker(session, clock);
    expect(await next.send('saved.undo', { id: saved.id }, tabTop(8))).toEqual({ ok: true, value: { done: false } });
    expect(await next.send('saved.undo', { id: saved.id }, tabTop(7))).toEqual({ ok: true, value: { done: true } });
    expect(await next.repo.get(saved.id)).toBeUndefined();
  });
});

describe("'Add tags or a note' from the page", () => {
  test('sets the tags (cleaned: spacing, repeats) and the note of that example', async () => {
    const { send, repo, saved } = await setup();
    const r = await send('saved.details', { id: saved.id, tags: ['  press  release ', 'Press Release', 'forum'], note: ' Said at the opening.\n' }, tabTop(7));
    expect(r).toEqual({ ok: true, value: { done: true } });
    const row = await repo.get(saved.id);
    expect(row?.tags).toEqual(['press release', 'forum']);
    expect(row?.note).toBe('Said at the opening.');
  });

  test('refused for another tab and another id; what a page sends is checked', async () => {
    const { send, repo, saved, other } = await setup();
    expect(await send('saved.details', { id: saved.id, tags: ['x'], note: 'x' }, tabTop(8))).toEqual({ ok: true, value: { done: false } });
    expect(await send('saved.details', { id: other.id, tags: [], note: 'overwritten' }, tabTop(7))).toEqual({ ok: true, value: { done: false } });
    expect((await repo.get(other.id))?.tags).toEqual(['kept']);
    expect((await send('saved.details', { id: saved.id, tags: 'a,b', note: '' }, tabTop(7))).ok).toBe(false);
    expect((await send('saved.details', { id: saved.id, tags: ['a\u0000b'], note: '' }, tabTop(7))).ok).toBe(false);
    expect((await send('saved.details', { id: saved.id, tags: [], note: 42 }, tabTop(7))).ok).toBe(false);
    expect((await repo.get(saved.id))?.tags).toEqual([]);
  });

  test('after Undo there is nothing to annotate', async () => {
    const { send, saved } = await setup();
    await send('saved.undo', { id: saved.id }, tabTop(7));
    expect(await send('saved.details', { id: saved.id, tags: ['a'], note: '' }, tabTop(7))).toEqual({ ok: true, value: { done: false } });
  });
});

describe('the save tells its tab', () => {
  const status = (quote: string): PageStatus => ({
    url: PAGE,
    title: 'Forum',
    lang: 'en',
    detection: detectSource(PAGE, {}),
    quote: { quote, prefix: '', suffix: '', selectors: { quote: { type: 'TextQuoteSelector', exact: quote } } },
    highlighting: false,
    highlightReason: '',
    concepts: [],
  });

  test('the id and whether the same quote from the page was saved before; the tab is granted it; nothing selected is said as such', async () => {
    db = openDatabase(`grants-${crypto.randomUUID()}`);
    const repo = createExampleRepository(db);
    const grants: SaveGrants = createSaveGrants(fakeSession());
    const told: SaveNotice[] = [];
    const run = async (quote: string) => {
      const result = await saveFromTab(3, {
        getStatus: async () => ok(status(quote)),
        save: createExampleSaver(repo),
        conceptsIn: () => [],
        lexiconVersion: 'test',
        savedFromPage: (url) => repo.fromPage(url),
      });
      await confirmSave(3, result, { grants, tell: async (_tab, n) => told.push(n) });
      return result;
    };
    const first = await run('Digital diplomacy is an everyday instrument.');
    expect(told[0]).toEqual({ ok: true, id: first.ok && first.value.id, duplicate: false });
    expect(await grants.allows(3, told[0]!.ok ? told[0]!.id : '')).toBe(true);
    // The same words again, spaced and cased otherwise: saved again, and said to be a duplicate.
    const again = await run('digital  diplomacy is an everyday instrument.');
    expect(again.ok && again.value.duplicate).toBe(true);
    expect(await repo.count()).toBe(2);
    expect(await grants.allows(3, first.ok ? first.value.id : '')).toBe(false);
    await run('');
    expect(told[2]).toMatchObject({ ok: false, code: 'nothingSelected' });
    expect(await grants.allows(3, again.ok ? again.value.id : '')).toBe(false);
  });
});
