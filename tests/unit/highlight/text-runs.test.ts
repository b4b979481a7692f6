// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { FULL, gatherText, PIECE_LOOKAHEAD, RUN_END, TextBatch, type TakenText } from '../../../utils/highlight/text-runs';

/** Gathers everything under root at once; returns the runs (white space collapsed) and what was taken. */
function gather(root: Node, ownOnly = false, maxChars = 1 << 30) {
  const batch = new TextBatch();
  const steps = [...gatherText(root, ownOnly, batch, 1, maxChars)];
  const taken = batch.take();
  const runs = taken.text.split(RUN_END).slice(0, -1).map((s) => s.replace(/\s+/g, ' ').trim());
  return { runs, taken, steps };
}

/** The text node and offset at `pos` in taken text: how the highlighter maps a hit back. */
function pointAt(t: TakenText, pos: number): [Text, number] {
  let i = 0;
  while (i + 1 < t.nodes.length && t.starts[i + 1]! <= pos) i++;
  return [t.nodes[i]!, pos - t.starts[i]! + (t.pieceOffsets?.get(i) ?? 0)];
}

describe('text runs: content text cut at blocks', () => {
  test('inline elements join, blocks split, code and forms are skipped', () => {
    document.body.innerHTML = `<article><h1>Soft <b>power</b></h1><p>Digital <em>diplo</em>macy <script>x()</script>here</p>
      <ul><li>one</li><li>two <a href="#">links</a></li></ul><textarea>typed</textarea><div contenteditable>mine</div></article>`;
    expect(gather(document.body).runs.filter(Boolean)).toEqual(['Soft power', 'Digital diplomacy here', 'one', 'two links']);
  });

  test('each text node is owned by its nearest block', () => {
    document.body.innerHTML = '<div id="d">before <p id="p">inside <b>bold</b></p> after</div>';
    const { taken } = gather(document.body);
    const owner = (s: string) => taken.owners[taken.nodes.findIndex((n) => n.data.includes(s))] as Element;
    expect([owner('before').id, owner('inside').id, owner('bold').id, owner('after').id]).toEqual(['d', 'p', 'p', 'd']);
  });

  test('ownOnly stays out of nested blocks, and the text around one is two runs', () => {
    document.body.innerHTML = '<div id="d">before <p>inside</p> after</div>';
    expect(gather(document.getElementById('d')!, true).runs).toEqual(['before', 'after']);
  });

  test('open shadow roots are gathered as runs of their own', () => {
    document.body.innerHTML = '<p>light <span id="h"></span></p>';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<b>shadow text</b>';
    expect(gather(document.body).runs).toEqual(['light', 'shadow text']);
  });

  test('a deep page is walked without recursion, and the walk pauses', () => {
    let html = '';
    for (let i = 0; i < 3000; i++) html += '<span>';
    html += 'deep';
    document.body.innerHTML = `<p>${html}</p>`;
    const { runs, steps } = gather(document.body);
    expect(steps.filter((s) => s === null).length).toBeGreaterThan(0);
    expect(runs).toEqual(['deep']);
  });

  test('offsets in the taken text map back to the nodes exactly, across inline elements', () => {
    document.body.innerHTML = '<h2>Title</h2><p>We value soft <b>power</b> and <i>public diplomacy</i>.</p>';
    const { taken } = gather(document.body);
    const at = taken.text.indexOf('soft power');
    const [startNode, startOffset] = pointAt(taken, at);
    const [endNode, endOffset] = pointAt(taken, at + 'soft power'.length - 1);
    const r = document.createRange();
    r.setStart(startNode, startOffset);
    r.setEnd(endNode, endOffset + 1);
    expect(r.toString()).toBe('soft power');
  });
});

