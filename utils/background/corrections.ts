/**
 * The user's corrections in the background: held as an index for every judgement (read
 * from the database once, on the first judgement after the worker starts), written only
 * here, and after each write every open tab is told to have its page judged again.
 */
import type { CorrectionRepository } from '../db/corrections';
import { describeStorageError } from '../db/storage-error';
import { createCorrectionIndex, NO_CORRECTIONS, type CorrectionIndex } from '../detect/apply-corrections';
import { readCorrection, readCorrections } from '../detect/correction';
import type { PageToBackground } from '../messages/protocol';
import type { HandlerTable } from '../messages/transport';

export interface CorrectionsDeps {
  repo: CorrectionRepository;
  /** Tells every open tab to judge its page again ('source.recheck'); failures are the tabs' own. */
  recheckTabs(): Promise<void>;
  now?: () => number;
}

export type CorrectionHandlers = Pick<HandlerTable<PageToBackground>, 'corrections.list' | 'correction.save' | 'correction.remove' | 'corrections.import'>;

export interface Corrections {
  /** The index every judgement reads. If the database cannot be read, none (and read again next time). */
  index(): Promise<CorrectionIndex>;
  handlers: CorrectionHandlers;
}

export function createCorrections(deps: CorrectionsDeps): Corrections {
  const now = deps.now ?? Date.now;
  let loading: Promise<CorrectionIndex> | null = null;
  const index = () =>
    (loading ??= deps.repo.list().then(createCorrectionIndex, () => {
      loading = null;
      return NO_CORRECTIONS;
    }));
  /** After a write: the index is read again, then the tabs are told (they judge with the new one). */
  async function changed() {
    loading = null;
    await index();
    await deps.recheckTabs().catch(() => undefined);
  }
  const written = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      throw new Error(describeStorageError(error));
    }
  };
  return {
    index,
    handlers: {
      'corrections.list': async () => ({ corrections: await deps.repo.list() }),
      'correction.save': async ({ correction, replaces }) => {
        // Checked here as well: the request is the page's, the rule is the model's.
        const r = readCorrection(correction, 'correction', now());
        if (!r.ok) throw new Error(`The correction was not saved: ${r.errors.join('; ')}.`);
        const { key: _key, createdAt: _c, updatedAt: _u, ...input } = r.correction;
        const saved = await written(() => deps.repo.put(input, typeof replaces === 'string' ? replaces : undefined));
        await changed();
        return { correction: saved };
      },
      'correction.remove': async ({ key }) => {
        if (typeof key !== 'string') throw new Error('correction.remove needs the key of a correction');
        const removed = await written(() => deps.repo.remove(key));
        await changed();
        return { removed: removed ?? null };
      },
      'corrections.import': async ({ corrections }) => {
        const r = readCorrections(corrections, 'corrections', now());
        if (!r.ok) throw new Error(`No correction was imported: ${r.errors.slice(0, 5).join('; ')}.`);
        const summary = await written(() => deps.repo.importMerge(r.corrections));
        if (summary.added || summary.updated) await changed();
        return summary;
      },
    },
  };
}
