// @vitest-environment happy-dom
/**
 * Blocks that arrive inside an inline or custom element (React and Angular
 * wrappers, web components): the observer used to report only "the parent
 * block changed", whose rescan does not enter nested blocks, so their text was
 * never highlighted.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { summarise } from '../../../utils/highlight/observer';
import { mount } from '../content/harness';
import { pageSession } from './fakes';

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.abort();
  current = null;
  document.body.innerHTML = '';
});

/** The records of a change, as the observer would receive them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const mo = new MutationObserver((list) => records.push(...list));
  mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  mo.disconnect();
  return records;
}

describe('blocks added inside an inline or custom element', () => {
  test.each(['my-card', 'span', 'a'])('a <%s> holding a paragraph is highlighted (page mode, content script)', async (tag) => {
    document.body.innerHTML = '<div id="feed"><p>Intro about soft power.</p></div>';
    current = mount('http://mfa.uz/en/');
    await current.settle();
    expect(current.allPainted()).toEqual(['soft power']);
    const card = document.createElement(tag);
    card.innerHTML = '<p>Nation branding is new.</p>';
    document.getElementById('feed')!.append(card);
    await current.settle();
    expect(current.allPainted().sort()).toEqual(['Nation branding', 'soft power']);
  });

  test('the wrapper is scanned whole; its own inline text is its parent block\'s, painted once', async () => {
    document.body.innerHTML = '<div id="feed">Intro about soft power. </div>';
    const s = pageSession();
    s.hl.scan([document.body]);
    await s.settle();
    expect(s.painted()).toEqual(['soft power']);
    const wrap = document.createElement('span');
    wrap.innerHTML = 'On public diplomacy <div>Nation branding <b>and</b> <p>twiplomacy</p></div>';
    document.getElementById('feed')!.append(wrap);
    await s.settle();
    expect(s.painted()).toEqual(['Nation branding', 'public diplomacy', 'soft power', 'twiplomacy']);
    expect([...s.hl.counts().values()]).toEqual([1, 1, 1, 1]);
    // Later edits of the parent block and of the wrapped blocks keep one range per hit.
    document.getElementById('feed')!.firstChild!.textContent = 'Intro about digital diplomacy. ';
    wrap.querySelector('p')!.textContent = 'twiplomacy again';
    await s.settle();
    expect(s.painted()).toEqual(['Nation branding', 'digital diplomacy', 'public diplomacy', 'twiplomacy']);
    expect(s.hl.entries()).toHaveLength(4);
    s.ac.abort();
  });

  test('the batch: the wrapper is added (and what it holds is not queued twice), its parent block changed', async () => {
    document.body.innerHTML = '<div id="feed"><p>Intro.</p></div>';
    const feed = document.getElementById('feed')!;
    let card!: HTMLElement;
    const records = await recordsOf(() => {
      card = document.createElement('my-card');
      card.innerHTML = '<p>Nation branding is new.</p>';
      feed.append(card);
      card.querySelector('p')!.append(' More.');
    });
    const batch = summarise(records);
    expect(batch.added).toEqual([card]);
    expect(batch.changed).toEqual([feed]);
  });

  test('inline additions without blocks (a link, a <br>) stay a rescan of their block only', async () => {
    document.body.innerHTML = '<p id="p">Intro.</p>';
    const p = document.getElementById('p')!;
    const records = await recordsOf(() => {
      const a = document.createElement('a');
      a.innerHTML = 'soft <b>power</b><br>';
      p.append(a);
    });
    const batch = summarise(records);
    expect(batch.added).toEqual([]);
    expect(batch.changed).toEqual([p]);
  });

  test('a full scan of an inline element leaves the ranges of the block around it alone', async () => {
    document.body.innerHTML = '<div id="d">Public diplomacy <span id="w">and soft power <p>Nation branding</p></span></div>';
    const s = pageSession({ observe: false });
    s.hl.scan([document.body]);
    await s.settle();
    s.hl.scan([document.getElementById('w')!]);
    await s.settle();
    expect(s.painted()).toEqual(['Nation branding', 'Public diplomacy', 'soft power']);
    expect(s.hl.entries()).toHaveLength(3);
    s.ac.abort();
  });
});
