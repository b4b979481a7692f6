// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { segmentsOf, type Segment } from '../../../utils/highlight/segments';

const texts = (root: Node, ownOnly = false) =>
  [...segmentsOf(root, ownOnly)].filter((s): s is Segment => !!s).map((s) => s.text.replace(/\s+/g, ' ').trim());

describe('segments: runs of text that share a block', () => {
  test('inline elements join, blocks split, code and forms are skipped', () => {
    document.body.innerHTML = `<article><h1>Soft <b>power</b></h1><p>Digital <em>diplo</em>macy <script>x()</script>here</p>
      <ul><li>one</li><li>two <a href="#">links</a></li></ul><textarea>typed</textarea><div contenteditable>mine</div></article>`;
    expect(texts(document.body).filter(Boolean)).toEqual(['Soft power', 'Digital diplomacy here', 'one', 'two links']);
  });

  test('ownOnly stays out of nested blocks', () => {
    document.body.innerHTML = '<div id="d">before <p>inside</p> after</div>';
    expect(texts(document.getElementById('d')!, true)).toEqual(['before after']);
  });

  test('open shadow roots are walked as their own segments', () => {
    document.body.innerHTML = '<p>light <span id="h"></span></p>';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<b>shadow text</b>';
    expect(texts(document.body)).toEqual(['light', 'shadow text']);
  });

  test('a deep page is walked without recursion, and the walk pauses', () => {
    let html = '';
    for (let i = 0; i < 3000; i++) html += '<span>';
    html += 'deep';
    document.body.innerHTML = `<p>${html}</p>`;
    const all = [...segmentsOf(document.body)];
    expect(all.filter((s) => s === null).length).toBeGreaterThan(0);
    expect(texts(document.body)).toEqual(['deep']);
  });
});

describe('a very long text node (a plain-text page)', () => {
  test('is cut into pieces at white space whose offsets map back into the node exactly', () => {
    const words = Array.from({ length: 6000 }, (_, i) => (i % 500 === 250 ? 'soft power' : `word${i}`)).join(' ');
    document.body.innerHTML = '<pre id="log"></pre>';
    const node = document.createTextNode(words);
    document.getElementById('log')!.append(node);
    const segs = [...segmentsOf(document.body)].filter((s): s is Segment => !!s);
    expect(segs.length).toBeGreaterThan(5);
    expect(segs.every((s) => s.text.length <= 4000)).toBe(true);
    expect(segs.map((s) => s.text).join('')).toBe(words);
    for (const s of segs) {
      const at = s.text.indexOf('soft power');
      if (at < 0) continue;
      // offset in the node = offset in the piece − starts[0]
      expect(words.slice(at - s.starts[0]!, at - s.starts[0]! + 10)).toBe('soft power');
    }
  });
});
