/**
 * The user's corrections as extension pages reach them: through the background, which
 * stores them and has every open tab judged again (utils/background/corrections.ts).
 */
import type { Correction, CorrectionInput } from '../utils/detect/correction';
import type { Result } from '../utils/messages/protocol';
import { sendToBackground } from '../utils/messages/transport';

export interface CorrectionClient {
  list(): Promise<Result<Correction[]>>;
  save(input: CorrectionInput, replaces?: string): Promise<Result<Correction>>;
  remove(key: string): Promise<Result<Correction | null>>;
}

const map = <A, B>(r: Result<A>, f: (a: A) => B): Result<B> => (r.ok ? { ok: true, value: f(r.value) } : r);

export function createCorrectionClient(runtime: { sendMessage(message: unknown): Promise<unknown> }): CorrectionClient {
  return {
    list: async () => map(await sendToBackground(runtime, 'corrections.list', null), (v) => v.corrections),
    save: async (correction, replaces) =>
      map(await sendToBackground(runtime, 'correction.save', { correction, ...(replaces && { replaces }) }), (v) => v.correction),
    remove: async (key) => map(await sendToBackground(runtime, 'correction.remove', { key }), (v) => v.removed),
  };
}
