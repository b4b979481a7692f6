// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_RECORDS_PER_BATCH, observeMutations, type MutationBatch } from '../../../utils/highlight/observer';

const tick = () => new Promise((r) => setTimeout(r, 50));
/** Waits for the frame callback that delivers the batch (slow under a loaded CI machine). */
const batchArrived = (batches: unknown[]) => vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 5000 });
let ac: AbortController;
afterEach(() => ac?.abort());

function watch() {
  ac = new AbortController();
  const batches: MutationBatch[] = [];
  const frames = vi.fn((cb: () => void) => void setTimeout(cb, 0));
  observeMutations({
    root: document.body,
    createObserver: (cb) => new MutationObserver(cb),
    nextFrame: frames,
    onBatch: (b) => batches.push(b),
    signal: ac.signal,
  });
  return { batches, frames };
}

describe('batched mutation observer', () => {
  test('many posts added at once are one batch, and nested nodes are not queued twice', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const { batches, frames } = watch();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 200; i++) {
      const article = document.createElement('article');
      const p = document.createElement('p');
      p.textContent = `post ${i}`;
      article.append(p);
      feed.append(article);
      // A later change inside an already-queued post adds no work of its own.
      p.append(' edited');
    }
    await batchArrived(batches);
    await tick();
    expect(frames).toHaveBeenCalledTimes(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added).toHaveLength(200);
    expect(batches[0]!.changed).toHaveLength(0);
    expect(batches[0]!.rescan).toBe(false);
  });

  test(`a burst of more than ${MAX_RECORDS_PER_BATCH} records falls back to one rescan`, async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const { batches } = watch();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < MAX_RECORDS_PER_BATCH + 50; i++) feed.append(document.createElement('p'));
    await batchArrived(batches);
    await tick();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ rescan: true, added: [] });
  });

  test('an edited text node marks its paragraph as changed; removals are reported', async () => {
    document.body.innerHTML = '<p id="p">old <b>text</b></p><p id="q">gone</p>';
    const { batches } = watch();
    document.querySelector('b')!.firstChild!.textContent = 'new';
    document.getElementById('q')!.remove();
    await batchArrived(batches);
    expect(batches[0]!.changed).toContain(document.getElementById('p'));
    expect(batches[0]!.removed).toBe(true);
  });

  test('our own UI is ignored', async () => {
    document.body.innerHTML = '';
    const { batches } = watch();
    const host = document.createElement('diplolens-ui');
    document.body.append(host);
    host.append(document.createElement('div'));
    await tick();
    expect(batches.flatMap((b) => b.changed)).not.toContain(host);
  });

  test('after teardown nothing is observed', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const { batches } = watch();
    ac.abort();
    document.getElementById('feed')!.append(document.createElement('p'));
    await tick();
    expect(batches).toHaveLength(0);
  });
});