describe('batches of text for one match request', () => {
  test('a full batch is announced only at the end of a run, never inside one', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>paragraph ${i} on <b>soft</b> power</p>`).join('');
    const batch = new TextBatch();
    const sizes: number[] = [];
    for (const step of gatherText(document.body, false, batch, 1, 100)) {
      if (step !== FULL) continue;
      const t = batch.take();
      expect(t.text.endsWith(RUN_END)).toBe(true);
      // Every run is whole: 'soft' is never cut from 'power'.
      for (const run of t.text.split(RUN_END).slice(0, -1)) expect(run).toMatch(/^paragraph \d+ on soft power$/);
      sizes.push(t.text.length);
    }
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeLessThan(100 + 40);
  });

  test('one very long text node (a plain-text page) is cut at white space once it is far over the limit', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `word${i}`);
    document.body.innerHTML = '<pre id="log"></pre>';
    const pre = document.getElementById('log')!;
    for (let i = 0; i < words.length; i += 100) pre.append(document.createTextNode(`${words.slice(i, i + 100).join(' ')} `));
    const batch = new TextBatch();
    const texts: string[] = [];
    for (const step of gatherText(document.body, false, batch, 1, 1000)) if (step === FULL) texts.push(batch.take().text);
    texts.push(batch.take().text);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.join('').replaceAll(RUN_END, '')).toBe(`${words.join(' ')} `);
  });
});

describe('requests stay bounded and editable regions stay unscanned', () => {
  test('a block of many nodes with no white space (CJK text, a wall of spans) is cut anyway', () => {
    document.body.innerHTML = `<div>${'<span>数字外交</span>'.repeat(5000)}</div>`;
    const batch = new TextBatch();
    const sizes: number[] = [];
    for (const step of gatherText(document.body, false, batch, 1, 100)) if (step === FULL) sizes.push(batch.take().text.length);
    sizes.push(batch.take().text.length);
    expect(sizes.length).toBeGreaterThan(5);
    // Cut hard at 16 × the limit at most, plus one node.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(16 * 100 + 8);
  });

  test.each([
    ['an editor', '<div contenteditable="true"><p id="t">typing soft power</p></div>'],
    ['a hidden region', '<div hidden><p id="t">soft power</p></div>'],
  ])('a block rescanned inside %s yields no text', (_label, html) => {
    document.body.innerHTML = html;
    expect(gather(document.getElementById('t')!, true).runs).toEqual([]);
    expect(gather(document.getElementById('t')!, false).runs).toEqual([]);
  });
});

describe('a single very long text node (a plain-text page is one)', () => {
  test('goes out in pieces no longer than a request, cut at white space, and offsets map back into the node', () => {
    const words = Array.from({ length: 6000 }, (_, i) => (i % 500 === 250 ? 'soft power' : `word${i}`)).join(' ');
    document.body.innerHTML = '<pre id="log"></pre>';
    const node = document.createTextNode(words);
    document.getElementById('log')!.append(node);
    const batch = new TextBatch();
    const taken: TakenText[] = [];
    for (const step of gatherText(document.body, false, batch, 1, 4000)) if (step === FULL) taken.push(batch.take());
    taken.push(batch.take());
    const pieces = taken.filter((t) => t.nodes.length);
    expect(pieces.length).toBeGreaterThan(5);
    // A request ends at the first piece end past the limit: under twice the limit (plus the pieces' look-ahead).
    expect(Math.max(...pieces.map((t) => t.text.length))).toBeLessThan(2 * 4000 + 2 + 2 * PIECE_LOOKAHEAD);
    // Each piece's own text (up to its end, without the look-ahead) joins up to the node's.
    const ownEnd = (t: TakenText, i: number) => t.pieceEnds?.get(i) ?? t.starts[i + 1] ?? t.text.length;
    const own = (t: TakenText) => t.nodes.map((_, i) => t.text.slice(t.starts[i], ownEnd(t, i))).join('').replaceAll(RUN_END, '');
    expect(pieces.map(own).join('')).toBe(words);
    let found = 0;
    for (const t of pieces) {
      for (let at = t.text.indexOf('soft power'); at >= 0; at = t.text.indexOf('soft power', at + 1)) {
        const [n, offset] = pointAt(t, at);
        expect(n).toBe(node);
        expect(words.slice(offset, offset + 10)).toBe('soft power');
        // Counted by the piece it starts in; one in a look-ahead is the next piece's.
        const i = t.starts.findLastIndex((s0) => s0 <= at);
        if (at < ownEnd(t, i)) found++;
      }
    }
    // Every one of the 12, once each, also where a cut falls inside it.
    expect(found).toBe(12);
  });
});
