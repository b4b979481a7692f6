// @vitest-environment happy-dom
/**
 * skipSelector: posts nested in a scanned post (comments by other people on
 * Facebook, quoted posts on X) are not painted as the scanned post's. The
 * controller passes `${postSelector} ${postSelector}`.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { gatherText, RUN_END, TextBatch } from '../../../utils/highlight/text-runs';
import { pageSession } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
});

const NESTED = 'article article';
const page = `<article id="outer"><p id="op">Official on soft power.</p>
  <div><article id="inner"><p id="ip">A comment on nation branding.</p><span>twiplomacy</span></article></div>
  <p>More <span class="x">public diplomacy</span>.</p></article>`;

describe('skipSelector', () => {
  test('a scan of an outer post paints its own text only, not the posts nested in it', async () => {
    document.body.innerHTML = page;
    const s = pageSession({ observe: false, extra: { skipSelector: NESTED } });
    s.hl.scan([document.getElementById('outer')!]);
    await s.settle();
    expect(s.painted()).toEqual(['public diplomacy', 'soft power']);
    s.ac.abort();
  });

  test('a rescanned block inside a nested post, or the nested post itself, stays unpainted', async () => {
    document.body.innerHTML = page;
    const s = pageSession({ observe: false, extra: { skipSelector: NESTED } });
    s.hl.scan([document.getElementById('outer')!]);
    await s.settle();
    s.hl.rescanBlocks([document.getElementById('ip')!, document.getElementById('inner')!, document.getElementById('op')!]);
    await s.settle();
    expect(s.painted()).toEqual(['public diplomacy', 'soft power']);
    s.ac.abort();
  });

  test('a nested post inside inline markup of a rescanned block is skipped too', async () => {
    // The rescanned block is the post itself: happy-dom matches a scoped querySelectorAll only
    // inside the scope root (browsers match against the whole tree, as the walk relies on).
    document.body.innerHTML = '<div class="post" id="b">Soft power <span class="post">and nation branding</span></div>';
    const s = pageSession({ observe: false, extra: { skipSelector: '.post .post' } });
    s.hl.scan([document.getElementById('b')!]);
    await s.settle();
    expect(s.painted()).toEqual(['Soft power']);
    s.hl.rescanBlocks([document.getElementById('b')!]);
    await s.settle();
    expect(s.painted()).toEqual(['Soft power']);
    s.ac.abort();
  });

  test('the walk: the root itself is scanned, matching descendants are not (in shadow roots too)', () => {
    document.body.innerHTML = page;
    const outer = document.getElementById('outer')!;
    const host = document.createElement('div');
    outer.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<article><p>shadow post</p><article><p>shadow comment</p></article></article>';
    const batch = new TextBatch();
    for (const _ of gatherText(outer, false, batch, 1, 1 << 30, { skipSelector: NESTED }));
    const runs = batch.take().text.split(RUN_END).map((r) => r.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(runs).toEqual(['Official on soft power.', 'More public diplomacy.', 'shadow post']);
  });

  test('a post selector that is a list works wrapped in :is() (a bare list would not distribute over the space)', async () => {
    document.body.innerHTML = `<section class="post" id="outer"><p>Official on soft power.</p>
      <div><article><p>A comment on nation branding.</p></article><div class="post"><p>Twiplomacy reply.</p></div></div></section>`;
    const post = 'article, .post';
    const s = pageSession({ observe: false, extra: { skipSelector: `:is(${post}) :is(${post})` } });
    s.hl.scan([document.getElementById('outer')!]);
    await s.settle();
    expect(s.painted()).toEqual(['soft power']);
    s.ac.abort();
  });

  test('an invalid selector is ignored: everything is painted, nothing throws', async () => {
    document.body.innerHTML = page;
    const s = pageSession({ observe: false, extra: { skipSelector: '[[not a selector' } });
    s.hl.scan([document.getElementById('outer')!]);
    await s.settle();
    expect(s.painted()).toEqual(['nation branding', 'public diplomacy', 'soft power', 'twiplomacy']);
    s.ac.abort();
  });
});
