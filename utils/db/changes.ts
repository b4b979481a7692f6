/**
 * Tells the extension's other pages which examples changed. The popup, the
 * background (context menu, hover card, shortcut) and other library tabs all
 * write to the same database; an open library learns of their writes here and
 * reads the rows again, so what it shows, counts and exports is never stale.
 * Only ids travel: the rows are read from the database by whoever needs them.
 *
 * BroadcastChannel reaches every other same-origin context of the extension
 * (pages and the service worker) but not the object that posted, so a page
 * that both writes and listens through one channel never hears its own writes.
 */
export interface ExampleChanges {
  /** Added, edited or restored. */
  changed: string[];
  deleted: string[];
}

export interface ChangeChannel {
  announce(changes: ExampleChanges): void;
  /** Calls `onChanges` for other contexts' writes; returns the unsubscribe. */
  listen(onChanges: (changes: ExampleChanges) => void): () => void;
  close(): void;
}

export const CHANGES_CHANNEL = 'diplolens-examples';

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function createChangeChannel(
  name = CHANGES_CHANNEL,
  Channel: typeof BroadcastChannel | null = globalThis.BroadcastChannel ?? null,
): ChangeChannel {
  if (!Channel) return { announce() {}, listen: () => () => {}, close() {} };
  const channel = new Channel(name);
  return {
    announce(changes) {
      if (changes.changed.length || changes.deleted.length) channel.postMessage(changes);
    },
    listen(onChanges) {
      const handler = (e: MessageEvent) => {
        // Same origin only, but still checked: a malformed message changes nothing.
        const data = e.data as Partial<ExampleChanges> | null;
        const changes = { changed: ids(data?.changed), deleted: ids(data?.deleted) };
        if (changes.changed.length || changes.deleted.length) onChanges(changes);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}
