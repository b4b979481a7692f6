/**
 * The library page's view of its collection (utils/library/collection.ts): one
 * collection per set of services, loaded when the page mounts, kept up to date
 * with what other pages change (popup, background, another library tab), and
 * rendered again on each change. All the state lives in the collection.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { changesOf, createCollection, type Collection, type CollectionSource, type CollectionState } from '../../utils/library/collection';
import type { Sort } from '../../utils/library/filters';
import type { Example } from '../../utils/model/example';

/** What the collection needs of the library's services (LibraryServices has these). */
export interface CollectionServices extends CollectionSource {
  getMany(ids: string[]): Promise<Example[]>;
  onExternalChanges(onChanges: (changes: { changed: string[]; deleted: string[] }) => void): () => void;
}

export function useCollection(
  s: CollectionServices,
  sort: Sort,
  /** Says a failure in the page's language: the message's key, and the error. */
  failed: (what: 'library.readFailed' | 'library.changeFailed', error: unknown) => void,
): [CollectionState, Collection] {
  const collection = useMemo(() => createCollection({ sort }), [s]);
  const [state, setState] = useState(collection.state());
  useEffect(() => {
    const off = collection.subscribe(setState);
    setState(collection.state());
    collection.load(s).catch((error: unknown) => failed('library.readFailed', error));
    // Saves from the popup or a page, and edits in another library tab, appear here as they happen.
    const unsubscribe = s.onExternalChanges(({ changed, deleted }) => {
      s.getMany(changed).then(
        (rows) => {
          // An id announced as changed but gone by now was deleted since.
          const found = new Set(rows.map((r) => r.id));
          collection.commit(changesOf(rows, [...deleted, ...changed.filter((id) => !found.has(id))]));
        },
        (error: unknown) => failed('library.changeFailed', error),
      );
    });
    return () => {
      unsubscribe();
      off();
      collection.close();
    };
  }, [collection]);
  return [state, collection];
}
