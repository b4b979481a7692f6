// @vitest-environment happy-dom
/**
 * Text in open shadow roots follows the page's edits: the walk enters open
 * shadow roots, and each one it enters is observed with the same observer and
 * batching (the light DOM's observer never sees edits inside a shadow root,
 * which used to leave stale ranges and miss new text).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { observeMutations, type MutationBatch } from '../../../utils/highlight/observer';
import { pageSession } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
});

function withShadow(html: string) {
  document.body.innerHTML = '<p>Light text.</p><div id="host"></div>';
  const host = document.getElementById('host')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return { host, root };
}

describe('shadow roots follow the page', () => {
  test('an edit inside a shadow root replaces its ranges; counts follow', async () => {
    const { root } = withShadow('<p id="s">About soft power.</p>');
    const s = pageSession();
    s.hl.scan([document.body]);
    await s.settle();
    expect(s.painted()).toEqual(['soft power']);
    root.getElementById('s')!.firstChild!.textContent = 'About nation branding.';
    await s.settle();
    expect(s.painted()).toEqual(['nation branding']);
    expect([...s.hl.counts().keys()]).toEqual(['nation-branding']);
    s.ac.abort();
  });

  test('text added to a shadow root (top level and in a nested shadow root) is highlighted', async () => {
    const { root } = withShadow('Intro <span id="inner"></span>');
    const inner = root.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>nothing yet</b>';
    const s = pageSession();
    s.hl.scan([document.body]);
    await s.settle();
    expect(s.painted()).toEqual([]);
    root.append(' on public diplomacy');
    const p = document.createElement('p');
    p.textContent = 'Nation branding here.';
    inner.append(p);
    await s.settle();
    expect(s.painted()).toEqual(['Nation branding', 'public diplomacy']);
    s.ac.abort();
  });

  test('removed shadow content releases its ranges, as does removing the host', async () => {
    const { host, root } = withShadow('<p id="a">About soft power.</p><p id="b">Public diplomacy.</p>');
    const s = pageSession();
    s.hl.scan([document.body]);
    await s.settle();
    expect(s.painted()).toEqual(['Public diplomacy', 'soft power']);
    root.getElementById('a')!.remove();
    await s.settle();
    expect(s.painted()).toEqual(['Public diplomacy']);
    expect([...s.hl.counts().keys()]).toEqual(['public-diplomacy']);
    host.remove();
    await s.settle();
    expect(s.painted()).toEqual([]);
    expect(s.hl.entries()).toEqual([]);
    s.ac.abort();
  });

  test('a shadow root is observed once however often it is walked, and not after teardown', async () => {
    const { root } = withShadow('<p id="s">About soft power.</p>');
    const targets: Node[] = [];
    const s = pageSession({
      createObserver: (cb) => {
        const mo = new MutationObserver(cb);
        const observe = mo.observe.bind(mo);
        mo.observe = (target, options) => {
          targets.push(target);
          observe(target, options);
        };
        return mo;
      },
    });
    s.hl.scan([document.body]);
    await s.settle();
    for (const text of ['About nation branding.', 'About soft power.']) {
      root.getElementById('s')!.firstChild!.textContent = text;
      await s.settle();
    }
    s.hl.scan([document.body]);
    await s.settle();
    expect(targets.filter((t) => t === root)).toHaveLength(1);
    expect(targets.filter((t) => t === document.body)).toHaveLength(1);
    const seen = s.batches.length;
    s.ac.abort();
    root.getElementById('s')!.firstChild!.textContent = 'About public diplomacy.';
    s.watch()!.observe(document.createElement('div').attachShadow({ mode: 'open' }));
    await new Promise((r) => setTimeout(r, 30));
    expect(s.batches).toHaveLength(seen);
    expect(targets.filter((t) => t === root)).toHaveLength(1);
  });

  test('disconnect() stops every root, shadow roots included', async () => {
    const { root } = withShadow('<p id="s">x</p>');
    const ac = new AbortController();
    const batches: MutationBatch[] = [];
    const watch = observeMutations({
      root: document.body,
      createObserver: (cb) => new MutationObserver(cb),
      nextFrame: (cb) => void setTimeout(cb, 0),
      onBatch: (b) => batches.push(b),
      signal: ac.signal,
    });
    watch.observe(root);
    root.getElementById('s')!.append(' y');
    await new Promise((r) => setTimeout(r, 20));
    expect(batches).toHaveLength(1);
    expect(batches[0]!.changed).toEqual([root.getElementById('s')]);
    watch.disconnect();
    root.getElementById('s')!.append(' z');
    await new Promise((r) => setTimeout(r, 20));
    expect(batches).toHaveLength(1);
    ac.abort();
  });
});
